/**
 * The journey ribbon's arithmetic: the main phases drawn to scale, where
 * today falls, and the next milestone. Every number comes from the phases'
 * duration ranges and the reader's own dates; nothing here knows a medical
 * fact. Free of the page's strings (see ribbon-text.ts), so browser tests
 * can load it in Node.
 */
import type { Phase, Step } from '#src/content/schema.ts';
import type { ReaderAudience } from '#src/state/reader-audience.ts';
import { estimatePhases } from './estimates.ts';
import {
  countSince,
  daysBetween,
  type DateSpan,
  type Unit,
} from './ribbon-dates.ts';

export { localToday } from './ribbon-dates.ts';

/** Calendar lengths, to put every phase in one unit (weeks). */
const WEEKS_PER_UNIT: Record<Unit, number> = {
  days: 1 / 7,
  weeks: 1,
  months: 365.25 / 12 / 7,
  years: 365.25 / 7,
};

/** Width of a phase without numbers, in % of the drawing: modest, open. */
export const OPEN_SHARE = 11;
/** No phase with numbers is drawn narrower than this (% of the drawing),
 * so its number stays readable at 360 px. */
export const MIN_SHARE = 8;
/** Space between two segments, in % of the drawing. */
export const GAP_SHARE = 1;

export type RibbonSegment = {
  phase: Phase;
  /** The typical length in weeks (middle of min..max); null: no numbers. */
  weeks: number | null;
  /** Left edge and width, in % of the drawing. */
  x: number;
  width: number;
  /** Estimated start and end, when the start date allows them: a phase
   * without numbers has a start (the end of the one before) but no end. */
  start: DateSpan | null;
  end: DateSpan | null;
  status: 'past' | 'current' | 'future' | 'unknown';
};

export type RibbonProgress = {
  unit: Unit;
  /** Week (day, month, year) number since the phase started, from 1. */
  count: number;
  min: number;
  max: number;
  /** Longer than the phase's usual maximum. */
  isOver: boolean;
};

export type RibbonCurrent = {
  phaseId: string;
  /** "you are here" wins over dates. */
  source: 'here' | 'dates';
  progress: RibbonProgress | null;
  /** Where today falls in the phase's segment (0..1), when known. */
  fraction: number | null;
};

export type RibbonNext = {
  step: Step;
  /** on: the reader's own start date; around: an estimated span. */
  when:
    { kind: 'on'; date: string } | { kind: 'around'; span: DateSpan } | null;
};

export type Ribbon = {
  segments: RibbonSegment[];
  current: RibbonCurrent | null;
  next: RibbonNext | null;
  /** Today's place on the whole drawing, in %, when today is marked. */
  todayAt: number | null;
};

export type RibbonInput = {
  phases: readonly Phase[];
  steps: readonly Step[];
  audience: ReaderAudience;
  /** YYYY-MM-DD, or null when the reader gave none. */
  startDate: string | null;
  hereStepId: string | null;
  /** YYYY-MM-DD: passed in, so the maths never reads the clock. */
  today: string;
};

/** The phases the ribbon draws: the main journey, not the side paths. */
export function ribbonPhases(phases: readonly Phase[]) {
  return phases.filter((phase) => phase.kind !== 'branch');
}

/** A phase's typical length in weeks (middle of its range), if it has one. */
export function typicalWeeks(phase: Phase, audience: ReaderAudience) {
  const { min, max, unit } = phase.duration[audience];
  if (min === undefined || max === undefined || !unit) return null;
  return ((min + max) / 2) * WEEKS_PER_UNIT[unit];
}

/**
 * Left edges and widths in %: phases with numbers share what the open ones
 * leave, in proportion to their typical length, but none below MIN_SHARE.
 */
export function layOut(weeks: readonly (number | null)[]) {
  const count = weeks.length;
  const room = 100 - GAP_SHARE * Math.max(0, count - 1);
  const scaled = weeks.filter((value) => value !== null).length;
  const widths: number[] = weeks.map(() => room / Math.max(1, count));
  const scaledRoom = room - OPEN_SHARE * (count - scaled);
  if (scaled > 0 && scaledRoom >= MIN_SHARE * scaled) {
    const isPinned = weeks.map(() => false);
    // Pin the too-narrow ones to the minimum, then share the rest again.
    for (let round = 0; round < count; round += 1) {
      const free = weeks.filter(
        (value, index) => value !== null && !isPinned[index],
      ) as number[];
      const freeWeeks = free.reduce((sum, value) => sum + value, 0);
      const freeRoom =
        scaledRoom - MIN_SHARE * isPinned.filter((pinned) => pinned).length;
      let pinnedNow = false;
      weeks.forEach((value, index) => {
        if (value === null) {
          widths[index] = OPEN_SHARE;
        } else if (isPinned[index]) {
          widths[index] = MIN_SHARE;
        } else {
          widths[index] = (value / freeWeeks) * freeRoom;
          if (widths[index] < MIN_SHARE) {
            isPinned[index] = true;
            pinnedNow = true;
          }
        }
      });
      if (!pinnedNow) break;
    }
  }
  let x = 0;
  return widths.map((width) => {
    const box = { x, width };
    x += width + GAP_SHARE;
    return box;
  });
}

