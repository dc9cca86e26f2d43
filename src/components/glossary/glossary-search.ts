import type { GlossaryTerm } from '#src/content/schema.ts';
import { compareText, toSearchText } from '#src/content/i18n.ts';

/**
 * Queries this short are usually an abbreviation ("LLA", "ERM") or the
 * first letters of a word; inside other words they match by chance.
 */
const SHORT_QUERY_LENGTH = 3;

/** Lower is better; names and aliases always rank above definitions. */
const RANK = {
  sameName: 0,
  nameStart: 1,
  nameWordStart: 2,
  insideName: 3,
  definitionWord: 4,
  insideDefinition: 5,
} as const;

const LAST_NAME_RANK = RANK.insideName;

export type GlossaryResults = {
  /** Terms whose name or an alias matches, best first. */
  byName: GlossaryTerm[];
  /** Terms whose definition alone matches, best first. */
  byDefinition: GlossaryTerm[];
};

const isWordCharacter = (character: string | undefined) =>
  character !== undefined && /[\p{L}\p{N}]/u.test(character);

type Occurrence = { at: number; startsWord: boolean; endsWord: boolean };

function* occurrences(text: string, needle: string) {
  for (
    let at = text.indexOf(needle);
    at !== -1;
    at = text.indexOf(needle, at + 1)
  ) {
    yield {
      at,
      startsWord: !isWordCharacter(text[at - 1]),
      endsWord: !isWordCharacter(text[at + needle.length]),
    } satisfies Occurrence;
  }
}

function rankName(name: string, needle: string, isShort: boolean) {
  if (name === needle) return RANK.sameName;
  let best: number | undefined;
  for (const { at, startsWord } of occurrences(name, needle)) {
    const rank =
      at === 0
        ? RANK.nameStart
        : startsWord
          ? RANK.nameWordStart
          : isShort
            ? undefined
            : RANK.insideName;
    if (rank !== undefined && (best === undefined || rank < best)) best = rank;
  }
  return best;
}

function rankDefinition(definition: string, needle: string, isShort: boolean) {
  let best: number | undefined;
  for (const { startsWord, endsWord } of occurrences(definition, needle)) {
    // A short query in running text must be a whole word: Spanish "LLA"
    // is not "llamada", "ERM" is not "terminado".
    if (isShort && !(startsWord && endsWord)) continue;
    const rank = startsWord ? RANK.definitionWord : RANK.insideDefinition;
    if (best === undefined || rank < best) best = rank;
  }
  return best;
}

/** How well a term matches a normalised query, or undefined for no match. */
function rankTerm(term: GlossaryTerm, needle: string) {
  const isShort = [...needle].length <= SHORT_QUERY_LENGTH;
  const nameRanks = [term.term, ...term.alsoCalled]
    .map((name) => rankName(toSearchText(name), needle, isShort))
    .filter((rank) => rank !== undefined);
  if (nameRanks.length > 0) return Math.min(...nameRanks);
  return rankDefinition(toSearchText(term.definition), needle, isShort);
}

/**
 * Glossary search, accent-insensitive: terms whose name or alias matches
 * come first (the same name, then names that start with the query, then
 * any word of the name), then terms found only in their definition. A
 * query of up to three letters matches only at the start of a word in
 * names and only whole words in definitions. Ties keep A–Z order.
 */
export function searchGlossary(
  terms: readonly GlossaryTerm[],
  query: string,
): GlossaryResults {
  const needle = toSearchText(query.trim().replace(/\s+/g, ' '));
  if (!needle) return { byName: [...terms], byDefinition: [] };
  const ranked = terms
    .map((term) => ({ term, rank: rankTerm(term, needle) }))
    .filter(
      (hit): hit is { term: GlossaryTerm; rank: number } =>
        hit.rank !== undefined,
    )
    .sort((a, b) => a.rank - b.rank || compareText(a.term.term, b.term.term));
  return {
    byName: ranked
      .filter((hit) => hit.rank <= LAST_NAME_RANK)
      .map((hit) => hit.term),
    byDefinition: ranked
      .filter((hit) => hit.rank > LAST_NAME_RANK)
      .map((hit) => hit.term),
  };
}
