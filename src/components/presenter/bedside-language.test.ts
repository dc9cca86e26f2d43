import { expect, test } from 'vitest';
import { getLocales } from '#src/content/journey-data.ts';
import { currentLocale } from '#src/content/i18n.ts';
import { bedsideLanguageHref } from './bedside-language.ts';

const other = getLocales().find(
  (locale) => locale.code !== currentLocale.code,
)!;

test("bedside setup moves to the unit's language, keeping the situation and marking the move", () => {
  const href = bedsideLanguageHref(
    other.code,
    '/present/tests-at-diagnosis',
    new URLSearchParams('who=child'),
  );
  expect(href).toBe(
    `/${other.code}/present/tests-at-diagnosis?who=child&lang=${other.code}`,
  );
});

test('bedside setup stays put when the language was chosen, is already the unit’s, or the unit set none', () => {
  const path = '/present/tests-at-diagnosis';
  expect(
    bedsideLanguageHref(other.code, path, new URLSearchParams('lang=en')),
  ).toBeUndefined();
  expect(
    bedsideLanguageHref(currentLocale.code, path, new URLSearchParams()),
  ).toBeUndefined();
  expect(bedsideLanguageHref(undefined, path, new URLSearchParams())).toBe(
    undefined,
  );
  expect(
    bedsideLanguageHref('xx', path, new URLSearchParams()),
  ).toBeUndefined();
});
