import { expect, test } from 'vitest';
import v1Fixture from '#tests/fixtures/journey-store-v1.json';
import {
  BACKUP_KEY_PREFIX,
  STORAGE_KEY,
  STORE_VERSION,
  type MyJourney,
} from './persisted-state.ts';
import { mergeJourneys } from './my-journey-merge.ts';
import { saveTeachingRecord } from './teaching-record.ts';
import {
  addOwnQuestion,
  forgetDevice,
  getMyJourney,
  importJourney,
  markStepVisited,
  resetProgress,
  setHereStepId,
  setNote,
  setSituation,
  setStartDate,
  setTextSize,
  toggleQuestion,
  useJourneyStore,
} from './journey-store.ts';

test('visiting a step records it once and remembers it as the last step', () => {
  markStepVisited('a');
  markStepVisited('b');
  markStepVisited('a');
  expect(useJourneyStore.getState().visitedStepIds).toEqual(['a', 'b']);
  expect(useJourneyStore.getState().lastStepId).toBe('a');
});

test('progress is saved to this device under a versioned key', () => {
  markStepVisited('a');
  const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
  expect(saved.version).toBe(STORE_VERSION);
  expect(saved.state.visitedStepIds).toEqual(['a']);
  expect(saved.state).not.toHaveProperty('markStepVisited');
});

test('resetting progress keeps reading preferences', () => {
  markStepVisited('a');
  setTextSize('larger');
  resetProgress();
  expect(useJourneyStore.getState()).toMatchObject({
    visitedStepIds: [],
    lastStepId: null,
    textSize: 'larger',
  });
});

test('saved data from an unknown older version is migrated, not dropped', async () => {
  localStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({
      version: 0,
      state: { visitedStepIds: ['a'], lastStepId: 'a' },
    }),
  );
  await useJourneyStore.persist.rehydrate();
  expect(useJourneyStore.getState().visitedStepIds).toEqual(['a']);
  expect(useJourneyStore.getState().lastStepId).toBe('a');
});

test('saved data that is not JSON is kept aside under a backup key and reported', async () => {
  localStorage.setItem(STORAGE_KEY, '{not json');
  await useJourneyStore.persist.rehydrate();
  await Promise.resolve();
  expect(useJourneyStore.getState().visitedStepIds).toEqual([]);
  expect(useJourneyStore.getState().hasUnreadableBackup).toBe(true);
  const backupKeys = Object.keys(localStorage).filter((key) =>
    key.startsWith(BACKUP_KEY_PREFIX),
  );
  expect(backupKeys).toHaveLength(1);
  expect(localStorage.getItem(backupKeys[0]!)).toBe('{not json');
  await useJourneyStore.persist.rehydrate();
  expect(
    Object.keys(localStorage).filter((key) =>
      key.startsWith(BACKUP_KEY_PREFIX),
    ),
  ).toHaveLength(1);
});

test('a browser that refuses storage does not break recording progress', () => {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = () => {
    throw new DOMException('quota', 'QuotaExceededError');
  };
  try {
    markStepVisited('a');
    expect(useJourneyStore.getState().visitedStepIds).toEqual(['a']);
  } finally {
    Storage.prototype.setItem = setItem;
  }
});

test('saved data of version 1 migrates to version 2 without losing anything', async () => {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(v1Fixture));
  await useJourneyStore.persist.rehydrate();
  const state = useJourneyStore.getState();
  expect(state.visitedStepIds).toEqual(v1Fixture.state.visitedStepIds);
  expect(state.lastStepId).toBe(v1Fixture.state.lastStepId);
  expect(state.textSize).toBe(v1Fixture.state.textSize);
  expect(state.motion).toBe(v1Fixture.state.motion);
  // v1's wording choice becomes "who is being treated".
  expect(state.situation.who).toBe(v1Fixture.state.audience);
  const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
  expect(saved.version).toBe(2);
});

test('notes, ticks, own questions and "you are here" are saved on the device', () => {
  setNote('a', '<b>not bold</b>');
  toggleQuestion('q1');
  addOwnQuestion('  When can we go home?  ');
  setHereStepId('a');
  setStartDate('2026-01-05');
  const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state;
  expect(saved.notes).toEqual({ a: '<b>not bold</b>' });
  expect(saved.tickedQuestionIds).toEqual(['q1']);
  expect(saved.ownQuestions.map((q: { text: string }) => q.text)).toEqual([
    'When can we go home?',
  ]);
  expect(saved.hereStepId).toBe('a');
  expect(saved.startDate).toBe('2026-01-05');
  expect(saved).not.toHaveProperty('storageStatus');
});

