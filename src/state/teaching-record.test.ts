import { act, renderHook } from '@testing-library/react';
import { expect, test } from 'vitest';
import { STORAGE_KEY } from './persisted-state.ts';
import {
  addTeachingRecord,
  mergeTeachingRecords,
  saveTeachingRecord,
  useTeachingRecords,
} from './teaching-record.ts';

const DAY = '2026-03-02';

/** A moment of a day on the device's own clock. */
function at(date: string, time = '12:00') {
  return new Date(`${date}T${time}`);
}

test('saving the same recap twice on a day keeps one record', () => {
  const topics = { taught: ['a', 'b'], review: ['c'] };
  saveTeachingRecord(topics, at(DAY, '00:01'));
  // Late in the evening is still the same day on the device.
  saveTeachingRecord(topics, at(DAY, '23:59'));
  const record = { date: DAY, ...topics };
  const { result } = renderHook(() => useTeachingRecords());
  expect(result.current).toEqual([record]);
  const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
  expect(saved.state.teachingRecords).toEqual([record]);
});

test('a later save the same day adds topics and may clear a flag', () => {
  const first = addTeachingRecord([], {
    date: DAY,
    taught: ['a'],
    review: ['b', 'c'],
  });
  expect(
    addTeachingRecord(first, { date: DAY, taught: ['b', 'd'], review: ['a'] }),
  ).toEqual([{ date: DAY, taught: ['b', 'd'], review: ['c', 'a'] }]);
});

test('records of other days stay apart, oldest first in the store', () => {
  const records = addTeachingRecord(
    [{ date: '2026-03-05', taught: ['a'], review: [] }],
    { date: DAY, taught: ['a'], review: [] },
  );
  expect(records.map((record) => record.date)).toEqual([DAY, '2026-03-05']);
});

test('an imported day joins the same day; flagged on either side wins', () => {
  expect(
    mergeTeachingRecords(
      [{ date: DAY, taught: ['a', 'b'], review: ['d'] }],
      [
        { date: DAY, taught: ['c', 'd'], review: ['b'] },
        { date: '2026-01-01', taught: ['z'], review: [] },
      ],
    ),
  ).toEqual([
    { date: '2026-01-01', taught: ['z'], review: [] },
    { date: DAY, taught: ['a', 'c'], review: ['d', 'b'] },
  ]);
});

test('the records shown are newest first, without empty days', () => {
  saveTeachingRecord({ taught: ['a'], review: [] }, at('2026-01-01'));
  saveTeachingRecord({ taught: [], review: [] }, at('2026-02-01'));
  saveTeachingRecord({ taught: [], review: ['b'] }, at(DAY));
  const { result } = renderHook(() => useTeachingRecords());
  expect(result.current.map((record) => record.date)).toEqual([
    DAY,
    '2026-01-01',
  ]);
  act(() => saveTeachingRecord({ taught: ['b'], review: [] }, at(DAY)));
  expect(result.current[0]).toEqual({ date: DAY, taught: ['b'], review: [] });
});
