/**
 * Reads and checks every language of the content at build and test time:
 * data/locales.json, the interface strings of data/ui/, and each
 * translation in data/locales/<code>/ against the English source.
 *
 * What a translation must keep from the source is in
 * `locales-parity.ts`; every problem is reported as
 * `file: json.path: problem`, like the rest of the content.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES } from './collections.ts';
import type { ContentIssue } from './content-issue.ts';
import {
  LOCALES_FILE,
  LocalesSchema,
  MessageAreaSchema,
  UI_DIR,
  localeCollectionFile,
  type CollectionName,
  type Journey,
  type Locale,
} from './schema.ts';
import {
  compareMessages,
  compareWithSource,
  type Messages,
} from './locales-parity.ts';
import { digitsOf, readableDatesIn } from './readable-date.ts';
import { validateContent, type RawContent } from './validate.ts';

export { mapReaderText } from './schema-reader-text.ts';
export type { Messages } from './locales-parity.ts';

/**
 * What the app receives for one language: its content, its strings, every
 * date in the content written for reading (readable-date.ts), and its ten
 * digits, 0 to 9 (formatNumber in i18n.ts).
 */
export type LocaleBundle = {
  journey: Journey;
  messages: Messages;
  dates?: Record<string, string>;
  digits?: string;
};

type Result<T> = { ok: true; value: T } | { ok: false; issues: ContentIssue[] };

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
  for (const name of COLLECTION_NAMES) {
    const file = COLLECTIONS[name].isTranslated
      ? localeCollectionFile(code, name)
      : COLLECTIONS[name].file;
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
  for (const name of COLLECTION_NAMES) {
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
  if (issues.length > 0) return { ok: false, issues };
  for (const entry of result) {
    entry.bundle.dates = readableDatesIn(
      entry.bundle.journey,
      entry.locale.intl,
    );
    entry.bundle.digits = digitsOf(entry.locale.intl);
  }
  return { ok: true, value: result };
}