const FILE: MyJourney = {
  situation: {
    stage: 'in-remission',
    who: 'adult',
    ph: 'no',
    transplant: null,
  },
  hereStepId: 'b',
  startDate: '2026-02-01',
  notes: { a: 'from the file', c: 'only in the file' },
  tickedQuestionIds: ['q2'],
  ownQuestions: [
    { id: 'f1', text: 'Shared question' },
    { id: 'f2', text: 'File question' },
  ],
  visitedStepIds: ['c'],
  teachingRecords: [
    { date: '2026-03-02', taught: ['t1'], review: ['t2'] },
    { date: '2026-03-04', taught: ['t5'], review: [] },
  ],
};

function seedDevice() {
  setSituation({ stage: 'newly-diagnosed' });
  setNote('a', 'from the device');
  toggleQuestion('q1');
  addOwnQuestion('Shared question');
  markStepVisited('a');
  saveTeachingRecord(
    { taught: ['t2', 't3'], review: [] },
    new Date('2026-03-02T12:00'),
  );
}

test('importing with replace puts the file in place of the device data', () => {
  seedDevice();
  importJourney(FILE);
  expect(getMyJourney()).toEqual(FILE);
});

test('importing with merge keeps both and never drops a note', () => {
  seedDevice();
  importJourney(mergeJourneys(getMyJourney(), FILE));
  const merged = getMyJourney();
  expect(merged.situation).toEqual({
    stage: 'newly-diagnosed',
    who: 'adult',
    ph: 'no',
    transplant: null,
  });
  expect(merged.notes.a).toContain('from the device');
  expect(merged.notes.a).toContain('from the file');
  expect(merged.notes.c).toBe('only in the file');
  expect(merged.tickedQuestionIds).toEqual(['q1', 'q2']);
  expect(merged.ownQuestions.map((q) => q.text)).toEqual([
    'Shared question',
    'File question',
  ]);
  expect(merged.visitedStepIds).toEqual(['a', 'c']);
  expect(merged.hereStepId).toBe('b');
  // One record a day; flagged on either side stays flagged.
  expect(merged.teachingRecords).toEqual([
    { date: '2026-03-02', taught: ['t3', 't1'], review: ['t2'] },
    { date: '2026-03-04', taught: ['t5'], review: [] },
  ]);
});

test('forgetting the device erases personal data and backups', () => {
  seedDevice();
  localStorage.setItem(`${BACKUP_KEY_PREFIX}old`, 'x');
  forgetDevice();
  expect(getMyJourney()).toEqual(
    expect.objectContaining({
      notes: {},
      tickedQuestionIds: [],
      ownQuestions: [],
      teachingRecords: [],
    }),
  );
  const left = Object.keys(localStorage).filter((key) =>
    key.startsWith(BACKUP_KEY_PREFIX),
  );
  expect(left).toEqual([]);
  const saved = localStorage.getItem(STORAGE_KEY);
  expect(saved ?? '').not.toContain('from the device');
});

test('a full storage keeps the typed note in memory and reports it', async () => {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = () => {
    throw new DOMException('quota', 'QuotaExceededError');
  };
  try {
    setNote('a', 'typed while full');
    await Promise.resolve();
    await Promise.resolve();
    expect(useJourneyStore.getState().notes.a).toBe('typed while full');
    expect(useJourneyStore.getState().storageStatus).toBe('full');
  } finally {
    Storage.prototype.setItem = setItem;
  }
  setNote('a', 'typed after');
  await Promise.resolve();
  await Promise.resolve();
  expect(useJourneyStore.getState().storageStatus).toBe('ok');
});

test('version 1 adult wording stays adult and still offers the situation picker', async () => {
  localStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({
      ...v1Fixture,
      state: { ...v1Fixture.state, audience: 'adult' },
    }),
  );
  await useJourneyStore.persist.rehydrate();
  const state = useJourneyStore.getState();
  expect(state.situation.who).toBeNull();
  expect(state.isSituationOffered).toBe(false);
  expect(state.visitedStepIds).toEqual(v1Fixture.state.visitedStepIds);
});
