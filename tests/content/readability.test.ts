import path from 'node:path';
import { expect, test } from 'vitest';
import {
  validateContentAt,
  validateLocalesAt,
} from '#src/build/content-plugin.ts';
import { toPlainText } from '#src/content/markup.ts';
import {
  careTopicLayerOf,
  countSpanishText,
  countText,
  fernandezHuerta,
  gradeOf,
  median,
  spanishStepReadability,
  spanishSyllablesOfWord,
  spanishTextsEase,
  stepReadability,
  textsGrade,
  warningSetLayerOf,
} from '#tests/content/readability.ts';

/** Highest grade allowed for any one step's plain layer (US school grade). */
const MAX_STEP_GRADE = 8;
/** Highest grade allowed for the median step. */
const MAX_MEDIAN_GRADE = 7;

const root = path.resolve(import.meta.dirname, '../..');
const result = validateContentAt(root);
const journey = result.ok ? result.journey : undefined;

function gradedSteps() {
  return journey!.steps
    .map((step) => ({
      id: step.id,
      grade: stepReadability(step, journey!.glossary).grade,
    }))
    .sort((a, b) => b.grade - a.grade);
}

function describeGrades(steps: { id: string; grade: number }[]) {
  return steps
    .map((step) => `${step.id}: grade ${step.grade.toFixed(1)}`)
    .join('\n');
}

test('the readability counter treats each line and each sentence end as a sentence', () => {
  const counts = countText('The cat sat. The dog ran!\nA bird\n\nIs it here?');
  expect(counts).toEqual({ sentence: 4, word: 11, syllable: 11 });
});

test('the readability counter reads abbreviations letter by letter and numbers digit by digit', () => {
  expect(countText('MRD').syllable).toBe(3);
  expect(countText('25').syllable).toBe(2);
  expect(countText('T-cell').word).toBe(1);
  expect(countText('T-cell').syllable).toBe(2);
});

test('a long sentence of long words scores above the step limit, so the check can fail', () => {
  const hard = countText(
    'Notwithstanding extraordinary institutional circumstances, comprehensive documentation necessitates considerable administrative coordination.',
  );
  const easy = countText(
    'We go to the shop. We buy some bread. Then we go home.',
  );
  expect(gradeOf(hard)).toBeGreaterThan(MAX_STEP_GRADE);
  expect(gradeOf(easy)).toBeLessThan(MAX_MEDIAN_GRADE);
});

test('glossary marks are scored as the words the reader sees', () => {
  const name = (termId: string) =>
    termId === 'cbc' ? 'Complete blood count' : termId;
  expect(toPlainText('A [[cbc]] and a [[cbc|count]].', name)).toBe(
    'A Complete blood count and a count.',
  );
});

test(`every step's plain-language layer (title, summary, sections; adult, child and neutral) reads at US grade ${MAX_STEP_GRADE} or below`, () => {
  expect(journey, 'content must be valid').toBeDefined();
  const tooHard = gradedSteps().filter(
    (step) => !(step.grade <= MAX_STEP_GRADE),
  );
  expect(
    tooHard.length,
    `These steps read above grade ${MAX_STEP_GRADE} (hardest first). Use shorter sentences and common words, and mark hard terms:\n${describeGrades(tooHard)}`,
  ).toBe(0);
});

test(`the median step reads at US grade ${MAX_MEDIAN_GRADE} or below`, () => {
  const steps = gradedSteps();
  const middle = median(steps.map((step) => step.grade));
  expect(
    middle,
    `The median step reads at grade ${middle.toFixed(1)}. Hardest steps:\n${describeGrades(steps.slice(0, 5))}`,
  ).toBeLessThanOrEqual(MAX_MEDIAN_GRADE);
});

/** Lowest Fernández Huerta ease for any Spanish step (about US grade 8). */
const MIN_SPANISH_STEP_EASE = 60;
/** Lowest ease for the median Spanish step (about US grade 7). */
const MIN_SPANISH_MEDIAN_EASE = 70;

