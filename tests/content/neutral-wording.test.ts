/**
 * The neutral wording is read by someone who has not said who is being
 * treated, so it may be a patient or a parent. It must say what the adult
 * and child wordings say (same terms explained, same numbers), addressed to
 * neither. Checked in every language; readability is checked with the
 * other wordings in readability.test.ts.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { validateLocalesAt } from '#src/build/content-plugin.ts';
import { textFor } from '#src/content/journey.ts';
import { listGlossaryMarks, parseBlocks } from '#src/content/markup.ts';
import type { Journey } from '#src/content/schema.ts';

const root = path.resolve(import.meta.dirname, '../..');
const result = validateLocalesAt(root);
const languages = result.ok ? result.value : [];

type Wordings = { adult: string; child: string; neutral: string };

/** Every text object with wordings by audience, with where it sits. */
function audienceTexts(value: unknown, where: string) {
  const found: { where: string; text: Wordings }[] = [];
  const visit = (item: unknown, at: string) => {
    if (Array.isArray(item)) {
      item.forEach((entry, index) => visit(entry, `${at}[${index}]`));
    } else if (item !== null && typeof item === 'object') {
      const { adult, child } = item as Record<string, unknown>;
      // Durations also come as { adult, child } pairs; only text counts here.
      if (typeof adult === 'string' && typeof child === 'string') {
        found.push({ where: at, text: item as Wordings });
        return;
      }
      for (const [key, entry] of Object.entries(item))
        visit(entry, `${at}.${key}`);
    }
  };
  visit(value, where);
  return found;
}

function textsOf(journey: Journey) {
  // Sources are shared across languages and hold no reader wording.
  return Object.entries({ ...journey, sources: [] }).flatMap(
    ([collection, items]) => audienceTexts(items, collection),
  );
}

const markIds = (text: string) =>
  new Set(listGlossaryMarks(text).map((mark) => mark.termId));

/** Numbers as written, so "6-MP", "1 to 2" and "50,000" all count. */
const numbersIn = (text: string) => new Set(text.match(/\d+(?:[.,]\d+)*/g));

const sorted = (set: Set<string>) => [...set].sort();

/**
 * Words that speak to a parent about their child, or to the patient about
 * their own illness or body. Either one tells a reader who has not said who
 * is treated something about themselves that may be wrong.
 */
