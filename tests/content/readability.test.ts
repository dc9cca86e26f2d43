import path from 'node:path';
import { expect, test } from 'vitest';
import { validateContentAt } from '#src/content/content-plugin.ts';
import { toPlainText } from '#src/content/markup.ts';
import {
  countText,
  gradeOf,
  median,
  stepReadability,
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

test(`every step's plain-language layer (title, summary, sections; adult and child) reads at US grade ${MAX_STEP_GRADE} or below`, () => {
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
