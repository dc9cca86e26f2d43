/**
 * The one Zustand store. It keeps what belongs to the reader on this device:
 * which steps they have seen, where they left off, reading preferences, and
 * "My journey" (situation, "you are here", notes and questions).
 * Where the reader *is reading* lives in the URL, never here
 * (docs/decisions/001); personal data never leaves the device
 * (docs/decisions/007).
 *
 * The store holds data only. Actions are plain functions below, so
 * components import what they call and nothing needs a selector to act.
 * What is saved and how it is restored: persisted-state.ts; where it is
 * saved: safe-storage.ts; the hooks that read it: journey-hooks.ts.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { EMPTY_SITUATION, type Situation } from '#src/content/situation.ts';
import { forgetLanguage } from './language-preference.ts';
import {
  INITIAL_STATE,
  ISO_DATE,
  pickMyJourney,
  restorePersistedState,
  STORAGE_KEY,
  STORE_VERSION,
  type MotionPreference,
  type MyJourney,
  type PersistedState,
  type TeachingRecord,
  type TextSize,
} from './persisted-state.ts';
import {
  createSafeStorage,
  eraseSavedData,
  probeStorage,
  type StorageReport,
  type StorageStatus,
} from './safe-storage.ts';

export type JourneyState = PersistedState & {
  storageStatus: StorageStatus;
  /** Saved data could not be read this visit and was kept aside. */
  hasUnreadableBackup: boolean;
};

/** Tells the UI how saving went; deferred because it may run inside set(). */
function report(change: StorageReport) {
  queueMicrotask(() => {
    const state = useJourneyStore.getState();
    const isNew = Object.entries(change).some(
      ([key, value]) => state[key as keyof StorageReport] !== value,
    );
    // Only on change: setState saves again, which would report again.
    if (isNew) useJourneyStore.setState(change);
  });
}

export const useJourneyStore = create<JourneyState>()(
  persist(
    (): JourneyState => ({
      ...INITIAL_STATE,
      storageStatus: probeStorage(),
      hasUnreadableBackup: false,
    }),
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      storage: createSafeStorage(report),
      // Only the reader's own data is saved: never status flags.
      partialize: (state): PersistedState => ({
        ...pickMyJourney(state),
        lastStepId: state.lastStepId,
        textSize: state.textSize,
        motion: state.motion,
        isSituationOffered: state.isSituationOffered,
      }),
      migrate: (saved) => restorePersistedState(saved),
      merge: (saved, current) => ({
        ...current,
        ...restorePersistedState(saved),
      }),
    },
  ),
);

// Goes through persist, so every change below is saved.
const set = useJourneyStore.setState;

export function markStepVisited(stepId: string) {
  set((state) => ({
    lastStepId: stepId,
    visitedStepIds: state.visitedStepIds.includes(stepId)
      ? state.visitedStepIds
      : [...state.visitedStepIds, stepId],
  }));
}

export function resetProgress() {
  set({ visitedStepIds: [], lastStepId: null });
}

export function setTextSize(textSize: TextSize) {
  set({ textSize });
}

export function setMotion(motion: MotionPreference) {
  set({ motion });
}

export function setSituation(change: Partial<Situation>) {
  set((state) => ({
    situation: { ...state.situation, ...change },
    isSituationOffered: true,
  }));
}

export function clearSituation() {
  set({ situation: EMPTY_SITUATION, isSituationOffered: true });
}

export function setSituationOffered() {
  set({ isSituationOffered: true });
}

export function setHereStepId(hereStepId: string | null) {
  set({ hereStepId });
}

export function setStartDate(startDate: string | null) {
  set({
    startDate:
      startDate !== null && ISO_DATE.test(startDate) ? startDate : null,
  });
}

export function setNote(stepId: string, text: string) {
  set((state) => {
    const notes = { ...state.notes };
    if (text === '') delete notes[stepId];
    else notes[stepId] = text;
    return { notes };
  });
}

export function toggleQuestion(questionId: string) {
  set((state) => ({
    tickedQuestionIds: state.tickedQuestionIds.includes(questionId)
      ? state.tickedQuestionIds.filter((id) => id !== questionId)
      : [...state.tickedQuestionIds, questionId],
  }));
}

function newId() {
  return `q-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function addOwnQuestion(text: string) {
  if (text.trim() === '') return;
  set((state) => ({
    ownQuestions: [...state.ownQuestions, { id: newId(), text: text.trim() }],
  }));
}

export function removeOwnQuestion(id: string) {
  set((state) => ({
    ownQuestions: state.ownQuestions.filter((question) => question.id !== id),
  }));
}

/**
 * Keeps an imported journey: the file's, or the file merged into the
 * device's (my-journey-merge.ts, loaded with the import, not the first load).
 */
export function importJourney(journey: MyJourney) {
  set({ ...pickMyJourney(journey), isSituationOffered: true });
}

/** How a change joins the records: teaching-record.ts (same reason). */
export function setTeachingRecords(
  change: (records: TeachingRecord[]) => TeachingRecord[],
) {
  set((state) => ({ teachingRecords: change(state.teachingRecords) }));
}

export function forgetDevice() {
  set({ ...INITIAL_STATE, hasUnreadableBackup: false });
  forgetLanguage();
  eraseSavedData();
}

/** Plain reads for event handlers (export), not for rendering. */
export function getMyJourney(): MyJourney {
  return pickMyJourney(useJourneyStore.getState());
}

/**
 * True when nothing should move: the in-app switch, or the system setting.
 * Read at the moment something animates, so a change applies at once (an
 * element already on screen does not keep the setting it mounted with).
 */
export function isMotionReduced() {
  if (useJourneyStore.getState().motion === 'reduce') return true;
  return (
    typeof window !== 'undefined' &&
    window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
  );
}
