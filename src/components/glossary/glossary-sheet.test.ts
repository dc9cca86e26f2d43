import { expect, test } from 'vitest';
import { placeSheet } from './glossary-sheet.tsx';

const SCREEN = 740;
const lineAt = (top: number) => new DOMRect(20, top, 80, 26);

/** The band of the screen the sheet may take, from top to bottom. */
function band(top: number) {
  const place = placeSheet(lineAt(top), SCREEN);
  return place.side === 'below'
    ? { top: place.offset, bottom: place.offset + place.room }
    : {
        top: SCREEN - place.offset - place.room,
        bottom: SCREEN - place.offset,
      };
}

test('the definition sheet opens below a term in the top half of the screen', () => {
  expect(placeSheet(lineAt(100), SCREEN).side).toBe('below');
});

test('the definition sheet opens above a term in the bottom half of the screen', () => {
  expect(placeSheet(lineAt(600), SCREEN).side).toBe('above');
});

test.each([0, 100, 350, 360, 380, 600, 714])(
  'the sheet stays on screen and clear of a term whose line starts at %i px',
  (top) => {
    const term = lineAt(top);
    const { top: sheetTop, bottom: sheetBottom } = band(top);
    expect(sheetTop).toBeGreaterThanOrEqual(0);
    expect(sheetBottom).toBeLessThanOrEqual(SCREEN);
    expect(sheetBottom <= term.top || sheetTop >= term.bottom).toBe(true);
  },
);

test('on a screen too short for room beside the term, it docks at the bottom', () => {
  const place = placeSheet(new DOMRect(20, 150, 80, 26), 320);
  expect(place).toEqual({ side: 'above', offset: 8, room: 304 });
});

test.each([-200, 900])(
  'a term the turned screen left behind (line at %i px) gets a sheet docked on the screen',
  (top) => {
    const { top: sheetTop, bottom: sheetBottom } = band(top);
    expect(sheetTop).toBeGreaterThanOrEqual(0);
    expect(sheetBottom).toBeLessThanOrEqual(SCREEN);
  },
);
