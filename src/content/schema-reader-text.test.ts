import { expect, test } from 'vitest';
import { z } from 'zod';
import {
  READER_TEXT_KEYS,
  collectReaderTextKeys,
  mapReaderText,
} from './schema-reader-text.ts';
import { readerText } from './schema.ts';

const Item = z.strictObject({
  id: z.string(),
  title: readerText(z.string()),
  note: readerText(z.string()).optional(),
  aliases: readerText(z.array(z.string()), 'aliases').default([]),
  file: readerText(z.string(), 'file'),
  nested: z.strictObject({ label: readerText(z.string()), code: z.string() }),
});

test('reader-text fields are read from the marks in the schema', () => {
  const keys = collectReaderTextKeys([Item]);
  expect([...keys.text].sort()).toEqual(['label', 'note', 'title']);
  expect([...keys.aliases]).toEqual(['aliases']);
  expect([...keys.files]).toEqual(['file']);
  expect(keys.conflicts).toEqual([]);
});

test('a field name marked in one schema and not in another is a conflict', () => {
  const Other = z.strictObject({ title: z.string() });
  expect(collectReaderTextKeys([Item, Other]).conflicts).toEqual(['title']);
});

test('the content schema marks each field name the same way everywhere', () => {
  expect(READER_TEXT_KEYS.conflicts).toEqual([]);
  expect(READER_TEXT_KEYS.text.size).toBeGreaterThan(0);
});

test('mapping reader text changes marked text only, never ids or file names', () => {
  const [textKey] = READER_TEXT_KEYS.text;
  const [fileKey] = READER_TEXT_KEYS.files;
  const item = {
    id: 'an-id',
    [textKey!]: { adult: 'For you', child: 'For your child' },
    [fileKey!]: 'picture.svg',
  };
  expect(mapReaderText(item, (text) => text.toUpperCase())).toEqual({
    id: 'an-id',
    [textKey!]: { adult: 'FOR YOU', child: 'FOR YOUR CHILD' },
    [fileKey!]: 'picture.svg',
  });
});
