import { t } from '#src/content/i18n.ts';
import { getStepById } from '#src/content/journey.ts';
import type { AudienceText } from '#src/content/schema.ts';
import type { MyJourney } from '#src/state/persisted-state.ts';
import { describeSituation } from './situation-labels.ts';
import { shortDate } from './estimate-text.ts';

/** What a journey holds, in short lines (for the import preview). */
export function summariseJourney(
  journey: MyJourney,
  plain: (text: AudienceText) => string,
) {
  const here = getStepById(journey.hereStepId ?? undefined);
  const situation = describeSituation(journey.situation);
  return [
    situation.length > 0
      ? t('my-journey.summarySituation', { situation: situation.join('; ') })
      : t('my-journey.summaryNoSituation'),
    here
      ? t('my-journey.summaryHere', { step: plain(here.title) })
      : t('my-journey.summaryNoHere'),
    journey.startDate
      ? t('my-journey.treatmentStarted', { date: shortDate(journey.startDate) })
      : t('my-journey.summaryNoStartDate'),
    t('my-journey.summaryNotes', { count: Object.keys(journey.notes).length }),
    t('my-journey.summaryTicked', {
      count: journey.tickedQuestionIds.length,
    }),
    t('my-journey.summaryOwn', { count: journey.ownQuestions.length }),
    ...(journey.teachingRecords.length > 0
      ? [
          t('recap.summaryRecords', {
            count: journey.teachingRecords.length,
          }),
        ]
      : []),
  ];
}
