import { t } from '#src/content/i18n.ts';
import type { Answer, Situation, Stage, Who } from '#src/content/situation.ts';

// The page's language is fixed before any module loads (i18n.ts), so these
// can be worked out once.
export const WHO_LABELS: Record<Who, string> = {
  child: t('my-journey.whoChild'),
  'young-adult': t('my-journey.whoYoungAdult'),
  adult: t('my-journey.whoAdult'),
};

export const STAGE_LABELS: Record<Stage, string> = {
  'newly-diagnosed': t('my-journey.stageNewlyDiagnosed'),
  'in-remission': t('my-journey.stageInRemission'),
  'relapsed-refractory': t('my-journey.stageRelapsedRefractory'),
  'finished-treatment': t('my-journey.stageFinishedTreatment'),
};

export const ANSWER_LABELS: Record<Answer, string> = {
  yes: t('my-journey.answerYes'),
  no: t('my-journey.answerNo'),
  'not-sure': t('my-journey.answerNotSure'),
};

export const PH_LEGEND = t('my-journey.phLegend');
export const TRANSPLANT_LEGEND = t('my-journey.transplantLegend');

/** The situation as short lines for summaries and the handout. */
export function describeSituation(situation: Situation) {
  const lines: string[] = [];
  if (situation.stage) lines.push(STAGE_LABELS[situation.stage]);
  if (situation.who) {
    lines.push(t('my-journey.describeWho', { who: WHO_LABELS[situation.who] }));
  }
  if (situation.ph) {
    lines.push(
      t('my-journey.describePh', { answer: ANSWER_LABELS[situation.ph] }),
    );
  }
  if (situation.transplant) {
    lines.push(
      t('my-journey.describeTransplant', {
        answer: ANSWER_LABELS[situation.transplant],
      }),
    );
  }
  return lines;
}
