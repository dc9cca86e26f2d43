/**
 * The one Zustand store. It keeps what belongs to the reader on this device:
 * which steps they have seen, where they left off, reading preferences, and
 * "My journey" (situation, "you are here", notes and questions).
 * Where the reader *is reading* lives in the URL, never here
 * (docs/decisions/001); personal data never leaves the device
 * (docs/decisions/007).
 */
import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import { useShallow } from 'zustand/react/shallow';
import { getUnitProfile } from '#src/content/journey.ts';
import { forgetLanguage } from './language-preference.ts';

export const STORAGE_KEY = 'all-journey';
export const STORE_VERSION = 2;
/** Saved data we could not read is copied under this prefix, never wiped. */
export const BACKUP_KEY_PREFIX = 'all-journey-unreadable-';

export type TextSize = 'normal' | 'large' | 'larger';
export type MotionPreference = 'system' | 'reduce';
/** Which wording the content uses: the child version speaks to parents. */
export type ReaderAudience = 'adult' | 'child';

export const STAGES = [
  'newly-diagnosed',
  'in-remission',
  'relapsed-refractory',
  'finished-treatment',
] as const;
export type Stage = (typeof STAGES)[number];
export const WHOS = ['child', 'young-adult', 'adult'] as const;
/** Who is being treated; decides the wording (docs/decisions/007). */
export type Who = (typeof WHOS)[number];
export const ANSWERS = ['yes', 'no', 'not-sure'] as const;
export type Answer = (typeof ANSWERS)[number];

/** Where things stand. `null` means "not chosen": the general journey. */
export type Situation = {
  stage: Stage | null;
  who: Who | null;
  ph: Answer | null;
  transplant: Answer | null;
};

export type OwnQuestion = { id: string; text: string };

/** The reader's own journey: what export, import and forget work on. */
export type MyJourney = {
  situation: Situation;
  hereStepId: string | null;
  /** The date treatment started, YYYY-MM-DD. */
  startDate: string | null;
  /** Notes by step id, kept exactly as typed. */
  notes: Record<string, string>;
  tickedQuestionIds: string[];
  ownQuestions: OwnQuestion[];
  visitedStepIds: string[];
};

type PersistedState = MyJourney & {
  lastStepId: string | null;
  textSize: TextSize;
  motion: MotionPreference;
  /** True once the situation picker was answered or skipped. */
  isSituationOffered: boolean;
};

/**
 * ok: saved on this device. unavailable: the browser refuses storage
 * (private browsing, disabled). full: the last save failed for lack of room.
 */
export type StorageStatus = 'ok' | 'unavailable' | 'full';

type JourneyState = PersistedState & {
  storageStatus: StorageStatus;
  /** Saved data could not be read this visit and was kept aside. */
  hasUnreadableBackup: boolean;
  markStepVisited: (stepId: string) => void;
  setTextSize: (textSize: TextSize) => void;
  setMotion: (motion: MotionPreference) => void;
  setSituation: (change: Partial<Situation>) => void;
  clearSituation: () => void;
  setSituationOffered: () => void;
  setHereStepId: (stepId: string | null) => void;
  setStartDate: (date: string | null) => void;
  setNote: (stepId: string, text: string) => void;
  toggleQuestion: (questionId: string) => void;
  addOwnQuestion: (text: string) => void;
  removeOwnQuestion: (id: string) => void;
  importJourney: (file: MyJourney, mode: 'replace' | 'merge') => void;
  forgetDevice: () => void;
  resetProgress: () => void;
};

export const EMPTY_SITUATION: Situation = {
  stage: null,
  who: null,
  ph: null,
  transplant: null,
};

const INITIAL_STATE: PersistedState = {
  visitedStepIds: [],
  lastStepId: null,
  textSize: 'normal',
  motion: 'system',
  isSituationOffered: false,
  situation: EMPTY_SITUATION,
  hereStepId: null,
  startDate: null,
  notes: {},
  tickedQuestionIds: [],
  ownQuestions: [],
};

const TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'larger'];
const MOTIONS: readonly MotionPreference[] = ['system', 'reduce'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(
  options: readonly T[],
  value: unknown,
): T | null {
  return options.includes(value as T) ? (value as T) : null;
}

function stringList(value: unknown) {
  return Array.isArray(value)
    ? [
        ...new Set(
          value.filter((item): item is string => typeof item === 'string'),
        ),
      ]
    : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function restoreSituation(value: Record<string, unknown>): Situation {
  // Version 1 only knew adult/child wording. "child" was a choice and
  // becomes "who"; "adult" was also the default, so it stays unset: the
  // wording is the same, and the situation picker is still offered.
  const saved = isRecord(value.situation)
    ? value.situation
    : { who: value.audience === 'child' ? 'child' : null };
  return {
    stage: oneOf(STAGES, saved.stage),
    who: oneOf(WHOS, saved.who),
    ph: oneOf(ANSWERS, saved.ph),
    transplant: oneOf(ANSWERS, saved.transplant),
  };
}

/**
 * Turns whatever was saved (any version, possibly damaged) into a valid
 * state. Unknown or damaged fields fall back to defaults one by one, so a
 * single bad value never loses the rest.
 */
export function restorePersistedState(saved: unknown): PersistedState {
  const value = isRecord(saved) ? saved : {};
  const notes: Record<string, string> = {};
  if (isRecord(value.notes)) {
    for (const [stepId, text] of Object.entries(value.notes)) {
      if (typeof text === 'string' && text !== '') notes[stepId] = text;
    }
  }
  const ownQuestions = Array.isArray(value.ownQuestions)
    ? value.ownQuestions.filter(
        (item): item is OwnQuestion =>
          isRecord(item) &&
          typeof item.id === 'string' &&
          typeof item.text === 'string',
      )
    : [];
  const situation = restoreSituation(value);
  return {
    visitedStepIds: stringList(value.visitedStepIds),
    lastStepId: typeof value.lastStepId === 'string' ? value.lastStepId : null,
    textSize: oneOf(TEXT_SIZES, value.textSize) ?? INITIAL_STATE.textSize,
    motion: oneOf(MOTIONS, value.motion) ?? INITIAL_STATE.motion,
    isSituationOffered:
      typeof value.isSituationOffered === 'boolean'
        ? value.isSituationOffered
        : situation.who === 'child',
    situation,
    hereStepId: typeof value.hereStepId === 'string' ? value.hereStepId : null,
    startDate:
      typeof value.startDate === 'string' && ISO_DATE.test(value.startDate)
        ? value.startDate
        : null,
    notes,
    tickedQuestionIds: stringList(value.tickedQuestionIds),
    ownQuestions,
  };
}

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

function getLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Some browsers throw just for looking (storage disabled).
    return null;
  }
}

/** Whether this browser lets the app save, tried once at start. */
function probeStorage(): StorageStatus {
  // The build-time prerender has no storage; it renders what a first-time
  // visitor sees, whose browser (almost always) can save.
  if (typeof window === 'undefined') return 'ok';
  const storage = getLocalStorage();
  if (!storage) return 'unavailable';
  const probe = `${STORAGE_KEY}-probe`;
  try {
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return 'ok';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

function isQuotaError(error: unknown) {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.code === 22)
  );
}

/** Tells the UI how saving went; deferred because it may run inside set(). */
function report(
  change: Partial<Pick<JourneyState, 'storageStatus' | 'hasUnreadableBackup'>>,
) {
  queueMicrotask(() => {
    const state = useJourneyStore.getState();
    const isNew = Object.entries(change).some(
      ([key, value]) => state[key as keyof typeof change] !== value,
    );
    // Only on change: setState saves again, which would report again.
    if (isNew) useJourneyStore.setState(change);
  });
}

/**
 * localStorage when the browser allows it; otherwise nothing is kept, the
 * app still works and the UI says so. Nothing here ever logs saved data.
 */
const safeStorage: PersistStorage<PersistedState> = {
  getItem: (name) => {
    const storage = getLocalStorage();
    if (!storage) return null;
    const raw = storage.getItem(name);
    if (raw === null) return null;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (isRecord(parsed) && isRecord(parsed.state)) {
        return {
          state: parsed.state as PersistedState,
          version: typeof parsed.version === 'number' ? parsed.version : 0,
        };
      }
    } catch {
      // Falls through to the backup below.
    }
    try {
      storage.setItem(`${BACKUP_KEY_PREFIX}${new Date().toISOString()}`, raw);
    } catch {
      // No room for a copy: leave the original where it is.
      return null;
    }
    // Kept aside once: a reload must not copy it again.
    storage.removeItem(name);
    report({ hasUnreadableBackup: true });
    return null;
  },
  setItem: (name, value) => {
    const storage = getLocalStorage();
    if (!storage) {
      report({ storageStatus: 'unavailable' });
      return;
    }
    try {
      storage.setItem(name, JSON.stringify(value));
      report({ storageStatus: 'ok' });
    } catch (error) {
      report({ storageStatus: isQuotaError(error) ? 'full' : 'unavailable' });
    }
  },
  removeItem: (name) => {
    try {
      window.localStorage.removeItem(name);
    } catch {
      // Nothing was kept, so nothing to remove.
    }
  },
};

