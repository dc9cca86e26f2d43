/**
 * "My journey" as one object: what export writes, and how an imported file
 * joins what is already on the device.
 */
import type { Situation } from '#src/content/situation.ts';
import type { MyJourney } from './persisted-state.ts';

/** The reader's journey from the whole state, e.g. for export. */
export function pickMyJourney(state: MyJourney): MyJourney {
  return {
    situation: state.situation,
    hereStepId: state.hereStepId,
    startDate: state.startDate,
    notes: state.notes,
    tickedQuestionIds: state.tickedQuestionIds,
    ownQuestions: state.ownQuestions,
    visitedStepIds: state.visitedStepIds,
  };
}

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
  };
}
