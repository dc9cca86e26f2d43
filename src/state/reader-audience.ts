/**
 * Which wording the content uses, in one place: the reader audiences, the
 * default before the reader says who is treated, and how "who" chooses.
 * The wording follows who is being treated: child wording for a child
 * (it speaks to parents); teens, young adults and adults read "you"; a
 * reader who has not said reads neutral wording, addressed to neither,
 * unless the unit's profile chooses a default (docs/decisions/007).
 */
import { getUnitProfile } from '#src/content/journey.ts';
import type { Who } from '#src/content/situation.ts';
import { useJourneyStore } from './journey-store.ts';

/** Which wording the content uses: the child version speaks to parents. */
export type ReaderAudience = 'adult' | 'child' | 'neutral';

/** Before the reader says who is treated: the unit's choice, else neutral. */
export const DEFAULT_AUDIENCE: ReaderAudience =
  getUnitProfile().defaultAudience ?? 'neutral';

/** The wording for who is treated; `null` (not said yet) is the default. */
export function readerAudienceOf(who: Who | null): ReaderAudience {
  if (who === null) return DEFAULT_AUDIENCE;
  return who === 'child' ? 'child' : 'adult';
}

export function useAudience(): ReaderAudience {
  return useJourneyStore((state) => readerAudienceOf(state.situation.who));
}
