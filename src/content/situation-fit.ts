/**
 * How well a step, track or phase fits the reader's situation. In the
 * reader's own journey nothing is ever hidden (bedside mode, which shows a
 * family only their path, keeps what `isForThisSituation`). Where the reader stands only says *when*: later phases of
 * the main journey, which every plan has, are "coming", earlier ones
 * "past" — never "may apply". Only real branches (an answer of "no" to
 * Ph+ or transplant, the other audience, a side path for someone not on
 * it) fold away as "may apply — ask your team"; "not sure" keeps things
 * open with a hint.
 */
import { t } from './i18n.ts';
import { getPhaseOfStep, getStepsInPhase } from './journey.ts';
import type { Phase, Step, Track } from './schema.ts';
import {
  STAGES,
  type Condition,
  type Situation,
  type Stage,
} from './situation.ts';

/**
 * fits: shown. unsure: shown with a hint. coming / past: shown, later or
 * earlier on the main journey. folded: "may apply — ask your team".
 */
export type Fit = {
  kind: 'fits' | 'unsure' | 'coming' | 'past' | 'folded';
  hints: string[];
};

/**
 * The main journey's stages in the order a reader passes through them.
 * Relapse is a side path, not a point on that line.
 */
const STAGE_ORDER: readonly Stage[] = STAGES.filter(
  (stage) => stage !== 'relapsed-refractory',
);

/**
 * For a step of the main journey that does not list the reader's stage:
 * whether it comes later or lies behind (undefined when neither, e.g. a
 * reader on the relapse path).
 */
function timingOf(step: Step, stage: Stage): 'coming' | 'past' | undefined {
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
  conditions: readonly Condition[] | undefined,
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

/**
 * The one rule for how a step fits a situation: the timeline, "My journey",
 * the handout and bedside mode all ask this.
 */
export function fits(step: Step, situation: Situation): Fit {
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
  const stepFits = getStepsInPhase(phase.id).map((step) =>
    fits(step, situation),
  );
  if (stepFits.length === 0 || stepFits.some((fit) => fit.kind === 'fits'))
    return FITS;
  for (const kind of ['unsure', 'coming', 'past'] as const) {
    const found = stepFits.find((fit) => fit.kind === kind);
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

/**
 * Whether something belongs to this situation now (fits, or fits with a
 * hint): what a bedside session, which shows only the reader's own path,
 * keeps.
 */
export function isForThisSituation(fit: Fit) {
  return fit.kind === 'fits' || fit.kind === 'unsure';
}
