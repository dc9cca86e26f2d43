/**
 * The ribbon's calendar arithmetic and date wording: counting weeks since a
 * date, today's date on the device, and month or day spans in the page's
 * language.
 */
import { addToDate } from './estimates.ts';

export type Unit = 'days' | 'weeks' | 'months' | 'years';

export type DateSpan = { from: string; to: string };

export function daysBetween(from: string, to: string) {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** Whole units from `start` to `today`, plus one: "week 2" from day 7. */
export function countSince(start: string, today: string, unit: Unit) {
  let whole = 0;
  // Bounded: a start date decades ago stops counting, it does not hang.
  while (whole < 5000 && addToDate(start, whole + 1, unit) <= today) {
    whole += 1;
  }
  return whole + 1;
}

/** The device's date today, YYYY-MM-DD, in its own time zone. */
export function localToday(now = new Date()) {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** "February 2026" or "February – March 2026", in UTC. */
export function formatMonthSpan(span: DateSpan, locale: string) {
  const format = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format.formatRange(new Date(span.from), new Date(span.to));
}

/** "Feb 2 – 9, 2026" (or one day), in UTC. */
export function formatDaySpan(span: DateSpan, locale: string) {
  const format = new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format.formatRange(new Date(span.from), new Date(span.to));
}
