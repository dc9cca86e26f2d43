import path from 'node:path';
import { expect, test } from 'vitest';
import { validateLocalesAt } from '#src/build/content-plugin.ts';
import { journey } from '#src/content/journey.ts';
import type { GlossaryTerm } from '#src/content/schema.ts';
import { searchGlossary } from './glossary-search.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const languages = validateLocalesAt(root);
const spanish = languages.ok
  ? languages.value.find((language) => language.locale.code === 'es')!.bundle
      .journey.glossary
  : [];

const plainLower = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The query as a whole word of the text (accents and case ignored). */
const hasWord = (text: string, query: string) =>
  new RegExp(
    `(^|[^\\p{L}\\p{N}])${escape(plainLower(query))}($|[^\\p{L}\\p{N}])`,
    'u',
  ).test(plainLower(text));
/** A word of the text starts with the query. */
const hasWordStart = (text: string, query: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${escape(plainLower(query))}`, 'u').test(
    plainLower(text),
  );
const names = (term: GlossaryTerm) => [term.term, ...term.alsoCalled];
const ids = (terms: readonly GlossaryTerm[]) => terms.map((term) => term.id);

/** Terms that hold the query only inside other words (e.g. "llamada"). */
function insideWordOnly(terms: readonly GlossaryTerm[], query: string) {
  return terms.filter(
    (term) =>
      [...names(term), term.definition].some((text) =>
        plainLower(text).includes(plainLower(query)),
      ) &&
      !names(term).some((name) => hasWordStart(name, query)) &&
      !hasWord(term.definition, query),
  );
}

test('Spanish "LLA" finds the LLA entry first and never a word that merely contains it', () => {
  const query = 'LLA';
  const leukemia = spanish.find((term) => term.alsoCalled.includes(query))!;
  const { byName, byDefinition } = searchGlossary(spanish, query);
  expect(byName[0]?.id).toBe(leukemia.id);
  // The data has such words ("llamada", "rodilla"), so this can fail.
  const chance = insideWordOnly(spanish, query);
  expect(chance.length).toBeGreaterThan(0);
  expect([...ids(byName), ...ids(byDefinition)]).not.toEqual(
    expect.arrayContaining([chance[0]!.id]),
  );
  for (const term of byName)
    expect(names(term).some((name) => hasWordStart(name, query))).toBe(true);
  for (const term of byDefinition)
    expect(hasWord(term.definition, query)).toBe(true);
});

test('Spanish "ERM" does not match "terminado" or "enfermedad"', () => {
  const query = 'ERM';
  const chance = insideWordOnly(spanish, query);
  expect(chance.length).toBeGreaterThan(0);
  const { byName, byDefinition } = searchGlossary(spanish, query);
  const found = [...ids(byName), ...ids(byDefinition)];
  for (const term of chance) expect(found).not.toContain(term.id);
  expect(byName[0]?.alsoCalled).toContain(query);
});

test('a term found by its name or alias ranks above one that only mentions it', () => {
  const mentioned = journey.glossary.find(
    (term) =>
      term.alsoCalled.length > 0 &&
      journey.glossary.some(
        (other) =>
          other.id !== term.id &&
          hasWord(other.definition, term.alsoCalled[0]!) &&
          !names(other).some((name) => hasWordStart(name, term.alsoCalled[0]!)),
      ),
  )!;
  const query = mentioned.alsoCalled[0]!;
  const { byName, byDefinition } = searchGlossary(journey.glossary, query);
  expect(byName[0]?.id).toBe(mentioned.id);
  expect(byDefinition.length).toBeGreaterThan(0);
  expect(ids(byDefinition)).not.toContain(mentioned.id);
});

test('every term is the first result for its own name', () => {
  for (const term of journey.glossary) {
    expect(searchGlossary(journey.glossary, term.term).byName[0]?.id).toBe(
      term.id,
    );
  }
});

test('search ignores accents, so a phone keyboard without them still finds the term', () => {
  const accented = spanish.find(
    (term) => plainLower(term.term) !== term.term.toLowerCase(),
  )!;
  const { byName } = searchGlossary(spanish, plainLower(accented.term));
  expect(byName[0]?.id).toBe(accented.id);
});

test('a longer query also finds words that hold it inside', () => {
  const term = journey.glossary.find((item) => /\w{8,}/.test(item.term))!;
  const word = /\w{8,}/.exec(term.term)![0];
  const inside = word.slice(2, 7);
  expect(ids(searchGlossary(journey.glossary, inside).byName)).toContain(
    term.id,
  );
});

test('an empty query lists every term', () => {
  const { byName, byDefinition } = searchGlossary(journey.glossary, '  ');
  expect(byName).toHaveLength(journey.glossary.length);
  expect(byDefinition).toEqual([]);
});
