import { expect, test } from 'vitest';
import { journey } from '#src/content/journey.ts';
import type { Phase } from '#src/content/schema.ts';
import { addToDate, estimatePhases } from './estimates.ts';
import { countSince, formatMonthSpan } from './ribbon-dates.ts';
import {
  buildRibbon,
  GAP_SHARE,
  layOut,
  MIN_SHARE,
  OPEN_SHARE,
  ribbonPhases,
  typicalWeeks,
} from './ribbon.ts';

const START = '2026-01-05';
const main = ribbonPhases(journey.phases);
const [induction] = journey.phases.filter(
  (phase) => phase.kind === 'treatment',
);
const before = main[main.indexOf(induction!) - 1]!;
const inductionSteps = journey.steps.filter(
  (step) => step.phaseId === induction!.id,
);

function ribbonOn(
  today: string,
  options: { hereStepId?: string | null; startDate?: string | null } = {},
) {
  return buildRibbon({
    phases: journey.phases,
    steps: journey.steps,
    audience: 'adult',
    startDate: options.startDate === undefined ? START : options.startDate,
    hereStepId: options.hereStepId ?? null,
    today,
  });
}

function withDuration(phase: Phase, weeks: number): Phase {
  const duration = {
    label: 'x',
    min: weeks,
    max: weeks,
    unit: 'weeks' as const,
  };
  return {
    ...phase,
    duration: { adult: duration, child: duration, neutral: duration },
  };
}

test('the ribbon draws the main phases in order, never the side paths', () => {
  const ids = ribbonOn(START).segments.map((segment) => segment.phase.id);
  expect(ids).toEqual(main.map((phase) => phase.id));
  expect(main.some((phase) => phase.kind === 'branch')).toBe(false);
  expect(main.length).toBeLessThan(journey.phases.length);
});

test('typical lengths are the middle of each range, in weeks', () => {
  const daysPer = { days: 1, weeks: 7, months: 365.25 / 12, years: 365.25 };
  for (const phase of main) {
    const { min, max, unit } = phase.duration.adult;
    const weeks = typicalWeeks(phase, 'adult');
    if (min === undefined || max === undefined || !unit) {
      expect(weeks).toBeNull();
    } else {
      expect(weeks! * 7).toBeCloseTo(((min + max) / 2) * daysPer[unit], 6);
    }
  }
});

test('longer phases are drawn wider: maintenance beside induction', () => {
  const segments = ribbonOn(START).segments;
  const scaled = segments.filter((segment) => segment.weeks !== null);
  expect(scaled.length).toBeGreaterThanOrEqual(2);
  const longest = scaled.reduce((a, b) => (b.weeks! > a.weeks! ? b : a));
  const shortest = scaled.reduce((a, b) => (b.weeks! < a.weeks! ? b : a));
  expect(longest.width).toBeGreaterThan(shortest.width * 4);
  for (const segment of scaled) {
    expect(segment.width).toBeGreaterThanOrEqual(MIN_SHARE);
  }
});

test('phases without numbers get one modest width and the drawing fills the row', () => {
  const segments = ribbonOn(START).segments;
  for (const segment of segments.filter((item) => item.weeks === null)) {
    expect(segment.width).toBe(OPEN_SHARE);
  }
  const last = segments.at(-1)!;
  expect(last.x + last.width).toBeCloseTo(100, 6);
  segments.slice(1).forEach((segment, index) => {
    const previous = segments[index]!;
    expect(segment.x).toBeCloseTo(previous.x + previous.width + GAP_SHARE, 6);
  });
});

test('widths are in proportion to typical length where no minimum applies', () => {
  const [first, second] = main.filter(
    (phase) => typicalWeeks(phase, 'adult') !== null,
  );
  const phases = journey.phases.map((phase) =>
    phase === first
      ? withDuration(phase, 10)
      : phase === second
        ? withDuration(phase, 20)
        : phase,
  );
  const { segments } = buildRibbon({
    phases,
    steps: journey.steps,
    audience: 'adult',
    startDate: null,
    hereStepId: null,
    today: START,
  });
  const width = (id: string) =>
    segments.find((segment) => segment.phase.id === id)!.width;
  expect(width(second!.id) / width(first!.id)).toBeCloseTo(2, 6);
});

test('a phase too short to see is widened to the minimum and the rest shared out', () => {
  const boxes = layOut([null, 1, null, 1000, null]);
  expect(boxes[1]!.width).toBe(MIN_SHARE);
  expect(boxes[3]!.width).toBeCloseTo(
    100 - 4 * GAP_SHARE - 3 * OPEN_SHARE - MIN_SHARE,
    6,
  );
});

test('ten days after the start date, today is in week 2 of the first treatment phase', () => {
  const ribbon = ribbonOn('2026-01-15');
  const { min, max, unit } = induction!.duration.adult;
  expect(ribbon.current).toEqual({
    phaseId: induction!.id,
    source: 'dates',
    progress: { unit, count: 2, min, max, isOver: false },
    fraction: 10 / (typicalWeeks(induction!, 'adult')! * 7),
  });
  const statuses = ribbon.segments.map((segment) => segment.status);
  expect(statuses[main.indexOf(induction!)]).toBe('current');
  expect(statuses[main.indexOf(before)]).toBe('past');
  const segment = ribbon.segments[main.indexOf(induction!)]!;
  expect(ribbon.todayAt).toBeCloseTo(
    segment.x + segment.width * ribbon.current!.fraction!,
    6,
  );
});

