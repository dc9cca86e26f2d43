import { expect, test } from 'vitest';
import {
  findGlossaryMarkProblems,
  parseBlocks,
  parseInline,
  toPlainText,
} from './markup.ts';

test('a blank line separates paragraphs and joined lines form one paragraph', () => {
  expect(parseBlocks('First line\nsame paragraph.\n\nSecond.')).toEqual([
    { kind: 'paragraph', text: 'First line same paragraph.' },
    { kind: 'paragraph', text: 'Second.' },
  ]);
});

test('a list can follow its lead-in line without a blank line', () => {
  expect(
    parseBlocks(
      'Call if you have:\n- a fever\n- bleeding\nUse your team’s number.',
    ),
  ).toEqual([
    { kind: 'paragraph', text: 'Call if you have:' },
    { kind: 'list', items: ['a fever', 'bleeding'] },
    { kind: 'paragraph', text: 'Use your team’s number.' },
  ]);
});

test('glossary marks become term parts, with optional shown words', () => {
  expect(
    parseInline('The [[mrd]] test and [[lumbar-puncture|spinal tap]].'),
  ).toEqual([
    { kind: 'text', text: 'The ' },
    { kind: 'term', termId: 'mrd', text: undefined },
    { kind: 'text', text: ' test and ' },
    { kind: 'term', termId: 'lumbar-puncture', text: 'spinal tap' },
    { kind: 'text', text: '.' },
  ]);
});

test('plain text shows what the reader sees', () => {
  expect(
    toPlainText('- See [[mrd]] and [[cns|the brain]]', (id) =>
      id.toUpperCase(),
    ),
  ).toBe('See MRD and the brain');
});

test('an empty or unclosed mark is reported', () => {
  expect(findGlossaryMarkProblems('Bad [[]] mark')).toHaveLength(1);
  expect(findGlossaryMarkProblems('Open [[mrd mark')).toHaveLength(1);
  expect(findGlossaryMarkProblems('Fine [[mrd]]')).toEqual([]);
});
