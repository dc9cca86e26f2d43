/**
 * Composes "When to call" from warning-signs.json: the one shared set, the
 * sets of the medicines a step names and the sets written for the step.
 * Each sign is written once, so it reads the same on every page.
 *
 * Pure functions over the content, used by the app and by content tests.
 */
import type { Journey, Urgency, WarningSet, WarningSign } from './schema.ts';

/** Most urgent first: the order the groups are shown in. */
export const URGENCIES: readonly Urgency[] = [
  'emergency',
  'call-now',
  'same-day',
];

type SetSource = Pick<Journey, 'warningSets'>;

/** What names its warning signs: a step, a care topic, a medicine list. */
export type WarningSubject = {
  medicineIds?: readonly string[];
  warningSetIds?: readonly string[];
};

/** The sets that apply, shared first, then medicines', then the subject's. */
export function warningSetsFor(
  content: SetSource,
  subject: WarningSubject,
): WarningSet[] {
  const medicineIds = new Set(subject.medicineIds ?? []);
  const own = new Set(subject.warningSetIds ?? []);
  return content.warningSets.filter(
    (set) =>
      set.kind === 'shared' ||
      own.has(set.id) ||
      set.medicineIds.some((id) => medicineIds.has(id)),
  );
}

export type SignGroup = {
  urgency: Urgency;
  /** Each set with its signs of this urgency, in set order. */
  parts: { set: WarningSet; signs: WarningSign[] }[];
};

/** The signs of the given sets, grouped by urgency (empty groups left out). */
export function groupSigns(sets: readonly WarningSet[]): SignGroup[] {
  return URGENCIES.map((urgency) => ({
    urgency,
    parts: sets
      .map((set) => ({
        set,
        signs: set.signs.filter((sign) => sign.urgency === urgency),
      }))
      .filter((part) => part.signs.length > 0),
  })).filter((group) => group.parts.length > 0);
}

/** The one set every "When to call" starts with. */
export function sharedWarningSet(content: SetSource) {
  return content.warningSets.find((set) => set.kind === 'shared');
}