test('in the first treatment phase, the next milestone is its end-of-phase step around the estimated end', () => {
  const ribbon = ribbonOn('2026-01-15');
  const ending = inductionSteps.find((step) =>
    step.id.startsWith(`end-of-${induction!.id}`),
  )!;
  const estimate = estimatePhases(journey.phases, START, 'adult').get(
    induction!.id,
  );
  expect(estimate?.kind).toBe('range');
  expect(ribbon.next?.step.id).toBe(ending.id);
  expect(ribbon.next?.when).toEqual({
    kind: 'around',
    span:
      estimate?.kind === 'range'
        ? { from: estimate.endFrom, to: estimate.endTo }
        : null,
  });
});

test('past the end-of-phase step, the next milestone is the next phase’s first step', () => {
  const ending = inductionSteps.findIndex((step) =>
    step.id.startsWith('end-of-'),
  );
  const later = inductionSteps[ending + 1] ?? inductionSteps[ending]!;
  const ribbon = ribbonOn('2026-01-15', { hereStepId: later.id });
  const following = main[main.indexOf(induction!) + 1]!;
  expect(ribbon.current?.source).toBe('here');
  expect(ribbon.next?.step).toBe(
    journey.steps.find((step) => step.phaseId === following.id),
  );
});

test('before the start date, the next milestone is the first treatment step on that date', () => {
  const ribbon = ribbonOn('2026-01-01');
  expect(ribbon.current?.phaseId).toBe(before.id);
  expect(ribbon.current?.progress).toBeNull();
  expect(ribbon.todayAt).toBeNull();
  expect(ribbon.next).toEqual({
    step: inductionSteps[0],
    when: { kind: 'on', date: START },
  });
});

test('each phase starts when the one before ends, until a phase without numbers', () => {
  const segments = ribbonOn('2026-01-15').segments;
  const estimates = estimatePhases(journey.phases, START, 'adult');
  const first = main.indexOf(induction!);
  expect(segments[first]!.start).toEqual({ from: START, to: START });
  segments.slice(first + 1).forEach((segment, index) => {
    const previous = estimates.get(segments[first + index]!.phase.id);
    expect(segment.start).toEqual(
      previous?.kind === 'range'
        ? { from: previous.endFrom, to: previous.endTo }
        : null,
    );
  });
  const open = segments.findIndex(
    (segment, index) => index > first && segment.weeks === null,
  );
  expect(segments[open]!.start).not.toBeNull();
  expect(segments[open]!.end).toBeNull();
  expect(segments[open + 1]!.start).toBeNull();
});

test('"you are here" wins over dates, and a count past the usual length says so', () => {
  const { max, unit } = induction!.duration.adult;
  const today = addToDate(START, max! + 3, unit!);
  const ribbon = ribbonOn(today, { hereStepId: inductionSteps[0]!.id });
  expect(ribbon.current?.phaseId).toBe(induction!.id);
  expect(ribbon.current?.progress).toMatchObject({
    count: max! + 4,
    isOver: true,
  });
  expect(ribbon.current?.fraction).toBe(1);
});

test('past the phases the dates can place, where you are is left unknown', () => {
  const ribbon = ribbonOn('2027-06-01');
  expect(ribbon.current).toBeNull();
  expect(ribbon.next).toBeNull();
  expect(ribbon.todayAt).toBeNull();
  expect(new Set(ribbon.segments.map((segment) => segment.status))).toEqual(
    new Set(['unknown']),
  );
});

test('without a start date the ribbon is still to scale, with no dates', () => {
  const ribbon = ribbonOn('2026-01-15', { startDate: null });
  expect(ribbon.current).toBeNull();
  expect(ribbon.segments.every((segment) => segment.start === null)).toBe(true);
  expect(ribbon.segments.map((segment) => segment.width)).toEqual(
    ribbonOn('2026-01-15').segments.map((segment) => segment.width),
  );
});

test('a child’s ribbon uses the child durations', () => {
  const ribbon = buildRibbon({
    phases: journey.phases,
    steps: journey.steps,
    audience: 'child',
    startDate: null,
    hereStepId: null,
    today: START,
  });
  for (const segment of ribbon.segments) {
    expect(segment.weeks).toBe(typicalWeeks(segment.phase, 'child'));
  }
});

test('counting starts at 1 and moves on each whole unit', () => {
  expect(countSince(START, START, 'weeks')).toBe(1);
  expect(countSince(START, '2026-01-11', 'weeks')).toBe(1);
  expect(countSince(START, '2026-01-12', 'weeks')).toBe(2);
  expect(countSince(START, '2026-02-04', 'months')).toBe(1);
  expect(countSince(START, '2026-02-05', 'months')).toBe(2);
  expect(countSince(START, '2027-01-05', 'years')).toBe(2);
});

test('estimated months read as one month, or a span, in each language', () => {
  expect(
    formatMonthSpan({ from: '2026-02-02', to: '2026-02-09' }, 'en-US'),
  ).toBe('February 2026');
  expect(
    formatMonthSpan({ from: '2026-02-02', to: '2026-02-09' }, 'es-US'),
  ).toBe('febrero de 2026');
  expect(
    formatMonthSpan({ from: '2026-01-30', to: '2026-02-06' }, 'en-US'),
  ).toMatch(/^January\s?–\s?February 2026$/);
});
