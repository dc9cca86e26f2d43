import { expect, test } from 'vitest';
import { readJourneyFile, toJourneyFile } from './journey-file.ts';
import type { MyJourney } from './journey-store.ts';

const JOURNEY: MyJourney = {
  situation: { stage: null, who: 'child', ph: 'not-sure', transplant: 'no' },
  hereStepId: 'a',
  startDate: '2026-03-01',
  notes: { a: 'note' },
  tickedQuestionIds: ['q'],
  ownQuestions: [{ id: 'x', text: 'mine' }],
  visitedStepIds: ['a'],
};

test('an exported file reads back as the same journey', () => {
  const text = JSON.stringify(toJourneyFile(JOURNEY));
  expect(readJourneyFile(text)).toEqual({ ok: true, journey: JOURNEY });
});

test.each([
  ['not JSON', '{oops'],
  ['another kind of file', JSON.stringify({ hello: 'world' })],
  [
    'a damaged journey',
    JSON.stringify({
      ...toJourneyFile(JOURNEY),
      journey: { ...JOURNEY, notes: { a: 5 } },
    }),
  ],
])('%s is refused with a reason', (_label, text) => {
  const result = readJourneyFile(text);
  expect(result.ok).toBe(false);
  expect(result.ok ? '' : result.reason).toMatch(/not a "my journey" file/);
});
