import path from 'node:path';
import { expect, test } from 'vitest';
import { validateLocalesAt } from '#src/build/content-plugin.ts';
import { digitsOf, readableDatesIn } from './readable-date.ts';

const root = path.resolve(import.meta.dirname, '../..');
const result = validateLocalesAt(root);
const languages = result.ok ? result.value : [];

test('the content loads', () => {
  expect(result.ok).toBe(true);
});

test('every reviewed and checked date is written for reading in each language', () => {
  for (const { locale, bundle } of languages) {
    const dates = [
      ...bundle.journey.steps.map((step) => step.reviewedAt),
      ...bundle.journey.careTopics.map((topic) => topic.reviewedAt),
      ...bundle.journey.sources.flatMap((source) =>
        source.accessedAt ? [source.accessedAt] : [],
      ),
    ];
    expect(dates.length, locale.code).toBeGreaterThan(0);
    for (const date of dates) {
      const written = bundle.dates?.[date];
      expect(written, `${locale.code} ${date}`).toBeTruthy();
      // Written out, not the stored form; the year stays as it is.
      expect(written, `${locale.code} ${date}`).not.toBe(date);
      expect(written).toContain(date.slice(0, 4));
    }
  }
});

test('a date is written out the way each language writes it', () => {
  const dates = readableDatesIn(
    { at: '2026-01-01', more: ['2026-12-31'] },
    'en-US',
  );
  expect(dates).toEqual({
    '2026-01-01': 'January 1, 2026',
    '2026-12-31': 'December 31, 2026',
  });
  expect(readableDatesIn({ at: '2026-01-01' }, 'es')['2026-01-01']).toBe(
    '1 de enero de 2026',
  );
});

test("a language's digits are the ones its numbers are written with", () => {
  expect(digitsOf('en-US')).toBe('0123456789');
  expect(digitsOf('es-US')).toBe('0123456789');
  const arabic = digitsOf('ar-EG');
  expect(arabic).toHaveLength(10);
  expect(arabic[7]).toBe(new Intl.NumberFormat('ar-EG').format(7));
  expect(arabic).not.toBe('0123456789');
});
