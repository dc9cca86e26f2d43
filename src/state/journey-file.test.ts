import { expect, test } from 'vitest';
import { readJourneyFile, toJourneyFile } from './journey-file.ts';
import type { MyJourney } from './persisted-state.ts';

const JOURNEY: MyJourney = {
  situation: { stage: null, who: 'child', ph: 'not-sure', transplant: 'no' },
  hereStepId: 'a',
  startDate: '2026-03-01',
  notes: { a: 'note' },
  tickedQuestionIds: ['q'],
  ownQuestions: [{ id: 'x', text: 'mine' }],
  visitedStepIds: ['a'],
  teachingRecords: [{ date: '2026-03-02', taught: ['a'], review: ['b'] }],
};

test('an exported file reads back as the same journey', () => {
  const text = JSON.stringify(toJourneyFile(JOURNEY));
  expect(readJourneyFile(text)).toEqual({ ok: true, journey: JOURNEY });
});

test('a file saved before teaching records existed reads with none', () => {
  const { teachingRecords: _dropped, ...older } = JOURNEY;
  const text = JSON.stringify({ ...toJourneyFile(JOURNEY), journey: older });
  expect(readJourneyFile(text)).toEqual({
    ok: true,
    journey: { ...JOURNEY, teachingRecords: [] },
  });
});

test.each([
  ['not JSON', '{oops', { ok: false, problem: 'unreadable' }],
  [
    'another kind of file',
    JSON.stringify({ hello: 'world' }),
    { ok: false, problem: 'invalid', path: 'kind' },
  ],
  [
    'a damaged journey',
    JSON.stringify({
      ...toJourneyFile(JOURNEY),
      journey: { ...JOURNEY, notes: { a: 5 } },
    }),
    { ok: false, problem: 'invalid', path: 'journey.notes.a' },
  ],
  [
    'a teaching record with a date that is not a date',
    JSON.stringify({
      ...toJourneyFile(JOURNEY),
      journey: {
        ...JOURNEY,
        teachingRecords: [{ date: 'today', taught: ['a'], review: [] }],
      },
    }),
    { ok: false, problem: 'invalid', path: 'journey.teachingRecords.0.date' },
  ],
])('%s is refused with a reason', (_label, text, expected) => {
  expect(readJourneyFile(text)).toEqual(expected);
});
