import { expect, test } from 'vitest';
import { getPhaseOfStep, journey } from '#src/content/journey.ts';
import { EMPTY_SITUATION } from '#src/state/journey-store.ts';
import {
  firstComingPhaseId,
  phaseFit,
  stepFit,
  trackFit,
} from './situation-match.ts';
import { estimatePhases } from './estimates.ts';

test('without a situation every step fits', () => {
  for (const step of journey.steps) {
    expect(stepFit(step, EMPTY_SITUATION).kind).toBe('fits');
  }
});

const MAIN_STAGES = [
  'newly-diagnosed',
  'in-remission',
  'finished-treatment',
] as const;
const isBranch = (step: (typeof journey.steps)[number]) =>
  getPhaseOfStep(step).kind === 'branch';

test('on the main journey a stage marks later steps "coming" and earlier ones "past", never "may apply"', () => {
  for (const [index, stage] of MAIN_STAGES.entries()) {
    for (const step of journey.steps.filter((item) => !isBranch(item))) {
      const fit = stepFit(step, { ...EMPTY_SITUATION, stage });
      const own = step.situations
        .map((item) =>
          MAIN_STAGES.indexOf(item as (typeof MAIN_STAGES)[number]),
        )
        .filter((item) => item >= 0);
      const expected = step.situations.includes(stage)
        ? 'fits'
        : Math.min(...own) > index
          ? 'coming'
          : Math.max(...own) < index
            ? 'past'
            : 'folded';
      expect(fit.kind, `${stage}: ${step.id}`).toBe(expected);
    }
  }
});

test('a newly diagnosed reader sees maintenance as coming, not as "may apply"', () => {
  const maintenance = journey.phases.find(
    (phase) => phase.id === 'maintenance',
  )!;
  const situation = { ...EMPTY_SITUATION, stage: 'newly-diagnosed' as const };
  expect(phaseFit(maintenance, situation).kind).toBe('coming');
  expect(firstComingPhaseId(journey.phases, situation)).toBe(
    journey.phases.find(
      (phase) =>
        phase.kind !== 'branch' && phaseFit(phase, situation).kind === 'coming',
    )!.id,
  );
});

test('a side path folds for a stage it is not tagged with', () => {
  for (const stage of [...MAIN_STAGES, 'relapsed-refractory'] as const) {
    for (const step of journey.steps.filter(isBranch)) {
      const fit = stepFit(step, { ...EMPTY_SITUATION, stage });
      expect(fit.kind === 'folded', `${stage}: ${step.id}`).toBe(
        !step.situations.includes(stage),
      );
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
