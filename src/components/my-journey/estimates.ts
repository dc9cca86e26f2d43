/**
 * Rough dates for each phase from the day treatment started, using the
 * phases' numeric duration ranges. These are estimates only: a phase without
 * a range, and every phase after it, gets no dates. Free of the page's
 * strings (see estimate-text.ts), so browser tests can load it in Node.
 */
import type { Phase } from '#src/content/schema.ts';
import type { ReaderAudience } from '#src/state/reader-audience.ts';

type Unit = 'days' | 'weeks' | 'months' | 'years';

export type PhaseEstimate =
  | {
      kind: 'range';
      startFrom: string;
      startTo: string;
      endFrom: string;
      endTo: string;
    }
  | { kind: 'none' };

/** Adds a whole number of units to a YYYY-MM-DD date, in UTC. */
export function addToDate(isoDate: string, amount: number, unit: Unit) {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  if (unit === 'days') date.setUTCDate(date.getUTCDate() + amount);
  if (unit === 'weeks') date.setUTCDate(date.getUTCDate() + amount * 7);
  if (unit === 'months') date.setUTCMonth(date.getUTCMonth() + amount);
  if (unit === 'years') date.setUTCFullYear(date.getUTCFullYear() + amount);
  return date.toISOString().slice(0, 10);
}

/**
 * Estimates for the treatment phases, in order, starting on `startDate`.
 * Phases that are not treatment phases get none.
 */
export function estimatePhases(
  phases: readonly Phase[],
  startDate: string,
  audience: ReaderAudience,
): Map<string, PhaseEstimate> {
  const estimates = new Map<string, PhaseEstimate>();
  let window: { from: string; to: string } | null = {
    from: startDate,
    to: startDate,
  };
  for (const phase of phases) {
    if (phase.kind !== 'treatment') {
      estimates.set(phase.id, { kind: 'none' });
      continue;
    }
    const { min, max, unit } = phase.duration[audience];
    if (window === null || min === undefined || max === undefined || !unit) {
      estimates.set(phase.id, { kind: 'none' });
      window = null;
      continue;
    }
    const endFrom = addToDate(window.from, min, unit);
    const endTo = addToDate(window.to, max, unit);
    estimates.set(phase.id, {
      kind: 'range',
      startFrom: window.from,
      startTo: window.to,
      endFrom,
      endTo,
    });
    window = { from: endFrom, to: endTo };
  }
  return estimates;
}

/** A short date ("5 Jan 2026") in the given Intl locale, in UTC. */
export function formatShortDate(isoDate: string, locale: string) {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year!, month! - 1, day!)));
}
