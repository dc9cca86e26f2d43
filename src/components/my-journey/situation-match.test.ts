import { expect, test } from 'vitest';
import { journey } from '#src/content/journey.ts';
import { EMPTY_SITUATION } from '#src/state/journey-store.ts';
import { stepFit, trackFit } from './situation-match.ts';
import { estimatePhases } from './estimates.ts';

test('without a situation every step fits', () => {
  for (const step of journey.steps) {
    expect(stepFit(step, EMPTY_SITUATION).kind).toBe('fits');
  }
});

test('a stage folds exactly the steps not tagged with it', () => {
  for (const stage of [
    'newly-diagnosed',
    'in-remission',
    'relapsed-refractory',
    'finished-treatment',
  ] as const) {
    for (const step of journey.steps) {
      const fit = stepFit(step, { ...EMPTY_SITUATION, stage });
      expect(fit.kind === 'folded').toBe(!step.situations.includes(stage));
    }
  }
});

test('"no" folds conditional steps and tracks; "not sure" keeps them with a hint', () => {
  const phStep = journey.steps.find((step) =>
    step.conditions?.includes('ph-positive'),
  )!;
  const phTrack = journey.tracks.find((track) =>
    track.conditions?.includes('ph-positive'),
  )!;
  expect(stepFit(phStep, { ...EMPTY_SITUATION, ph: 'no' }).kind).toBe('folded');
  expect(trackFit(phTrack, { ...EMPTY_SITUATION, ph: 'no' }).kind).toBe(
    'folded',
  );
  const unsure = stepFit(phStep, { ...EMPTY_SITUATION, ph: 'not-sure' });
  expect(unsure.kind).toBe('unsure');
  expect(unsure.hints.length).toBeGreaterThan(0);
  expect(stepFit(phStep, { ...EMPTY_SITUATION, ph: 'yes' }).kind).toBe('fits');
});

test('child-only steps fold for adults and stay open, with a hint, for young adults', () => {
  const childStep = journey.steps.find((step) => step.audience === 'child')!;
  expect(stepFit(childStep, { ...EMPTY_SITUATION, who: 'adult' }).kind).toBe(
    'folded',
  );
  expect(
    stepFit(childStep, { ...EMPTY_SITUATION, who: 'young-adult' }).kind,
  ).toBe('unsure');
});

test('estimates follow the phase ranges and stop at the first phase without one', () => {
  const estimates = estimatePhases(journey.phases, '2026-01-01', 'adult');
  let isBroken = false;
  for (const phase of journey.phases) {
    const estimate = estimates.get(phase.id)!;
    const { min, max } = phase.duration.adult;
    if (phase.kind !== 'treatment') {
      expect(estimate.kind).toBe('none');
      continue;
    }
    if (isBroken || min === undefined || max === undefined) {
      expect(estimate.kind).toBe('none');
      isBroken = true;
      continue;
    }
    expect(estimate.kind).toBe('range');
  }
  const first = journey.phases.find((phase) => phase.kind === 'treatment')!;
  const firstEstimate = estimates.get(first.id);
  if (firstEstimate?.kind === 'range') {
    expect(firstEstimate.startFrom).toBe('2026-01-01');
  }
});
