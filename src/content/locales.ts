/**
 * Reads and checks every language of the content at build and test time:
 * data/locales.json, the interface strings of data/ui/, and each
 * translation in data/locales/<code>/ against the English source.
 *
 * A translation must mirror the source exactly except for reader text:
 * same items in the same order, same ids and references, same glossary
 * marks in each text, same interface keys and placeholders. Anything else
 * is reported as `file: json.path: problem`, like the rest of the content.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  COLLECTION_FILES,
  LOCALES_FILE,
  LocalesSchema,
  MessageAreaSchema,
  SHARED_COLLECTIONS,
  StepSectionsSchema,
  UI_DIR,
  localeCollectionFile,
  type CollectionName,
  type Journey,
  type Locale,
  type MessageArea,
} from './schema.ts';
import { listGlossaryMarks } from './markup.ts';
import {
  validateContent,
  type ContentIssue,
  type RawContent,
} from './validate.ts';

export type Messages = Record<string, MessageArea>;

/** What the app receives for one language: its content and its strings. */
export type LocaleBundle = { journey: Journey; messages: Messages };

type Result<T> = { ok: true; value: T } | { ok: false; issues: ContentIssue[] };

/**
 * Keys whose values are reader text, free to differ between languages. All
 * other values (ids, references, enums, numbers, dates) must be identical.
 */
const TEXT_KEYS = new Set([
  'title',
  'shortTitle',
  'summary',
  'goal',
  'label',
  // A step's sections (whatHappens, why, howLong, where, tests, …)
  ...Object.keys(StepSectionsSchema.shape),
  'moreDetail',
  'how',
  'name',
  'description',
  'what',
  'usedFor',
  'note',
  'whatItFeelsLike',
  'when',
  'term',
  'definition',
  'text',
  'body',
  'prompt',
  'listenFor',
  'alt',
  'caption',
  'file',
]);
/** Text lists whose length may differ: each language has its own aliases. */
const FREE_LENGTH_KEYS = new Set(['alsoCalled']);

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
      key !== 'file' &&
      (TEXT_KEYS.has(key) || FREE_LENGTH_KEYS.has(key));
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

function readJson(root: string, file: string): Result<unknown> {
  const absolute = path.join(root, file);
  if (!existsSync(absolute)) {
    return {
      ok: false,
      issues: [{ file, path: [], message: 'file does not exist' }],
    };
  }
  try {
    return { ok: true, value: JSON.parse(readFileSync(absolute, 'utf8')) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [{ file, path: [], message: `is not valid JSON (${message})` }],
    };
  }
}

export function readLocales(root: string): Result<Locale[]> {
  const json = readJson(root, LOCALES_FILE);
  if (!json.ok) return json;
  const result = LocalesSchema.safeParse(json.value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      file: LOCALES_FILE,
      path: issue.path.map((part) =>
        typeof part === 'number' ? part : String(part),
      ),
      message: issue.message,
    })),
  };
}

