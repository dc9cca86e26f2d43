/**
 * How an imported "my journey" file joins what is already on the device.
 * Loaded with the import only (vite.config.ts keeps it out of the first
 * load's store chunk); what export writes is pickMyJourney in
 * persisted-state.ts.
 */
import type { Situation } from '#src/content/situation.ts';
import type { MyJourney } from './persisted-state.ts';
import { mergeTeachingRecords } from './teaching-record.ts';

/** Keeps both: the device wins where both have a single value. */
export function mergeJourneys(mine: MyJourney, file: MyJourney): MyJourney {
  const notes = { ...file.notes };
  for (const [stepId, text] of Object.entries(mine.notes)) {
    const other = notes[stepId];
    notes[stepId] =
      other === undefined || other === text ? text : `${text}\n\n${other}`;
  }
  const ownTexts = new Set(mine.ownQuestions.map((question) => question.text));
  const situation = { ...mine.situation };
  for (const key of Object.keys(situation) as (keyof Situation)[]) {
    if (situation[key] === null) {
      Object.assign(situation, { [key]: file.situation[key] });
    }
  }
  return {
    situation,
    hereStepId: mine.hereStepId ?? file.hereStepId,
    startDate: mine.startDate ?? file.startDate,
    notes,
    tickedQuestionIds: [
      ...new Set([...mine.tickedQuestionIds, ...file.tickedQuestionIds]),
    ],
    ownQuestions: [
      ...mine.ownQuestions,
      ...file.ownQuestions.filter((question) => !ownTexts.has(question.text)),
    ],
    visitedStepIds: [
      ...new Set([...mine.visitedStepIds, ...file.visitedStepIds]),
    ],
    teachingRecords: mergeTeachingRecords(
      mine.teachingRecords,
      file.teachingRecords,
    ),
  };
}
