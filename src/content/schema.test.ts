import { expect, test } from 'vitest';
import {
  makeSource,
  makeStep,
  makeCollections,
  toRaw,
  check,
} from '#tests/content/content-factories.ts';
import { formatIssues, validateContent } from './validate.ts';

test('a minimal valid journey passes', () => {
  expect(check()).toBe('');
});

test('an unknown phase id names the file, the JSON path and a suggestion', () => {
  expect(check({ steps: [makeStep({ phaseId: 'inductin' })] })).toContain(
    'data/steps.json: steps[0].phaseId: unknown phase "inductin" (did you mean "induction"?)',
  );
});

test('an unknown field is an error, not silently dropped', () => {
  expect(check({ steps: [makeStep({ tilte: 'Typo' })] })).toMatch(
    /data\/steps\.json: steps\[0\]: .*tilte/,
  );
});

test('a wrong type is reported with its path', () => {
  expect(
    check({ steps: [makeStep({ situations: 'newly-diagnosed' })] }),
  ).toContain('data/steps.json: steps[0].situations:');
});

test('malformed JSON names the file and the line', () => {
  const raw = toRaw(makeCollections());
  raw.phases = '[\n  { "id": "induction", }\n]';
  const result = validateContent(raw);
  expect(result.ok).toBe(false);
  expect(result.ok ? '' : formatIssues(result.issues)).toMatch(
    /^data\/phases\.json: is not valid JSON at line 2/,
  );
});

test.each([
  'Induction',
  'two words',
  'trailing-',
  '-leading',
  'under_score',
  '',
])('the id "%s" is rejected because ids are URL slugs', (id) => {
  expect(check({ steps: [makeStep({ id })] })).toContain(
    'data/steps.json: steps[0].id:',
  );
});

test('duplicate ids are rejected', () => {
  expect(check({ steps: [makeStep(), makeStep()] })).toContain(
    'steps[1].id: duplicate step id "first-step"',
  );
});

test('a step without sources is rejected', () => {
  expect(check({ steps: [makeStep({ sourceIds: [] })] })).toContain(
    'steps[0].sourceIds: must cite at least one source',
  );
});

test('a step without a reviewed date is rejected', () => {
  const { reviewedAt: _omitted, ...step } = makeStep();
  expect(check({ steps: [step] })).toContain('steps[0].reviewedAt:');
});

test('a reviewed date that is not YYYY-MM-DD is rejected', () => {
  expect(check({ steps: [makeStep({ reviewedAt: '27/11/2026' })] })).toContain(
    'steps[0].reviewedAt: must be a date written as YYYY-MM-DD',
  );
});

test('a source that is not https is rejected', () => {
  expect(
    check({ sources: [makeSource({ url: 'http://www.cancer.gov/page' })] }),
  ).toContain('data/sources.json: sources[0].url: must be an https:// address');
});

test('a source from a publisher outside the allow-list is rejected', () => {
  expect(
    check({ sources: [makeSource({ url: 'https://example.com/page' })] }),
  ).toContain('sources[0].url: must be from a trusted publisher');
});

test('a reference to an unknown source is rejected', () => {
  expect(check({ steps: [makeStep({ sourceIds: ['ncii'] })] })).toContain(
    'steps[0].sourceIds[0]: unknown source "ncii"',
  );
});

test('references to unknown modalities, tests, medicines, questions and illustrations are rejected', () => {
  const issues = check({
    steps: [
      makeStep({
        modalityIds: ['radiation'],
        testIds: ['mrd'],
        medicineIds: ['imatinib'],
        questionIds: ['why'],
        illustrationIds: ['picture'],
      }),
    ],
  });
  expect(issues).toContain(
    'steps[0].modalityIds[0]: unknown modality "radiation"',
  );
  expect(issues).toContain('steps[0].testIds[0]: unknown test "mrd"');
  expect(issues).toContain(
    'steps[0].medicineIds[0]: unknown medicine "imatinib"',
  );
  expect(issues).toContain('steps[0].questionIds[0]: unknown question "why"');
  expect(issues).toContain(
    'steps[0].illustrationIds[0]: unknown illustration "picture"',
  );
});

test('a glossary mark must name a known term', () => {
  expect(
    check({ steps: [makeStep({ summary: 'The goal is [[remision]].' })] }),
  ).toContain(
    'steps[0].summary: marks unknown glossary term "remision" (did you mean "remission"?)',
  );
});

test('an unbalanced glossary mark is rejected', () => {
  expect(
    check({ steps: [makeStep({ summary: 'The goal is [[remission.' })] }),
  ).toContain('steps[0].summary: has an unbalanced glossary mark');
});

test('adult and child wording must both be given when text differs', () => {
  expect(
    check({ steps: [makeStep({ title: { adult: 'For you' } })] }),
  ).toContain('data/steps.json: steps[0].title:');
});

test('text that differs by audience needs a neutral wording too, for readers who have not said who is treated', () => {
  const wordings = {
    adult: 'Your blood is tested.',
    child: "Your child's blood is tested.",
  };
  expect(check({ steps: [makeStep({ title: wordings })] })).toContain(
    'data/steps.json: steps[0].title:',
  );
  expect(
    check({
      steps: [
        makeStep({ title: { ...wordings, neutral: 'The blood is tested.' } }),
      ],
    }),
  ).toBe('');
});

test('a medicine must belong to a known modality', () => {
  const medicine = {
    id: 'imatinib',
    name: 'Imatinib',
    modalityIds: ['targeted'],
    what: 'A pill.',
    usedFor: 'Ph+ ALL.',
    sourceIds: ['nci'],
  };
  expect(check({ medicines: [medicine] })).toContain(
    'medicines[0].modalityIds[0]: unknown modality "targeted"',
  );
});

test('a question must belong to a known phase', () => {
  const question = {
    id: 'q',
    phaseId: 'relapse',
    text: 'Why?',
    sourceIds: ['nci'],
  };
  expect(check({ questions: [question] })).toContain(
    'questions[0].phaseId: unknown phase "relapse"',
  );
});