/** The folder of a language's interface strings. */
export function uiDirOf(code: string | undefined) {
  return code === undefined
    ? UI_DIR
    : UI_DIR.replace(/^data\//, `data/locales/${code}/`);
}

/** Reads data/ui/*.json (or a translation's ui/ folder) into one object. */
function readMessages(root: string, dir: string): Result<Messages> {
  const absolute = path.join(root, dir);
  if (!existsSync(absolute)) {
    return {
      ok: false,
      issues: [{ file: dir, path: [], message: 'folder does not exist' }],
    };
  }
  const messages: Messages = {};
  const issues: ContentIssue[] = [];
  for (const name of readdirSync(absolute).sort()) {
    if (!name.endsWith('.json')) continue;
    const file = `${dir}/${name}`;
    const json = readJson(root, file);
    if (!json.ok) {
      issues.push(...json.issues);
      continue;
    }
    const result = MessageAreaSchema.safeParse(json.value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({
          file,
          path: issue.path.map((part) =>
            typeof part === 'number' ? part : String(part),
          ),
          message: issue.message,
        });
      }
      continue;
    }
    messages[name.replace(/\.json$/, '')] = result.data;
  }
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, value: messages };
}

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
function compareWithSource(
  source: unknown,
  translation: unknown,
  at: { file: string; path: (string | number)[] },
  issues: ContentIssue[],
  key?: string,
) {
  const report = (message: string) =>
    issues.push({ file: at.file, path: at.path, message });
  if (key !== undefined && TEXT_KEYS.has(key) && isText(source)) {
    if (!isText(translation)) return report('must be translated text');
    if (Array.isArray(source) && !FREE_LENGTH_KEYS.has(key)) {
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
  if (key !== undefined && FREE_LENGTH_KEYS.has(key)) {
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
function compareMessages(source: Messages, translation: Messages, dir: string) {
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

type ValidateLocaleOptions = {
  /** Tells whether an illustration file exists in data/illustrations/. */
  illustrationExists?: (fileName: string) => boolean;
};

/** Validates the source language: data/*.json and data/ui/. */
function validateSource(
  root: string,
  readRaw: (root: string) => RawContent,
  options: ValidateLocaleOptions = {},
): Result<LocaleBundle> {
  const content = validateContent(readRaw(root), options);
  const messages = readMessages(root, UI_DIR);
  const issues = [
    ...(content.ok ? [] : content.issues),
    ...(messages.ok ? [] : messages.issues),
  ];
  if (!content.ok || !messages.ok) return { ok: false, issues };
  return {
    ok: true,
    value: { journey: content.journey, messages: messages.value },
  };
}

/**
 * Validates one translation: each file against the schema and references
 * (like English), then against the English source for parity.
 */
function validateTranslation(
  root: string,
  code: string,
  source: LocaleBundle,
  options: ValidateLocaleOptions = {},
): Result<LocaleBundle> {
  const issues: ContentIssue[] = [];
  const raw = {} as RawContent;
  const files = {} as Record<CollectionName, string>;
  for (const name of Object.keys(COLLECTION_FILES) as CollectionName[]) {
    const shared = (SHARED_COLLECTIONS as readonly string[]).includes(name);
    const file = shared
      ? COLLECTION_FILES[name]
      : localeCollectionFile(code, name);
    files[name] = file;
    if (!existsSync(path.join(root, file))) {
      issues.push({ file, path: [], message: 'file does not exist' });
      continue;
    }
    raw[name] = readFileSync(path.join(root, file), 'utf8');
  }
  const messages = readMessages(root, uiDirOf(code));
  if (!messages.ok) issues.push(...messages.issues);
  if (issues.length > 0) return { ok: false, issues };

  const content = validateContent(raw, { ...options, files });
  if (!content.ok) return content;
  for (const name of Object.keys(COLLECTION_FILES) as CollectionName[]) {
    compareWithSource(
      source.journey[name],
      content.journey[name],
      { file: files[name], path: [name] },
      issues,
    );
  }
  if (messages.ok)
    issues.push(
      ...compareMessages(source.messages, messages.value, uiDirOf(code)),
    );
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      journey: content.journey,
      messages: messages.ok ? messages.value : {},
    },
  };
}

/** Every language, checked: the source first, then each translation. */
export function validateAllLocales(
  root: string,
  readRaw: (root: string) => RawContent,
  options: ValidateLocaleOptions = {},
): Result<{ locale: Locale; bundle: LocaleBundle }[]> {
  const locales = readLocales(root);
  if (!locales.ok) return locales;
  const source = validateSource(root, readRaw, options);
  if (!source.ok) return source;
  const [first, ...others] = locales.value;
  const result = [{ locale: first!, bundle: source.value }];
  const issues: ContentIssue[] = [];
  for (const locale of others) {
    const translation = validateTranslation(
      root,
      locale.code,
      source.value,
      options,
    );
    if (translation.ok) result.push({ locale, bundle: translation.value });
    else issues.push(...translation.issues);
  }
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, value: result };
}
