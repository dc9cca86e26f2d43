import { expect, test } from 'vitest';
import { getStepsInPhase, journey } from '#src/content/journey.ts';
import { findLocale } from '#src/content/locale-path.ts';
import {
  DEFAULT_SETTINGS,
  getPhaseScreens,
  getSessionSteps,
  getStepScreens,
  handOffUrl,
  sessionSearch,
  settingsFromSearch,
  type SessionSettings,
} from './presenter-session.ts';
import type { Step } from '#src/content/schema.ts';

test('a step shows its summary, then one screen per section it has', () => {
  for (const step of journey.steps) {
    const screens = getStepScreens(step, 'plain');
    expect(screens[0]).toEqual({ kind: 'summary', step });
    // "When to call" is not a screen of its own step: it closes the phase.
    expect(screens.slice(1).map((screen) => screen.kind)).toEqual(
      Object.keys(step.sections)
        .filter((key) => key !== 'whenToCall')
        .map(() => 'section'),
    );
  }
});

test('the "more detail" layer adds one screen to each step that has more detail', () => {
  const withDetail = journey.steps.filter((step) => step.moreDetail);
  expect(withDetail.length).toBeGreaterThan(0);
  for (const step of withDetail) {
    const detail = getStepScreens(step, 'detail');
    expect(detail).toHaveLength(getStepScreens(step, 'plain').length + 1);
    expect(detail.at(-1)).toEqual({ kind: 'detail', step });
  }
});

function isInSession(step: Step, settings: SessionSettings) {
  return getSessionSteps(step.phaseId, settings).includes(step);
}

test('a child session leaves out adult-only steps and an adult session child-only ones', () => {
  const childOnly = journey.steps.filter((step) => step.audience === 'child');
  const adultOnly = journey.steps.filter((step) => step.audience === 'adult');
  expect(childOnly.length).toBeGreaterThan(0);
  expect(adultOnly.length).toBeGreaterThan(0);
  const child = { ...DEFAULT_SETTINGS, who: 'child' as const };
  const adult = { ...DEFAULT_SETTINGS, who: 'adult' as const };
  const youngAdult = { ...DEFAULT_SETTINGS, who: 'young-adult' as const };
  for (const step of adultOnly) {
    expect(isInSession(step, child)).toBe(false);
    expect(isInSession(step, youngAdult)).toBe(true);
  }
  for (const step of childOnly) expect(isInSession(step, adult)).toBe(false);
});

test('Ph+ steps join a session only once Ph+ is "yes"; "not known" and "no" leave them out', () => {
  const phSteps = journey.steps.filter((step) =>
    step.conditions?.includes('ph-positive'),
  );
  expect(phSteps.length).toBeGreaterThan(0);
  for (const step of phSteps) {
    for (const ph of [null, 'not-sure', 'no'] as const)
      expect(isInSession(step, { ...DEFAULT_SETTINGS, ph }), step.id).toBe(
        false,
      );
    expect(
      isInSession(step, { ...DEFAULT_SETTINGS, who: 'adult', ph: 'yes' }),
      step.id,
    ).toBe(step.audience !== 'child');
  }
});

test('"not sure" keeps transplant steps in a session and "no" leaves them out', () => {
  const transplantSteps = journey.steps.filter(
    (step) =>
      step.conditions?.includes('transplant') &&
      !step.conditions.includes('ph-positive'),
  );
  expect(transplantSteps.length).toBeGreaterThan(0);
  const adult = { ...DEFAULT_SETTINGS, who: 'adult' as const };
  for (const step of transplantSteps) {
    expect(
      isInSession(step, { ...adult, transplant: 'not-sure' }),
      step.id,
    ).toBe(step.audience !== 'child');
    expect(isInSession(step, { ...adult, transplant: 'no' }), step.id).toBe(
      false,
    );
  }
});

test('a situation keeps only the steps that list it, and "no" to a condition drops its steps', () => {
  const stage = 'relapsed-refractory' as const;
  const settings = { ...DEFAULT_SETTINGS, stage, transplant: 'no' as const };
  for (const phase of journey.phases) {
    const expected = getStepsInPhase(phase.id).filter(
      (step) =>
        step.situations.includes(stage) &&
        step.audience !== 'child' &&
        !step.conditions?.includes('transplant') &&
        // Ph+ is not answered: not known leaves Ph+ steps out.
        !step.conditions?.includes('ph-positive'),
    );
    expect(getSessionSteps(phase.id, settings)).toEqual(expected);
  }
});

test('a phase session is the screens of its included steps in journey order, closed by one "When to call"', () => {
  const phase = journey.phases[1]!;
  const screens = getPhaseScreens(phase.id, DEFAULT_SETTINGS);
  const steps = getSessionSteps(phase.id, DEFAULT_SETTINGS);
  expect(screens).toHaveLength(
    steps.reduce((sum, step) => sum + getStepScreens(step, 'plain').length, 0) +
      1,
  );
  const closing = screens.at(-1)!.screen;
  expect(screens.filter((entry) => entry.screen.kind === 'whenToCall')).toEqual(
    [screens.at(-1)],
  );
  expect(closing.kind === 'whenToCall' && closing.medicineIds).toEqual([
    ...new Set(steps.flatMap((step) => step.medicineIds)),
  ]);
  expect([...new Set(screens.map((entry) => entry.stepId))]).toEqual(
    steps.map((step) => step.id),
  );
});

test('the settings survive a round trip through the address', () => {
  const settings = {
    stage: 'in-remission' as const,
    who: 'child' as const,
    ph: 'yes' as const,
    transplant: 'not-sure' as const,
    layer: 'detail' as const,
  };
  const search = new URLSearchParams(sessionSearch(settings, 3));
  expect(settingsFromSearch(search)).toEqual(settings);
  expect(search.get('screen')).toBe('3');
});

test('unknown values in the address fall back to the defaults', () => {
  expect(
    settingsFromSearch(
      new URLSearchParams('stage=cured&who=dog&ph=maybe&layer=all'),
    ),
  ).toEqual(DEFAULT_SETTINGS);
});

test('the hand-off link is the regular step page with the situation only', () => {
  const step = journey.steps[0]!;
  expect(
    handOffUrl('https://guide.example', step.id, {
      ...DEFAULT_SETTINGS,
      stage: 'newly-diagnosed',
      who: 'child',
      layer: 'detail',
    }),
  ).toBe(
    `https://guide.example/steps/${step.id}?stage=newly-diagnosed&who=child`,
  );
});

test('the hand-off link opens the step in the language the nurse was showing', () => {
  const step = journey.steps[0]!;
  const spanish = findLocale('es')!;
  expect(
    handOffUrl('https://guide.example', step.id, DEFAULT_SETTINGS, spanish),
  ).toBe(`https://guide.example/es/steps/${step.id}?who=adult`);
});