const ADDRESSED: Record<string, { toParent: RegExp; toPatient: RegExp }> = {
  en: {
    toParent:
      /\b(your|my) (child|child's|son|daughter|kid|baby|teen)\b|\bchild's own\b/i,
    toPatient:
      /\b(you|I) (have|had) (ALL|leukemia|cancer)\b|\b(your|my) (own )?(ALL|leukemia|cancer|body|blood|bone marrow|spinal fluid|skin|mouth|teeth|lips|temperature|treatment|medicines|counts|risk group|immune system|tissue type|fertility|T cells|plan)\b/,
  },
  es: {
    toParent: /\b(tu|su|sus|tus|mi|mis) (hij[oa]s?|niñ[oa]s?|bebé)\b/i,
    toPatient:
      /\b(tengo|tiene usted|usted tiene) (LLA|leucemia|cáncer)\b|\b(mi|mis) (LLA|leucemia|cáncer|cuerpo|sangre|médula|tratamiento|medicamentos|plan)\b|\busted (tiene|recibe|toma) (LLA|leucemia|quimioterapia)\b/i,
  },
};

test('every language has neutral wording checks, and there is a translation', () => {
  expect(result.ok).toBe(true);
  expect(languages.length).toBeGreaterThan(1);
  for (const language of languages)
    expect(ADDRESSED[language.locale.code], language.locale.code).toBeDefined();
});

test('textFor gives the neutral wording when asked, and a shared text as it is', () => {
  const [english] = languages;
  const texts = textsOf(english!.bundle.journey);
  expect(texts.length).toBeGreaterThan(0);
  for (const { text } of texts) {
    expect(textFor(text, 'neutral')).toBe(text.neutral);
    expect(textFor(text, 'child')).toBe(text.child);
    expect(textFor(text, 'adult')).toBe(text.adult);
  }
  expect(textFor('Shared words.', 'neutral')).toBe('Shared words.');
});

test.each(languages.map((language) => [language.locale.code, language]))(
  '%s: the neutral wording explains the same glossary terms as the adult and child wordings',
  (_code, language) => {
    const wrong = textsOf(language.bundle.journey).flatMap(
      ({ where, text }) => {
        // Where the two differ in facts, neutral keeps both (and their terms).
        const expected = sorted(
          new Set([...markIds(text.adult), ...markIds(text.child)]),
        );
        const actual = sorted(markIds(text.neutral));
        return actual.join() === expected.join()
          ? []
          : [`${where}: ${actual.join()} instead of ${expected.join()}`];
      },
    );
    expect(wrong).toEqual([]);
  },
);

test.each(languages.map((language) => [language.locale.code, language]))(
  '%s: the neutral wording gives every number of the adult and child wordings, and no other',
  (_code, language) => {
    const wrong = textsOf(language.bundle.journey).flatMap(
      ({ where, text }) => {
        const expected = sorted(
          new Set([...numbersIn(text.adult), ...numbersIn(text.child)]),
        );
        const actual = sorted(numbersIn(text.neutral));
        return actual.join(' ') === expected.join(' ')
          ? []
          : [`${where}: ${actual.join(' ')} instead of ${expected.join(' ')}`];
      },
    );
    expect(wrong).toEqual([]);
  },
);

test.each(languages.map((language) => [language.locale.code, language]))(
  '%s: the neutral wording speaks to neither a parent nor a patient',
  (code, language) => {
    const { toParent, toPatient } = ADDRESSED[code]!;
    const texts = textsOf(language.bundle.journey);
    // The patterns must find the other wordings, or they prove nothing.
    expect(texts.some(({ text }) => toParent.test(text.child))).toBe(true);
    expect(texts.some(({ text }) => toPatient.test(text.adult))).toBe(true);
    const addressed = texts
      .filter(
        ({ text }) =>
          toParent.test(text.neutral) || toPatient.test(text.neutral),
      )
      .map(({ where, text }) => `${where}: ${text.neutral}`);
    expect(addressed).toEqual([]);
  },
);

test.each(languages.map((language) => [language.locale.code, language]))(
  '%s: the neutral wording keeps the lists of the adult and child wordings',
  (_code, language) => {
    // Lists in order, by their number of items; a paragraph that keeps an
    // adult-only or child-only fact apart may be added.
    const shape = (text: string) =>
      parseBlocks(text)
        .flatMap((block) => (block.kind === 'list' ? [block.items.length] : []))
        .join();
    const wrong = textsOf(language.bundle.journey)
      .filter(
        ({ text }) =>
          shape(text.adult) === shape(text.child) &&
          shape(text.neutral) !== shape(text.adult),
      )
      .map(({ where }) => where);
    expect(wrong).toEqual([]);
  },
);

test.each(languages.map((language) => [language.locale.code, language]))(
  '%s: a neutral phase length spans the adult and the child lengths',
  (_code, language) => {
    for (const phase of language.bundle.journey.phases) {
      const { adult, child, neutral } = phase.duration;
      for (const one of [adult, child]) {
        if (one.min === undefined || neutral.min === undefined) continue;
        expect(neutral.unit, phase.id).toBe(one.unit);
        expect(neutral.min, phase.id).toBeLessThanOrEqual(one.min);
        expect(neutral.max!, phase.id).toBeGreaterThanOrEqual(one.max!);
      }
      // A range for both audiences is a range for the neutral reader too.
      if (adult.min !== undefined && child.min !== undefined)
        expect(neutral.min, phase.id).toBeDefined();
    }
  },
);
