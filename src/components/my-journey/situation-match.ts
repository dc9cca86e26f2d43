/**
 * How well a step, track or phase fits the reader's situation. Nothing is
 * ever hidden: what does not fit is folded away as "may apply — ask your
 * team", and "not sure" keeps things open with a hint.
 */
import { t } from '#src/content/i18n.ts';
import type { Phase, Step, Track } from '#src/content/schema.ts';
import { getStepsInPhase } from '#src/content/journey.ts';
import type { Situation } from '#src/state/journey-store.ts';

/** fits: shown. unsure: shown with a hint. folded: "may apply — ask your team". */
export type Fit = { kind: 'fits' | 'unsure' | 'folded'; hints: string[] };

const FITS: Fit = { kind: 'fits', hints: [] };

export const CONDITION_HINTS = {
  'ph-positive': t('my-journey.hintPhPositive'),
  transplant: t('my-journey.hintTransplant'),
} as const;

const YOUNG_ADULT_HINT = t('my-journey.hintYoungAdult');

function conditionFit(
  conditions: readonly ('ph-positive' | 'transplant')[] | undefined,
  situation: Situation,
): Fit {
  const hints: string[] = [];
  for (const condition of conditions ?? []) {
    const answer =
      condition === 'ph-positive' ? situation.ph : situation.transplant;
    if (answer === 'no') return { kind: 'folded', hints: [] };
    if (answer === 'not-sure') hints.push(CONDITION_HINTS[condition]);
  }
  return hints.length > 0 ? { kind: 'unsure', hints } : FITS;
}

export function stepFit(step: Step, situation: Situation): Fit {
  if (situation.stage !== null && !step.situations.includes(situation.stage)) {
    return { kind: 'folded', hints: [] };
  }
  const { who } = situation;
  if (
    (step.audience === 'child' && who === 'adult') ||
    (step.audience === 'adult' && who === 'child')
  ) {
    return { kind: 'folded', hints: [] };
  }
  const fit = conditionFit(step.conditions, situation);
  if (fit.kind === 'folded') return fit;
  if (step.audience !== 'both' && who === 'young-adult') {
    return { kind: 'unsure', hints: [...fit.hints, YOUNG_ADULT_HINT] };
  }
  return fit;
}

export function trackFit(track: Track, situation: Situation): Fit {
  return conditionFit(track.conditions, situation);
}

/** A phase fits if any of its steps does; it folds only if all of them fold. */
export function phaseFit(phase: Phase, situation: Situation): Fit {
  const fits = getStepsInPhase(phase.id).map((step) =>
    stepFit(step, situation),
  );
  if (fits.length === 0 || fits.some((fit) => fit.kind === 'fits')) return FITS;
  const unsure = fits.find((fit) => fit.kind === 'unsure');
  return unsure ?? { kind: 'folded', hints: [] };
}

export function hasSituation(situation: Situation) {
  return Object.values(situation).some((value) => value !== null);
}
