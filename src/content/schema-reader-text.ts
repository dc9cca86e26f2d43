/**
 * Which fields hold reader text, read from the `readerText()` marks in
 * schema.ts: the text a translation may change and a pseudo-locale
 * rewrites. Everything else (ids, references, enums, numbers, dates) must
 * be identical in every language.
 */
import type { z } from 'zod';
import { COLLECTIONS, COLLECTION_NAMES } from './collections.ts';
import { readerTextRegistry, type ReaderTextKind } from './schema.ts';
import { layersOf, walkFields } from './schema-fields.ts';

export type ReaderTextKeys = {
  /** Field names of reader text (kind "text"). */
  text: ReadonlySet<string>;
  /** Field names of lists of other names, free in length (kind "aliases"). */
  aliases: ReadonlySet<string>;
  /** Field names of file names a translation may swap (kind "file"). */
  files: ReadonlySet<string>;
  /**
   * Field names marked one way in one place and another way (or not at all)
   * elsewhere. Translation checks go by field name, so there must be none.
   */
  conflicts: string[];
};

function markOf(field: z.core.$ZodType): ReaderTextKind | undefined {
  for (const layer of layersOf(field)) {
    const meta = readerTextRegistry.get(layer);
    if (meta) return meta.kind;
  }
  return undefined;
}

/** Collects the reader-text field names of some item schemas. */
export function collectReaderTextKeys(
  schemas: Iterable<z.core.$ZodType>,
): ReaderTextKeys {
  const kinds = new Map<string, Set<ReaderTextKind | 'none'>>();
  for (const schema of schemas) {
    walkFields(schema, (path, field) => {
      const name = path.at(-1)!;
      const mark = markOf(field);
      const seen = kinds.get(name) ?? new Set();
      seen.add(mark ?? 'none');
      kinds.set(name, seen);
      // Text is one value: adult/child wordings inside it are not fields.
      return mark === undefined;
    });
  }
  const named = (kind: ReaderTextKind) =>
    new Set([...kinds].filter(([, seen]) => seen.has(kind)).map(([n]) => n));
  return {
    text: named('text'),
    aliases: named('aliases'),
    files: named('file'),
    conflicts: [...kinds]
      .filter(([, seen]) => seen.size > 1)
      .map(([name]) => name),
  };
}

/** The reader-text fields of every translated collection. */
export const READER_TEXT_KEYS = collectReaderTextKeys(
  COLLECTION_NAMES.filter((name) => COLLECTIONS[name].isTranslated).map(
    (name) => COLLECTIONS[name].schema.element,
  ),
);

/** True when a translation may reword the value of this field. */
export function isTranslatableKey(key: string | undefined) {
  return (
    key !== undefined &&
    (READER_TEXT_KEYS.text.has(key) || READER_TEXT_KEYS.files.has(key))
  );
}

/** True when this field is a list whose length may differ by language. */
export function isFreeLengthKey(key: string | undefined) {
  return key !== undefined && READER_TEXT_KEYS.aliases.has(key);
}

/**
 * A copy of a content value with `change` applied to every piece of reader
 * text (the values a translation may change), e.g. to build a pseudo-locale.
 * File names stay as they are.
 */
export function mapReaderText<T>(
  value: T,
  change: (text: string) => string,
): T {
  const visit = (item: unknown, key: string | undefined): unknown => {
    const isReaderText =
      key !== undefined &&
      (READER_TEXT_KEYS.text.has(key) || READER_TEXT_KEYS.aliases.has(key));
    if (typeof item === 'string') return isReaderText ? change(item) : item;
    if (Array.isArray(item)) return item.map((entry) => visit(entry, key));
    if (item !== null && typeof item === 'object') {
      return Object.fromEntries(
        Object.entries(item).map(([name, entry]) => [
          name,
          // adult/child/neutral wordings are text of the key that holds them
          visit(entry, /^(adult|child|neutral)$/.test(name) ? key : name),
        ]),
      );
    }
    return item;
  };
  return visit(value, undefined) as T;
}
