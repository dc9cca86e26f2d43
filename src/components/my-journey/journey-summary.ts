import { getStepById } from '#src/content/journey.ts';
import type { AudienceText } from '#src/content/schema.ts';
import type { MyJourney } from '#src/state/journey-store.ts';
import { describeSituation } from './situation-labels.ts';
import { formatShortDate } from './estimates.ts';

/** What a journey holds, in short lines (for the import preview). */
export function summariseJourney(
  journey: MyJourney,
  plain: (text: AudienceText) => string,
) {
  const here = getStepById(journey.hereStepId ?? undefined);
  const situation = describeSituation(journey.situation);
  const notes = Object.keys(journey.notes).length;
  return [
    situation.length > 0
      ? `Situation: ${situation.join('; ')}`
      : 'No situation chosen',
    here ? `You are here: ${plain(here.title)}` : 'No “You are here” step',
    journey.startDate
      ? `Treatment started: ${formatShortDate(journey.startDate)}`
      : 'No start date',
    `${notes} ${notes === 1 ? 'note' : 'notes'}`,
    `${journey.tickedQuestionIds.length} ticked ${journey.tickedQuestionIds.length === 1 ? 'question' : 'questions'}`,
    `${journey.ownQuestions.length} of your own ${journey.ownQuestions.length === 1 ? 'question' : 'questions'}`,
  ];
}
