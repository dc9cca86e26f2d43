import { expect, test } from 'vitest';
import { restorePersistedState } from './persisted-state.ts';

const DEFAULTS = {
  visitedStepIds: [],
  lastStepId: null,
  textSize: 'normal',
  motion: 'system',
  isSituationOffered: false,
  situation: { stage: null, who: null, ph: null, transplant: null },
  hereStepId: null,
  startDate: null,
  notes: {},
  tickedQuestionIds: [],
  ownQuestions: [],
  teachingRecords: [],
};

test('corrupt saved values fall back one by one, keeping what is still good', () => {
  expect(
    restorePersistedState({
      visitedStepIds: ['a', 7, 'a', null, 'b'],
      lastStepId: 42,
      textSize: 'huge',
      motion: 'reduce',
      situation: { stage: 'in-remission', who: 'martian', ph: 'yes' },
      notes: { a: 'kept', b: 3 },
      startDate: 'yesterday',
    }),
  ).toEqual({
    ...DEFAULTS,
    visitedStepIds: ['a', 'b'],
    motion: 'reduce',
    situation: {
      stage: 'in-remission',
      who: null,
      ph: 'yes',
      transplant: null,
    },
    notes: { a: 'kept' },
  });
});

test.each([null, undefined, 'text', 12, []])(
  'saved data of the wrong shape (%s) restores the defaults',
  (saved) => {
    expect(restorePersistedState(saved)).toEqual(DEFAULTS);
  },
);

test('damaged teaching records drop one by one; ids must be text', () => {
  expect(
    restorePersistedState({
      teachingRecords: [
        { date: '2026-03-02', taught: ['a', 3, 'a'], review: 'b' },
        { date: 'March 3rd', taught: ['c'], review: [] },
        { taught: ['d'], review: [] },
        'not a record',
        null,
        { date: '2026-03-04', review: ['e', {}] },
      ],
    }).teachingRecords,
  ).toEqual([
    { date: '2026-03-02', taught: ['a'], review: [] },
    { date: '2026-03-04', taught: [], review: ['e'] },
  ]);
});

test.each([undefined, null, 'records', { date: '2026-03-02' }])(
  'teaching records of the wrong shape (%s) restore as none',
  (teachingRecords) => {
    expect(restorePersistedState({ teachingRecords }).teachingRecords).toEqual(
      [],
    );
  },
);
