/**
 * What the store keeps on this device, and how saved data of any version
 * (possibly damaged) becomes a valid state again. Personal data never
 * leaves the device (docs/decisions/007).
 */
import {
  EMPTY_SITUATION,
  oneOf,
  readSituation,
  type Situation,
} from '#src/content/situation.ts';

export const STORAGE_KEY = 'all-journey';
export const STORE_VERSION = 2;
/** Saved data we could not read is copied under this prefix, never wiped. */
export const BACKUP_KEY_PREFIX = 'all-journey-unreadable-';

export type TextSize = 'normal' | 'large' | 'larger';
export type MotionPreference = 'system' | 'reduce';

export type OwnQuestion = { id: string; text: string };

/** What a nurse taught on a day (YYYY-MM-DD), as topic ids (issue 13). */
export type TeachingRecord = {
  date: string;
  taught: string[];
  review: string[];
};

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
  /** How records join: src/state/teaching-record.ts (not the first load). */
  teachingRecords: TeachingRecord[];
};

export type PersistedState = MyJourney & {
  lastStepId: string | null;
  textSize: TextSize;
  motion: MotionPreference;
  /** True once the situation picker was answered or skipped. */
  isSituationOffered: boolean;
};

export const INITIAL_STATE: PersistedState = {
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
  teachingRecords: [],
};

const TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'larger'];
const MOTIONS: readonly MotionPreference[] = ['system', 'reduce'];
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function stringList(value: unknown) {
  return Array.isArray(value)
    ? [
        ...new Set(
          value.filter((item): item is string => typeof item === 'string'),
        ),
      ]
    : [];
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
    teachingRecords: state.teachingRecords,
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function restoreSituation(value: Record<string, unknown>): Situation {
  // Version 1 only knew adult/child wording. "child" was a choice and
  // becomes "who"; "adult" was also the default, so it stays unset: the
  // wording is the same, and the situation picker is still offered.
  const saved: Record<string, unknown> = isRecord(value.situation)
    ? value.situation
    : { who: value.audience === 'child' ? 'child' : null };
  return readSituation((key) => saved[key]);
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
    teachingRecords: Array.isArray(value.teachingRecords)
      ? value.teachingRecords.flatMap((item: unknown) =>
          isRecord(item) &&
          typeof item.date === 'string' &&
          ISO_DATE.test(item.date)
            ? [
                {
                  date: item.date,
                  taught: stringList(item.taught),
                  review: stringList(item.review),
                },
              ]
            : [],
        )
      : [],
  };
}
