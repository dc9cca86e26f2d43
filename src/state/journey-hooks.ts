/**
 * The hooks components read the store with. Each selects one thing, so a
 * component re-renders only when that thing changes.
 */
import { useShallow } from 'zustand/react/shallow';
import { useJourneyStore } from './journey-store.ts';
import { pickMyJourney } from './persisted-state.ts';

/** Visited step ids that still exist in the content (old ids are dropped). */
export function useVisitedStepIds(knownIds: ReadonlySet<string>) {
  return useJourneyStore(
    useShallow((state) =>
      state.visitedStepIds.filter((id) => knownIds.has(id)),
    ),
  );
}

export function useIsStepVisited(stepId: string) {
  return useJourneyStore((state) => state.visitedStepIds.includes(stepId));
}

/** The last step read, if it still exists in the content. */
export function useLastStepId(knownIds: ReadonlySet<string>) {
  return useJourneyStore((state) =>
    state.lastStepId !== null && knownIds.has(state.lastStepId)
      ? state.lastStepId
      : null,
  );
}

export function useTextSize() {
  return useJourneyStore((state) => state.textSize);
}

export function useMotionPreference() {
  return useJourneyStore((state) => state.motion);
}

export function useSituation() {
  return useJourneyStore((state) => state.situation);
}

export function useIsSituationOffered() {
  return useJourneyStore((state) => state.isSituationOffered);
}

/** The step the reader marked "you are here", if it still exists. */
export function useHereStepId(knownIds: ReadonlySet<string>) {
  return useJourneyStore((state) =>
    state.hereStepId !== null && knownIds.has(state.hereStepId)
      ? state.hereStepId
      : null,
  );
}

export function useStartDate() {
  return useJourneyStore((state) => state.startDate);
}

export function useNote(stepId: string) {
  return useJourneyStore((state) => state.notes[stepId] ?? '');
}

export function useNotes() {
  return useJourneyStore((state) => state.notes);
}

export function useIsQuestionTicked(questionId: string) {
  return useJourneyStore((state) =>
    state.tickedQuestionIds.includes(questionId),
  );
}

export function useTickedQuestionIds() {
  return useJourneyStore((state) => state.tickedQuestionIds);
}

export function useOwnQuestions() {
  return useJourneyStore((state) => state.ownQuestions);
}

export function useStorageStatus() {
  return useJourneyStore((state) => state.storageStatus);
}

export function useHasUnreadableBackup() {
  return useJourneyStore((state) => state.hasUnreadableBackup);
}

/** The reader's journey as one object (for export and import previews). */
export function useMyJourney() {
  return useJourneyStore(useShallow((state) => pickMyJourney(state)));
}
