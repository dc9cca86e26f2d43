/**
 * Translation parity: a translation must mirror the English source exactly
 * except for reader text (the fields marked with `readerText()` in
 * schema.ts): same items in the same order, same ids and references, same
 * glossary marks in each text, same interface keys and placeholders.
 */
import type { ContentIssue } from './content-issue.ts';
import { listGlossaryMarks } from './markup.ts';
import { isFreeLengthKey, isTranslatableKey } from './schema-reader-text.ts';
import { UI_DIR, type MessageArea } from './schema.ts';

export type Messages = Record<string, MessageArea>;

function marksIn(value: unknown) {
  const ids = new Set<string>();
  const visit = (item: unknown) => {
    if (typeof item === 'string')
      listGlossaryMarks(item).forEach((mark) => ids.add(mark.termId));
    else if (Array.isArray(item)) item.forEach(visit);
    else if (item !== null && typeof item === 'object')
      Object.values(item).forEach(visit);
  };
  visit(value);
  return ids;
}

function isText(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (Array.isArray(value)) return value.every(isText);
  return (
    value !== null &&
    typeof value === 'object' &&
    Object.values(value).every((item) => typeof item === 'string')
  );
}

function sameSet(a: Set<string>, b: Set<string>) {
  return a.size === b.size && [...a].every((item) => b.has(item));
}

/**
 * Compares a translated value with its source, reporting every place where
 * the structure, an id or a glossary mark differs.
 */
export function compareWithSource(
  source: unknown,
  translation: unknown,
  at: { file: string; path: (string | number)[] },
  issues: ContentIssue[],
  key?: string,
) {
  const report = (message: string) =>
    issues.push({ file: at.file, path: at.path, message });
  if (isTranslatableKey(key) && isText(source)) {
    if (!isText(translation)) return report('must be translated text');
    if (Array.isArray(source) && !isFreeLengthKey(key)) {
      if (!Array.isArray(translation) || translation.length !== source.length)
        return report(`must have ${source.length} items, as in English`);
    }
    const expected = marksIn(source);
    const found = marksIn(translation);
    if (!sameSet(expected, found)) {
      const missing = [...expected].filter((id) => !found.has(id));
      const extra = [...found].filter((id) => !expected.has(id));
      report(
        [
          missing.length
            ? `lacks the glossary mark [[${missing.join(']], [[')}]]`
            : '',
          extra.length
            ? `has the extra glossary mark [[${extra.join(']], [[')}]]`
            : '',
        ]
          .filter(Boolean)
          .join(' and ') + ' (the English marks the same terms)',
      );
    }
    return;
  }
  if (isFreeLengthKey(key)) {
    if (!isText(translation)) report('must be translated text');
    return;
  }
  if (Array.isArray(source)) {
    if (!Array.isArray(translation))
      return report('must be a list, as in English');
    if (translation.length !== source.length)
      return report(
        `has ${translation.length} items; the English has ${source.length}`,
      );
    source.forEach((item, index) => {
      const sourceId = (item as { id?: unknown } | null)?.id;
      const translatedId = (translation[index] as { id?: unknown } | null)?.id;
      if (typeof sourceId === 'string' && translatedId !== sourceId) {
        issues.push({
          file: at.file,
          path: [...at.path, index, 'id'],
          message: `must be "${sourceId}", the item at this place in English`,
        });
        return;
      }
      compareWithSource(
        item,
        translation[index],
        { file: at.file, path: [...at.path, index] },
        issues,
        key,
      );
    });
    return;
  }
  if (source !== null && typeof source === 'object') {
    if (
      translation === null ||
      typeof translation !== 'object' ||
      Array.isArray(translation)
    )
      return report('must be an object, as in English');
    for (const [name, value] of Object.entries(source)) {
      if (!(name in translation)) {
        issues.push({
          file: at.file,
          path: [...at.path, name],
          message: 'is missing (the English has it)',
        });
        continue;
      }
      compareWithSource(
        value,
        (translation as Record<string, unknown>)[name],
        { file: at.file, path: [...at.path, name] },
        issues,
        name,
      );
    }
    for (const name of Object.keys(translation)) {
      if (!(name in source))
        issues.push({
          file: at.file,
          path: [...at.path, name],
          message: 'is not in the English',
        });
    }
    return;
  }
  if (source !== translation)
    report(`must be ${JSON.stringify(source)}, as in English (not translated)`);
}

const PLACEHOLDER = /\{(\w+)\}/g;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function placeholdersOf(text: string) {
  return new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!));
}

/**
 * Interface strings: the same areas and keys as English (a plural may use
 * the language's own plural forms, but always has `_other`), and the same
 * {placeholders} in each string.
 */
export function compareMessages(
  source: Messages,
  translation: Messages,
  dir: string,
) {
  const issues: ContentIssue[] = [];
  for (const [area, keys] of Object.entries(source)) {
    const file = `${dir}/${area}.json`;
    const translated = translation[area];
    if (!translated) {
      issues.push({ file, path: [], message: 'file does not exist' });
      continue;
    }
    for (const [name, text] of Object.entries(keys)) {
      const plural = PLURAL_SUFFIX.exec(name);
      const lookup = plural ? `${name.slice(0, plural.index)}_other` : name;
      const value = translated[plural ? lookup : name];
      if (value === undefined) {
        issues.push({
          file,
          path: [lookup],
          message: 'is missing (the English has it)',
        });
        continue;
      }
      const expected = placeholdersOf(text);
      if (!sameSet(expected, placeholdersOf(value))) {
        issues.push({
          file,
          path: [lookup],
          message: `must use the placeholders ${[...expected].map((item) => `{${item}}`).join(', ') || '(none)'}, as in English`,
        });
      }
    }
    for (const name of Object.keys(translated)) {
      const plural = PLURAL_SUFFIX.exec(name);
      const base = plural ? name.slice(0, plural.index) : name;
      const known = plural
        ? Object.keys(keys).some((key) => key.startsWith(`${base}_`))
        : name in keys;
      if (!known)
        issues.push({ file, path: [name], message: 'is not in the English' });
    }
  }
  for (const area of Object.keys(translation)) {
    if (!source[area])
      issues.push({
        file: `${dir}/${area}.json`,
        path: [],
        message: `has no English counterpart in ${UI_DIR}`,
      });
  }
  return issues;
}