function newId() {
  return `q-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export const useJourneyStore = create<JourneyState>()(
  persist(
    (set) => ({
      ...INITIAL_STATE,
      storageStatus: probeStorage(),
      hasUnreadableBackup: false,
      markStepVisited: (stepId) =>
        set((state) => ({
          lastStepId: stepId,
          visitedStepIds: state.visitedStepIds.includes(stepId)
            ? state.visitedStepIds
            : [...state.visitedStepIds, stepId],
        })),
      setTextSize: (textSize) => set({ textSize }),
      setMotion: (motion) => set({ motion }),
      setSituation: (change) =>
        set((state) => ({
          situation: { ...state.situation, ...change },
          isSituationOffered: true,
        })),
      clearSituation: () =>
        set({ situation: EMPTY_SITUATION, isSituationOffered: true }),
      setSituationOffered: () => set({ isSituationOffered: true }),
      setHereStepId: (hereStepId) => set({ hereStepId }),
      setStartDate: (startDate) =>
        set({
          startDate:
            startDate !== null && ISO_DATE.test(startDate) ? startDate : null,
        }),
      setNote: (stepId, text) =>
        set((state) => {
          const notes = { ...state.notes };
          if (text === '') delete notes[stepId];
          else notes[stepId] = text;
          return { notes };
        }),
      toggleQuestion: (questionId) =>
        set((state) => ({
          tickedQuestionIds: state.tickedQuestionIds.includes(questionId)
            ? state.tickedQuestionIds.filter((id) => id !== questionId)
            : [...state.tickedQuestionIds, questionId],
        })),
      addOwnQuestion: (text) =>
        set((state) =>
          text.trim() === ''
            ? {}
            : {
                ownQuestions: [
                  ...state.ownQuestions,
                  { id: newId(), text: text.trim() },
                ],
              },
        ),
      removeOwnQuestion: (id) =>
        set((state) => ({
          ownQuestions: state.ownQuestions.filter(
            (question) => question.id !== id,
          ),
        })),
      importJourney: (file, mode) =>
        set((state) => ({
          ...(mode === 'replace'
            ? pickMyJourney(file)
            : mergeJourneys(pickMyJourney(state), file)),
          isSituationOffered: true,
        })),
      forgetDevice: () => {
        set({ ...INITIAL_STATE, hasUnreadableBackup: false });
        forgetLanguage();
        try {
          const storage = window.localStorage;
          for (const key of Object.keys(storage)) {
            if (key === STORAGE_KEY || key.startsWith(BACKUP_KEY_PREFIX)) {
              storage.removeItem(key);
            }
          }
        } catch {
          // Storage refused: nothing was kept on this device.
        }
      },
      resetProgress: () => set({ visitedStepIds: [], lastStepId: null }),
    }),
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      storage: safeStorage,
      // Only the reader's own data is saved: never actions or status flags.
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

export function useMotionPreference() {
  return useJourneyStore((state) => state.motion);
}

/**
 * The wording follows who is being treated: child wording for a child;
 * teens, young adults and adults read "you" (docs/decisions/007).
 */
/** Before the reader says who is treated: the unit's choice, else adult. */
const DEFAULT_AUDIENCE: ReaderAudience =
  getUnitProfile().defaultAudience ?? 'adult';

export function useAudience(): ReaderAudience {
  return useJourneyStore((state) =>
    state.situation.who === null
      ? DEFAULT_AUDIENCE
      : state.situation.who === 'child'
        ? 'child'
        : 'adult',
  );
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

/** Plain reads for event handlers (export), not for rendering. */
export function getMyJourney(): MyJourney {
  return pickMyJourney(useJourneyStore.getState());
}

/** The actions, for components (a stable object of functions). */
export function useJourneyActions() {
  return useJourneyStore(
    useShallow((state) => ({
      setSituation: state.setSituation,
      clearSituation: state.clearSituation,
      setSituationOffered: state.setSituationOffered,
      setHereStepId: state.setHereStepId,
      setStartDate: state.setStartDate,
      setNote: state.setNote,
      toggleQuestion: state.toggleQuestion,
      addOwnQuestion: state.addOwnQuestion,
      removeOwnQuestion: state.removeOwnQuestion,
      importJourney: state.importJourney,
      forgetDevice: state.forgetDevice,
    })),
  );
}