/** The step a phase ends with, e.g. `end-of-induction-tests`. */
function endMilestone(phase: Phase, steps: readonly Step[]) {
  return steps.find((step) => step.id.startsWith(`end-of-${phase.id}`));
}

/** Where the reader is: "you are here" first, else the start date. */
function findCurrent(
  main: readonly Phase[],
  input: RibbonInput,
  estimates: ReturnType<typeof estimatePhases> | null,
): Pick<RibbonCurrent, 'phaseId' | 'source'> | null {
  const here = input.steps.find((step) => step.id === input.hereStepId);
  if (here) return { phaseId: here.phaseId, source: 'here' };
  if (!input.startDate || !estimates) return null;
  const firstTreatment = main.findIndex((phase) => phase.kind === 'treatment');
  if (input.today < input.startDate) {
    const before = main[firstTreatment - 1];
    return before ? { phaseId: before.id, source: 'dates' } : null;
  }
  for (const phase of main.slice(firstTreatment)) {
    const estimate = estimates.get(phase.id);
    // Past a phase without numbers, the dates cannot tell where you are.
    if (estimate?.kind !== 'range') return null;
    if (input.today < estimate.endTo) {
      return { phaseId: phase.id, source: 'dates' };
    }
  }
  return null;
}

/** Everything the ribbon shows, from the content model and the reader. */
export function buildRibbon(input: RibbonInput): Ribbon {
  const { audience, startDate, today } = input;
  const main = ribbonPhases(input.phases);
  const steps = input.steps.filter(
    (step) => step.audience === 'both' || step.audience === audience,
  );
  const estimates = startDate
    ? estimatePhases(input.phases, startDate, audience)
    : null;
  const weeks = main.map((phase) => typicalWeeks(phase, audience));
  const boxes = layOut(weeks);
  const found = findCurrent(main, input, estimates);
  const currentIndex = main.findIndex((phase) => phase.id === found?.phaseId);

  // A phase starts when the one before it ends, as far as that is known.
  let start: DateSpan | null = null;
  const segments: RibbonSegment[] = main.map((phase, index) => {
    const estimate = estimates?.get(phase.id);
    const range = estimate?.kind === 'range' ? estimate : null;
    if (range) start = { from: range.startFrom, to: range.startTo };
    let status: RibbonSegment['status'] = 'unknown';
    if (currentIndex >= 0) {
      status =
        index < currentIndex
          ? 'past'
          : index === currentIndex
            ? 'current'
            : 'future';
    }
    const segment: RibbonSegment = {
      phase,
      weeks: weeks[index] ?? null,
      ...boxes[index]!,
      start: phase.kind === 'before' ? null : start,
      end: range ? { from: range.endFrom, to: range.endTo } : null,
      status,
    };
    start = segment.end;
    return segment;
  });

  let current: RibbonCurrent | null = null;
  let todayAt: number | null = null;
  if (found) {
    current = { ...found, progress: null, fraction: null };
    const segment = segments[currentIndex];
    const { min, max, unit } = segment?.phase.duration[audience] ?? {};
    const start = segment?.start;
    // Counting needs a known first day: the reader's own start date.
    if (
      segment?.weeks &&
      start &&
      start.from === start.to &&
      today >= start.from &&
      min !== undefined &&
      max !== undefined &&
      unit
    ) {
      const count = countSince(start.from, today, unit);
      current.progress = { unit, count, min, max, isOver: count > max };
      current.fraction = Math.min(
        1,
        daysBetween(start.from, today) / (segment.weeks * 7),
      );
      todayAt = segment.x + segment.width * current.fraction;
    }
  }

  return {
    segments,
    current,
    next: findNext(segments, currentIndex, input, steps),
    todayAt,
  };
}

/**
 * The next milestone: the step that ends the current phase (when the
 * reader is not past it), else the first step of the next phase.
 */
function findNext(
  segments: readonly RibbonSegment[],
  currentIndex: number,
  input: RibbonInput,
  steps: readonly Step[],
): RibbonNext | null {
  const segment = segments[currentIndex];
  if (!segment) return null;
  const phase = segment.phase;
  const ending = endMilestone(phase, steps);
  const position = (id: string | null) =>
    steps.findIndex((step) => step.id === id);
  const hereAt = position(input.hereStepId);
  const endAround = segment.end
    ? ({ kind: 'around', span: segment.end } as const)
    : null;
  if (ending && (hereAt < 0 || hereAt < position(ending.id))) {
    return { step: ending, when: endAround };
  }
  const following = segments[currentIndex + 1]?.phase;
  const first = following
    ? steps.find((step) => step.phaseId === following.id)
    : undefined;
  if (!first) return null;
  if (
    phase.kind === 'before' &&
    input.startDate &&
    input.startDate >= input.today
  ) {
    return { step: first, when: { kind: 'on', date: input.startDate } };
  }
  return { step: first, when: endAround };
}
