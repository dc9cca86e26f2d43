/**
 * Safety rules that depend on wording, checked in every translation (the
 * English is checked in content-rules.test.ts). The structure of each
 * translation is checked by the build itself (src/content/locales.ts).
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { validateLocalesAt } from '#src/build/content-plugin.ts';
import { mapReaderText } from '#src/content/locales.ts';
import { toPlainText } from '#src/content/markup.ts';
import type { AudienceText, Journey } from '#src/content/schema.ts';

const root = path.resolve(import.meta.dirname, '../..');
const result = validateLocalesAt(root);
const languages = result.ok ? result.value : [];
const [english, ...translations] = languages;

/** Every piece of reader text in the content, with where it sits. */
function readerTexts(journey: Journey) {
  const texts: string[] = [];
  // Sources are shared: the cited pages are English.
  mapReaderText({ ...journey, sources: [] }, (text) => {
    texts.push(text);
    return text;
  });
  return texts;
}

function wordings(text: AudienceText | undefined) {
  if (text === undefined) return [];
  return typeof text === 'string'
    ? [text]
    : [text.adult, text.child, text.neutral];
}

test('every language passes the build checks and there is at least one translation', () => {
  expect(result.ok).toBe(true);
  expect(translations.length).toBeGreaterThan(0);
});

/** The longest ending that every text shares. */
function commonEnding(texts: string[]) {
  let ending = texts[0] ?? '';
  for (const text of texts) {
    while (!text.trimEnd().endsWith(ending)) ending = ending.slice(1);
  }
  return ending;
}

test.each(languages.map((language) => [language.locale.code, language]))(
  '%s: every "when to call" section ends with the same closing words (use the number and temperature your team gives)',
  (_code, language) => {
    const sections = language.bundle.journey.steps.flatMap((step) =>
      wordings(step.sections.whenToCall),
    );
    expect(sections.length).toBeGreaterThan(0);
    expect(
      commonEnding(sections.map((text) => text.trimEnd())).length,
    ).toBeGreaterThanOrEqual(40);
  },
);

test.each(translations.map((language) => [language.locale.code, language]))(
  '%s: no text gives a single fever temperature',
  (_code, language) => {
    const name = (termId: string) => termId;
    const withThreshold = readerTexts(language.bundle.journey)
      .map((text) => toPlainText(text, name))
      .filter((text) => /\d\s*(°|º|degrees?\b|grados?\b)/i.test(text));
    expect(withThreshold).toEqual([]);
  },
);

test.each(translations.map((language) => [language.locale.code, language]))(
  '%s: an adult/child pair holds two different wordings',
  (_code, language) => {
    const same: string[] = [];
    for (const step of language.bundle.journey.steps) {
      for (const text of [
        step.title,
        step.summary,
        step.moreDetail,
        ...Object.values(step.sections),
      ]) {
        if (text && typeof text === 'object' && text.adult === text.child)
          same.push(step.id);
      }
    }
    expect(same).toEqual([]);
  },
);

test.each(translations.map((language) => [language.locale.code, language]))(
  '%s: no sentence of English reader text is left untranslated',
  (_code, language) => {
    const englishTexts = new Set(readerTexts(english!.bundle.journey));
    const untranslated = readerTexts(language.bundle.journey).filter(
      // Names (a test, a medicine) may be the same; sentences may not.
      (text) => englishTexts.has(text) && text.split(/\s+/).length > 3,
    );
    expect(untranslated).toEqual([]);
  },
);
