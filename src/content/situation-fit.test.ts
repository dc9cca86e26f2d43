import { expect, test } from 'vitest';
import { getPhaseOfStep, journey } from './journey.ts';
import { EMPTY_SITUATION } from './situation.ts';
import {
  firstComingPhaseId,
  isForThisSituation,
  fits,
  phaseFit,
  trackFit,
} from './situation-fit.ts';

test('without a situation every step fits', () => {
  for (const step of journey.steps) {
    expect(fits(step, EMPTY_SITUATION).kind).toBe('fits');
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
      const fit = fits(step, { ...EMPTY_SITUATION, stage });
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
      const fit = fits(step, { ...EMPTY_SITUATION, stage });
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
  expect(fits(phStep, { ...EMPTY_SITUATION, ph: 'no' }).kind).toBe('folded');
  expect(trackFit(phTrack, { ...EMPTY_SITUATION, ph: 'no' }).kind).toBe(
    'folded',
  );
  const unsure = fits(phStep, { ...EMPTY_SITUATION, ph: 'not-sure' });
  expect(unsure.kind).toBe('unsure');
  expect(unsure.hints.length).toBeGreaterThan(0);
  expect(fits(phStep, { ...EMPTY_SITUATION, ph: 'yes' }).kind).toBe('fits');
});

test('child-only steps fold for adults and stay open, with a hint, for young adults', () => {
  const childStep = journey.steps.find((step) => step.audience === 'child')!;
  expect(fits(childStep, { ...EMPTY_SITUATION, who: 'adult' }).kind).toBe(
    'folded',
  );
  expect(fits(childStep, { ...EMPTY_SITUATION, who: 'young-adult' }).kind).toBe(
    'unsure',
  );
});

test('"no" to transplant folds transplant steps; "not sure" keeps them with a hint; "yes" fits', () => {
  const step = journey.steps.find(
    (item) =>
      item.conditions?.includes('transplant') &&
      !item.conditions.includes('ph-positive'),
  )!;
  expect(fits(step, { ...EMPTY_SITUATION, transplant: 'no' }).kind).toBe(
    'folded',
  );
  const unsure = fits(step, { ...EMPTY_SITUATION, transplant: 'not-sure' });
  expect(unsure.kind).toBe('unsure');
  expect(unsure.hints.length).toBeGreaterThan(0);
  expect(fits(step, { ...EMPTY_SITUATION, transplant: 'yes' }).kind).toBe(
    'fits',
  );
  // The Ph+ answer says nothing about a transplant step.
  expect(fits(step, { ...EMPTY_SITUATION, ph: 'no' }).kind).toBe('fits');
});

test('a reader on the relapse path sees main-journey steps not tagged for relapse as "may apply"', () => {
  const situation = {
    ...EMPTY_SITUATION,
    stage: 'relapsed-refractory' as const,
  };
  const mainSteps = journey.steps.filter((step) => !isBranch(step));
  expect(mainSteps.length).toBeGreaterThan(0);
  for (const step of mainSteps) {
    expect(fits(step, situation).kind, step.id).toBe(
      step.situations.includes('relapsed-refractory') ? 'fits' : 'folded',
    );
  }
});

test('adult-only steps fold for a child and stay open, with a hint, for young adults', () => {
  const adultStep = journey.steps.find((step) => step.audience === 'adult')!;
  expect(fits(adultStep, { ...EMPTY_SITUATION, who: 'child' }).kind).toBe(
    'folded',
  );
  expect(fits(adultStep, { ...EMPTY_SITUATION, who: 'adult' }).kind).toBe(
    'fits',
  );
  const youngAdult = fits(adultStep, {
    ...EMPTY_SITUATION,
    who: 'young-adult',
  });
  expect(youngAdult.kind).toBe('unsure');
  expect(youngAdult.hints.length).toBeGreaterThan(0);
});

test('steps for both audiences fit whoever is treated', () => {
  const shared = journey.steps.filter(
    (step) => step.audience === 'both' && !step.conditions?.length,
  );
  expect(shared.length).toBeGreaterThan(0);
  for (const step of shared) {
    for (const who of ['child', 'young-adult', 'adult'] as const) {
      expect(fits(step, { ...EMPTY_SITUATION, who }).kind).toBe('fits');
    }
  }
});

test('a conditional step that is coming or past keeps its timing and hint when unsure; "no" folds it', () => {
  let checked = 0;
  for (const step of journey.steps.filter((item) => !isBranch(item))) {
    for (const condition of step.conditions ?? []) {
      const key = condition === 'ph-positive' ? 'ph' : 'transplant';
      for (const stage of MAIN_STAGES) {
        const timing = fits(step, { ...EMPTY_SITUATION, stage }).kind;
        if (timing !== 'coming' && timing !== 'past') continue;
        const unsure = fits(step, {
          ...EMPTY_SITUATION,
          stage,
          [key]: 'not-sure',
        });
        expect(unsure.kind, `${stage}: ${step.id}`).toBe(timing);
        expect(unsure.hints.length).toBeGreaterThan(0);
        expect(
          fits(step, { ...EMPTY_SITUATION, stage, [key]: 'no' }).kind,
        ).toBe('folded');
        checked += 1;
      }
    }
  }
  expect(checked).toBeGreaterThan(0);
});

test('only steps that fit now, with or without a hint, are for this situation', () => {
  expect(isForThisSituation({ kind: 'fits', hints: [] })).toBe(true);
  expect(isForThisSituation({ kind: 'unsure', hints: ['x'] })).toBe(true);
  for (const kind of ['coming', 'past', 'folded'] as const) {
    expect(isForThisSituation({ kind, hints: [] })).toBe(false);
  }
});
