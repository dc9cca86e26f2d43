import { expect, test } from 'vitest';
import { getStepsInPhase, journey, textFor } from '#src/content/journey.ts';
import {
  DEFAULT_SETTINGS,
  getSessionSteps,
  getStepScreens,
  groupSections,
  SCREEN_PART_BUDGET,
  SCREEN_TEXT_BUDGET,
  splitSection,
  SECTION_ORDER,
  sessionSearch,
  settingsFromSearch,
  type SessionSettings,
} from './presenter-session.ts';
import type { Step } from '#src/content/schema.ts';
import { LINE_COST, screenCost, sectionCost } from './screen-cost.ts';

test('a step shows its summary, its pictures, then every section it has, in order, once', () => {
  for (const step of journey.steps) {
    const screens = getStepScreens(step, 'plain');
    expect(screens[0]).toEqual({ kind: 'summary', step });
    const pictures = screens.filter((screen) => screen.kind === 'picture');
    expect(pictures.map((screen) => screen.illustrationId)).toEqual(
      step.illustrationIds,
    );
    expect(screens.slice(1, 1 + pictures.length)).toEqual(pictures);
    // "When to call" is not a screen of its own step: it closes the phase.
    const shown = screens.flatMap((screen) =>
      screen.kind === 'sections' && (screen.part?.index ?? 0) === 0
        ? screen.sections
        : [],
    );
    expect(shown).toEqual(
      SECTION_ORDER.filter((key) => step.sections[key] !== undefined),
    );
  }
});

test('short sections share a screen within the budget; a long one stands alone', () => {
  // What each screen of each step costs, section by section (with heading).
  const perStep = journey.steps.map((step) =>
    groupSections(step).map((sections) =>
      sections.map(
        (section) => sectionCost(step.sections[section]!) + LINE_COST,
      ),
    ),
  );
  const groups = perStep.flat();
  // The content has both cases, so the test says something.
  expect(groups.some((costs) => costs.length > 1)).toBe(true);
  expect(groups.some((costs) => costs[0]! > SCREEN_TEXT_BUDGET)).toBe(true);
  const sum = (costs: number[]) => costs.reduce((a, b) => a + b, 0);
  for (const stepGroups of perStep) {
    for (const [index, costs] of stepGroups.entries()) {
      if (costs.length > 1)
        expect(sum(costs)).toBeLessThanOrEqual(SCREEN_TEXT_BUDGET);
      // A screen closes only when the next section would not fit on it.
      const next = stepGroups[index + 1];
      if (next)
        expect(sum(costs) + next[0]!).toBeGreaterThan(SCREEN_TEXT_BUDGET);
    }
  }
});

test('a section too long for one screen is cut between paragraphs or list items, and nothing is lost', () => {
  let cut = 0;
  const linesOf = (text: string) =>
    text.split('\n').filter((line) => line.trim() !== '');
  for (const step of journey.steps) {
    for (const section of SECTION_ORDER) {
      const text = step.sections[section];
      if (text === undefined) continue;
      for (const audience of ['adult', 'child'] as const) {
        const parts = splitSection(text, audience);
        // Every line, in order: nothing lost, nothing repeated.
        expect(parts.flatMap(linesOf)).toEqual(
          linesOf(textFor(text, audience)),
        );
        if (parts.length > 1) cut += 1;
        // A part of several paragraphs or lines stays within the budget.
        for (const part of parts.filter((item) => linesOf(item).length > 1))
          expect(screenCost(part, audience)).toBeLessThanOrEqual(
            SCREEN_PART_BUDGET,
          );
      }
    }
  }
  // Some sections in the content are long enough to be cut.
  expect(cut).toBeGreaterThan(0);
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
