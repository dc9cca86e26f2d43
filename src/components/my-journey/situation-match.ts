/**
 * How well a step, track or phase fits the reader's situation. Nothing is
 * ever hidden. Where the reader stands only says *when*: later phases of
 * the main journey, which every plan has, are "coming", earlier ones
 * "past" — never "may apply". Only real branches (an answer of "no" to
 * Ph+ or transplant, the other audience, a side path for someone not on
 * it) fold away as "may apply — ask your team"; "not sure" keeps things
 * open with a hint.
 */
import { t } from '#src/content/i18n.ts';
import type { Phase, Step, Track } from '#src/content/schema.ts';
import { getPhaseOfStep, getStepsInPhase } from '#src/content/journey.ts';
import type { Situation } from '#src/state/journey-store.ts';

/**
 * fits: shown. unsure: shown with a hint. coming / past: shown, later or
 * earlier on the main journey. folded: "may apply — ask your team".
 */
export type Fit = {
  kind: 'fits' | 'unsure' | 'coming' | 'past' | 'folded';
  hints: string[];
};

/** The main journey's stages in the order a reader passes through them. */
const STAGE_ORDER: readonly string[] = [
  'newly-diagnosed',
  'in-remission',
  'finished-treatment',
];

/**
 * For a step of the main journey that does not list the reader's stage:
 * whether it comes later or lies behind (undefined when neither, e.g. a
 * reader on the relapse path).
 */
function timingOf(step: Step, stage: string): 'coming' | 'past' | undefined {
  if (getPhaseOfStep(step).kind === 'branch') return undefined;
  const here = STAGE_ORDER.indexOf(stage);
  const own = step.situations
    .map((situation) => STAGE_ORDER.indexOf(situation))
    .filter((index) => index >= 0);
  if (here < 0 || own.length === 0) return undefined;
  if (Math.min(...own) > here) return 'coming';
  if (Math.max(...own) < here) return 'past';
  return undefined;
}

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
  const timing =
    situation.stage !== null && !step.situations.includes(situation.stage)
      ? (timingOf(step, situation.stage) ?? 'folded')
      : undefined;
  if (timing === 'folded') return { kind: 'folded', hints: [] };
  const fit = fitByPlan(step, situation);
  return timing && fit.kind !== 'folded' ? { ...fit, kind: timing } : fit;
}

/** Who is treated and the Ph+ and transplant answers. */
function fitByPlan(step: Step, situation: Situation): Fit {
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

/**
 * A phase fits if any of its steps does; else it is unsure, coming or past
 * as its steps are; it folds only if all of them fold.
 */
export function phaseFit(phase: Phase, situation: Situation): Fit {
  const fits = getStepsInPhase(phase.id).map((step) =>
    stepFit(step, situation),
  );
  if (fits.length === 0 || fits.some((fit) => fit.kind === 'fits')) return FITS;
  for (const kind of ['unsure', 'coming', 'past'] as const) {
    const found = fits.find((fit) => fit.kind === kind);
    if (found) return found;
  }
  return { kind: 'folded', hints: [] };
}

/** The first main phase still to come, for "coming next" (others: "later"). */
export function firstComingPhaseId(
  phases: readonly Phase[],
  situation: Situation,
) {
  return phases.find(
    (phase) =>
      phase.kind !== 'branch' && phaseFit(phase, situation).kind === 'coming',
  )?.id;
}

export function hasSituation(situation: Situation) {
  return Object.values(situation).some((value) => value !== null);
}