const spanish = (() => {
  const all = validateLocalesAt(root);
  return all.ok
    ? all.value.find((language) => language.locale.code === 'es')?.bundle
        .journey
    : undefined;
})();

function easedSpanishSteps() {
  return spanish!.steps
    .map((step) => ({
      id: step.id,
      ease: spanishStepReadability(step, spanish!.glossary).ease,
    }))
    .sort((a, b) => a.ease - b.ease);
}

test('the Spanish syllable counter follows diphthongs and vowels that stand apart', () => {
  expect(spanishSyllablesOfWord('médula')).toBe(3);
  expect(spanishSyllablesOfWord('leucemia')).toBe(3);
  expect(spanishSyllablesOfWord('quimioterapia')).toBe(5);
  expect(spanishSyllablesOfWord('leer')).toBe(2);
  expect(spanishSyllablesOfWord('día')).toBe(2);
  expect(spanishSyllablesOfWord('LLA')).toBe(3);
});

test('hard Spanish scores below the Spanish step limit, so the check can fail', () => {
  const hard = countSpanishText(
    'Independientemente de las circunstancias institucionales extraordinarias, la documentación exhaustiva necesariamente requiere una considerable coordinación administrativa interdepartamental.',
  );
  const easy = countSpanishText('Vamos a la casa. Comemos pan. Luego leemos.');
  expect(fernandezHuerta(hard)).toBeLessThan(MIN_SPANISH_STEP_EASE);
  expect(fernandezHuerta(easy)).toBeGreaterThan(MIN_SPANISH_MEDIAN_EASE);
});

test(`every Spanish step's plain layer reads at Fernández Huerta ${MIN_SPANISH_STEP_EASE} or easier (about US grade 8)`, () => {
  expect(spanish, 'the Spanish content must be valid').toBeDefined();
  const tooHard = easedSpanishSteps().filter(
    (step) => !(step.ease >= MIN_SPANISH_STEP_EASE),
  );
  expect(
    tooHard.map((step) => `${step.id}: ${step.ease.toFixed(1)}`),
    'These Spanish steps read too hard: use shorter sentences and common words',
  ).toEqual([]);
});

test(`the median Spanish step reads at Fernández Huerta ${MIN_SPANISH_MEDIAN_EASE} or easier (about US grade 7)`, () => {
  const middle = median(easedSpanishSteps().map((step) => step.ease));
  expect(middle).toBeGreaterThanOrEqual(MIN_SPANISH_MEDIAN_EASE);
});

test(`every care topic and every warning set reads at US grade ${MAX_STEP_GRADE} or below`, () => {
  const graded = [
    ...journey!.careTopics.map((topic) => ({
      id: `care topic ${topic.id}`,
      grade: textsGrade(careTopicLayerOf(topic), journey!.glossary),
    })),
    ...journey!.warningSets.map((set) => ({
      id: `warning set ${set.id}`,
      grade: textsGrade(warningSetLayerOf(set), journey!.glossary),
    })),
  ];
  expect(graded.length).toBeGreaterThan(0);
  expect(
    graded
      .filter((item) => !(item.grade <= MAX_STEP_GRADE))
      .map((item) => `${item.id}: grade ${item.grade.toFixed(1)}`),
  ).toEqual([]);
});

test(`every Spanish care topic and warning set reads at Fernández Huerta ${MIN_SPANISH_STEP_EASE} or easier`, () => {
  const eased = [
    ...spanish!.careTopics.map((topic) => ({
      id: `care topic ${topic.id}`,
      ease: spanishTextsEase(careTopicLayerOf(topic), spanish!.glossary),
    })),
    ...spanish!.warningSets.map((set) => ({
      id: `warning set ${set.id}`,
      ease: spanishTextsEase(warningSetLayerOf(set), spanish!.glossary),
    })),
  ];
  expect(eased.length).toBeGreaterThan(0);
  expect(
    eased
      .filter((item) => !(item.ease >= MIN_SPANISH_STEP_EASE))
      .map((item) => `${item.id}: ${item.ease.toFixed(1)}`),
  ).toEqual([]);
});
