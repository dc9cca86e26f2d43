/**
 * The family's record of what a nurse taught, one record a day, saved from
 * a recap link ("What we covered today", issue 13). The store keeps the
 * records (persisted-state.ts); this module says how they join, and loads
 * only with the pages that show or save them, never with the first load
 * (vite.config.ts keeps it out of the store chunk).
 */
import { setTeachingRecords, useJourneyStore } from './journey-store.ts';
import type { TeachingRecord } from './persisted-state.ts';

function union(...lists: readonly (readonly string[])[]) {
  return [...new Set(lists.flat())];
}

function without(list: readonly string[], drop: readonly string[]) {
  const dropped = new Set(drop);
  return list.filter((id) => !dropped.has(id));
}

function byDate(a: TeachingRecord, b: TeachingRecord) {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/**
 * A save joins the record of its day, so opening the same link twice makes
 * no second record: the topics add up, and a topic to go over again stays
 * so until a later save marks it plainly taught (the nurse's latest word).
 */
export function addTeachingRecord(
  records: readonly TeachingRecord[],
  record: TeachingRecord,
): TeachingRecord[] {
  const day = records.filter((item) => item.date === record.date);
  const review = union(
    without(union(...day.map((item) => item.review)), record.taught),
    record.review,
  );
  const taught = without(
    union(...day.map((item) => item.taught), record.taught),
    review,
  );
  return [
    ...records.filter((item) => item.date !== record.date),
    { date: record.date, taught, review },
  ].sort(byDate);
}

/**
 * Records from an imported file join the device's by date. Neither side is
 * later than the other, so a topic to go over again on either side stays
 * to go over again: the safer reading for a family.
 */
export function mergeTeachingRecords(
  mine: readonly TeachingRecord[],
  file: readonly TeachingRecord[],
): TeachingRecord[] {
  const days = new Map<string, TeachingRecord>();
  for (const record of [...mine, ...file]) {
    const same = days.get(record.date);
    const review = union(same?.review ?? [], record.review);
    const taught = without(union(same?.taught ?? [], record.taught), review);
    days.set(record.date, { date: record.date, taught, review });
  }
  return [...days.values()].sort(byDate);
}

/** The device's date, YYYY-MM-DD, in its own time zone. */
function deviceDate(now: Date) {
  const local = now.getTime() - now.getTimezoneOffset() * 60_000;
  return new Date(local).toISOString().slice(0, 10);
}

/** Saves the topics of a recap under the day they were taught (today). */
export function saveTeachingRecord(
  topics: Pick<TeachingRecord, 'taught' | 'review'>,
  now = new Date(),
) {
  const { taught, review } = topics;
  const record = { date: deviceDate(now), taught, review };
  setTeachingRecords((records) => addTeachingRecord(records, record));
}

/**
 * The records to show, newest first: one per day, none empty (saved data
 * is restored leniently, so it may hold either).
 */
export function useTeachingRecords() {
  const records = useJourneyStore((state) => state.teachingRecords);
  return mergeTeachingRecords(records, [])
    .filter((record) => record.taught.length + record.review.length > 0)
    .reverse();
}
