import { expect, test } from 'vitest';
import {
  restorePersistedState,
  STORAGE_KEY,
  STORE_VERSION,
  useJourneyStore,
} from './journey-store.ts';

test('visiting a step records it once and remembers it as the last step', () => {
  const { markStepVisited } = useJourneyStore.getState();
  markStepVisited('a');
  markStepVisited('b');
  markStepVisited('a');
  expect(useJourneyStore.getState().visitedStepIds).toEqual(['a', 'b']);
  expect(useJourneyStore.getState().lastStepId).toBe('a');
});

test('progress is saved to this device under a versioned key', () => {
  useJourneyStore.getState().markStepVisited('a');
  const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
  expect(saved.version).toBe(STORE_VERSION);
  expect(saved.state.visitedStepIds).toEqual(['a']);
  expect(saved.state).not.toHaveProperty('markStepVisited');
});

test('resetting progress keeps reading preferences', () => {
  const state = useJourneyStore.getState();
  state.markStepVisited('a');
  state.setTextSize('larger');
  state.resetProgress();
  expect(useJourneyStore.getState()).toMatchObject({
    visitedStepIds: [],
    lastStepId: null,
    textSize: 'larger',
  });
});

test('corrupt saved values fall back one by one, keeping what is still good', () => {
  expect(
    restorePersistedState({
      visitedStepIds: ['a', 7, 'a', null, 'b'],
      lastStepId: 42,
      textSize: 'huge',
      motion: 'reduce',
      audience: 'child',
    }),
  ).toEqual({
    visitedStepIds: ['a', 'b'],
    lastStepId: null,
    textSize: 'normal',
    motion: 'reduce',
    audience: 'child',
  });
});

test.each([null, undefined, 'text', 12, []])(
  'saved data of the wrong shape (%s) restores the defaults',
  (saved) => {
    expect(restorePersistedState(saved)).toEqual({
      visitedStepIds: [],
      lastStepId: null,
      textSize: 'normal',
      motion: 'system',
      audience: 'adult',
    });
  },
);

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

test('saved data that is not JSON leaves the app working with defaults', async () => {
  localStorage.setItem(STORAGE_KEY, '{not json');
  await useJourneyStore.persist.rehydrate();
  expect(useJourneyStore.getState().visitedStepIds).toEqual([]);
});

test('a browser that refuses storage does not break recording progress', () => {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = () => {
    throw new DOMException('quota', 'QuotaExceededError');
  };
  try {
    useJourneyStore.getState().markStepVisited('a');
    expect(useJourneyStore.getState().visitedStepIds).toEqual(['a']);
  } finally {
    Storage.prototype.setItem = setItem;
  }
});
