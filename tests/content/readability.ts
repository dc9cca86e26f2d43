/**
 * Readability helpers for the content checks: Flesch-Kincaid grade of the
 * plain-language layer of a step (title, summary and every section, adult,
 * child and neutral wording; never the optional moreDetail layer).
 *
 * Counting rules (kept simple and explainable to editors):
 * - Each line is its own sentence unit, so titles and bullet items count as
 *   sentences; inside a line, sentences end at . ! or ? followed by a space
 *   or the end of the line.
 * - A word is a run of letters or digits, which may be joined by ' ’ - or ::
 *   ("T-cell", "BCR::ABL1", "don't").
 * - Syllables come from the `syllable` package. Parts of a word joined by a
 *   hyphen are counted one by one. An all-capital abbreviation ("MRD", "TKI")
 *   is read letter by letter, so it counts one syllable per letter; a number
 *   counts one syllable per digit. Both rules err on the side of a harder
 *   score.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { toPlainText } from '#src/content/markup.ts';
import type {
  AudienceText,
  CareTopic,
  GlossaryTerm,
  Step,
  WarningSet,
} from '#src/content/schema.ts';

export type Counts = { sentence: number; word: number; syllable: number };

const WORD = /[\p{L}\p{N}]+(?:(?:['’-]|::)[\p{L}\p{N}]+)*/gu;

function syllablesOfPart(part: string) {
  if (/^\p{N}+$/u.test(part)) return part.length;
  if (part.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(part)) return part.length;
  return Math.max(1, syllable(part));
}

export function syllablesOfWord(word: string) {
  return word
    .split(/-|::/)
    .filter(Boolean)
    .reduce((total, part) => total + syllablesOfPart(part), 0);
}

/**
 * Counts sentences, words and syllables in plain text (marks already
 * removed); syllables are English unless another counter is given.
 */
export function countText(
  text: string,
  syllablesOf: (word: string) => number = syllablesOfWord,
): Counts {
  const counts: Counts = { sentence: 0, word: 0, syllable: 0 };
  for (const line of text.split('\n')) {
    for (const sentence of line.split(/[.!?]+(?=\s|$)/)) {
      const words = sentence.match(WORD) ?? [];
      if (words.length === 0) continue;
      counts.sentence += 1;
      counts.word += words.length;
      counts.syllable += words.reduce(
        (total, word) => total + syllablesOf(word),
        0,
      );
    }
  }
  return counts;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    sentence: a.sentence + b.sentence,
    word: a.word + b.word,
    syllable: a.syllable + b.syllable,
  };
}

export function gradeOf(counts: Counts) {
  return fleschKincaid(counts);
}

/** Every wording of a text field: adult, child, neutral (one, if shared). */
export function wordings(text: AudienceText | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string'
    ? [text]
    : [text.adult, text.child, text.neutral];
}

/** The plain layer of a step: title, summary and all sections, all wordings. */
export function plainLayerOf(step: Step): string[] {
  return [step.title, step.summary, ...Object.values(step.sections)].flatMap(
    (text) => wordings(text as AudienceText | undefined),
  );
}

export function termNamer(glossary: readonly GlossaryTerm[]) {
  const names = new Map(glossary.map((term) => [term.id, term.term]));
  return (termId: string) => names.get(termId) ?? termId;
}

/** Flesch-Kincaid grade of a step's plain layer, with the counts behind it. */
export function stepReadability(step: Step, glossary: readonly GlossaryTerm[]) {
  const name = termNamer(glossary);
  const counts = plainLayerOf(step)
    .map((text) => countText(toPlainText(text, name)))
    .reduce(addCounts, { sentence: 0, word: 0, syllable: 0 });
  return { counts, grade: gradeOf(counts) };
}

/** The plain layer of a care topic: title, summary and body, all wordings. */
export function careTopicLayerOf(topic: CareTopic): string[] {
  return [topic.title, topic.summary, topic.body].flatMap((text) =>
    wordings(text),
  );
}

/** The words of a warning set as a family reads them: its signs and advice. */
export function warningSetLayerOf(set: WarningSet): string[] {
  return [...set.signs, ...set.advice].flatMap((item) => wordings(item.text));
}

/** Flesch-Kincaid grade of some texts, glossary marks read as shown. */
export function textsGrade(
  texts: readonly string[],
  glossary: readonly GlossaryTerm[],
) {
  const name = termNamer(glossary);
  return gradeOf(
    texts
      .map((text) => countText(toPlainText(text, name)))
      .reduce(addCounts, { sentence: 0, word: 0, syllable: 0 }),
  );
}

/** Fernández Huerta ease of some Spanish texts. */
export function spanishTextsEase(
  texts: readonly string[],
  glossary: readonly GlossaryTerm[],
) {
  const name = termNamer(glossary);
  return fernandezHuerta(
    texts
      .map((text) => countSpanishText(toPlainText(text, name)))
      .reduce(addCounts, { sentence: 0, word: 0, syllable: 0 }),
  );
}

export function median(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]!
    : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Spanish syllables, counted by vowel groups: a group with one or no
 * strong vowel (a, e, o, or an accented í, ú) is one syllable (a
 * diphthong: "ciu", "ue"); two strong vowels side by side are two ("le-er").
 * "qu" and "gu" before e/i are consonants; a final "y" is a vowel sound.
 * Abbreviations and numbers count as in English (letter or digit each).
 */
export function spanishSyllablesOfWord(word: string) {
  return word
    .split(/-|::/)
    .filter(Boolean)
    .reduce((total, part) => {
      if (/^\p{N}+$/u.test(part)) return total + part.length;
      if (part.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(part))
        return total + part.length;
      const letters = part
        .toLocaleLowerCase('es')
        .replace(/([qg])u(?=[eiéí])/g, '$1')
        .replace(/y$/, 'i');
      const groups = letters.match(/[aeiouáéíóúü]+/g) ?? [];
      const syllables = groups.reduce(
        (sum, group) =>
          sum +
          Math.max(1, [...group].filter((c) => 'aeoáéóíú'.includes(c)).length),
        0,
      );
      return total + Math.max(1, syllables);
    }, 0);
}

/**
 * Fernández Huerta reading ease for Spanish (Law's corrected formula):
 * 206.84 − 60 × syllables per word − 1.02 × words per sentence. Higher is
 * easier: 70–80 reads like US grade 6–7, 60–70 like grade 8.
 */
export function fernandezHuerta(counts: Counts) {
  return (
    206.84 -
    60 * (counts.syllable / counts.word) -
    1.02 * (counts.word / counts.sentence)
  );
}

/** Counts Spanish text with the same sentence and word rules as English. */
export function countSpanishText(text: string): Counts {
  return countText(text, spanishSyllablesOfWord);
}

/** Fernández Huerta score of a Spanish step's plain layer. */
export function spanishStepReadability(
  step: Step,
  glossary: readonly GlossaryTerm[],
) {
  const name = termNamer(glossary);
  const counts = plainLayerOf(step)
    .map((text) => countSpanishText(toPlainText(text, name)))
    .reduce(addCounts, { sentence: 0, word: 0, syllable: 0 });
  return { counts, ease: fernandezHuerta(counts) };
}
