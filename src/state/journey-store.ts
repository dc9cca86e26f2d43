/**
 * The one Zustand store. It keeps what belongs to the reader on this device:
 * which steps they have seen, where they left off, and reading preferences.
 * Where the reader *is* lives in the URL, never here (docs/decisions/001).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { useShallow } from 'zustand/react/shallow';

export const STORAGE_KEY = 'all-journey';
export const STORE_VERSION = 1;

export type TextSize = 'normal' | 'large' | 'larger';
export type MotionPreference = 'system' | 'reduce';
/** Whose treatment the reader is following: wording differs for children. */
export type ReaderAudience = 'adult' | 'child';

type PersistedState = {
  visitedStepIds: string[];
  lastStepId: string | null;
  textSize: TextSize;
  motion: MotionPreference;
  audience: ReaderAudience;
};

type JourneyState = PersistedState & {
  markStepVisited: (stepId: string) => void;
  setTextSize: (textSize: TextSize) => void;
  setMotion: (motion: MotionPreference) => void;
  setAudience: (audience: ReaderAudience) => void;
  resetProgress: () => void;
};

const INITIAL_STATE: PersistedState = {
  visitedStepIds: [],
  lastStepId: null,
  textSize: 'normal',
  motion: 'system',
  audience: 'adult',
};

const TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'larger'];
const MOTIONS: readonly MotionPreference[] = ['system', 'reduce'];
const AUDIENCES: readonly ReaderAudience[] = ['adult', 'child'];

/**
 * Turns whatever was saved (any version, possibly corrupt) into a valid
 * state. Unknown or damaged fields fall back to defaults one by one, so a
 * single bad value never loses the rest.
 */
export function restorePersistedState(saved: unknown): PersistedState {
  const value = (saved ?? {}) as Record<string, unknown>;
  const visited = Array.isArray(value.visitedStepIds)
    ? value.visitedStepIds.filter((id): id is string => typeof id === 'string')
    : [];
  return {
    visitedStepIds: [...new Set(visited)],
    lastStepId: typeof value.lastStepId === 'string' ? value.lastStepId : null,
    textSize: TEXT_SIZES.includes(value.textSize as TextSize)
      ? (value.textSize as TextSize)
      : INITIAL_STATE.textSize,
    motion: MOTIONS.includes(value.motion as MotionPreference)
      ? (value.motion as MotionPreference)
      : INITIAL_STATE.motion,
    audience: AUDIENCES.includes(value.audience as ReaderAudience)
      ? (value.audience as ReaderAudience)
      : INITIAL_STATE.audience,
  };
}

/**
 * localStorage when the browser allows it; otherwise nothing is kept and the
 * app still works (private browsing, storage disabled, storage full).
 */
const safeStorage = createJSONStorage<PersistedState>(() => ({
  getItem: (name) => {
    try {
      return window.localStorage.getItem(name);
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      window.localStorage.setItem(name, value);
    } catch {
      // Progress is a convenience; losing it must never break reading.
    }
  },
  removeItem: (name) => {
    try {
      window.localStorage.removeItem(name);
    } catch {
      // As above.
    }
  },
}));

export const useJourneyStore = create<JourneyState>()(
  persist(
    (set) => ({
      ...INITIAL_STATE,
      markStepVisited: (stepId) =>
        set((state) => ({
          lastStepId: stepId,
          visitedStepIds: state.visitedStepIds.includes(stepId)
            ? state.visitedStepIds
            : [...state.visitedStepIds, stepId],
        })),
      setTextSize: (textSize) => set({ textSize }),
      setMotion: (motion) => set({ motion }),
      setAudience: (audience) => set({ audience }),
      resetProgress: () => set({ visitedStepIds: [], lastStepId: null }),
    }),
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      storage: safeStorage,
      // Only the reader's own data is saved, never actions.
      partialize: ({
        visitedStepIds,
        lastStepId,
        textSize,
        motion,
        audience,
      }) => ({ visitedStepIds, lastStepId, textSize, motion, audience }),
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

export function useMotionPreference() {
  return useJourneyStore((state) => state.motion);
}

export function useAudience() {
  return useJourneyStore((state) => state.audience);
}
