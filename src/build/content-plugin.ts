/**
 * Vite plugin that validates data/ once, at build, dev and test time, and
 * serves the validated content as the module `virtual:journey`.
 *
 * A content error stops `vite build` (and so `npm run build` and `npm test`)
 * with one line per problem: file, JSON path and what is wrong. The browser
 * gets plain JSON and never loads the validator. In a build each language's
 * content and interface strings are one hashed JSON file, fetched for the
 * language of the URL only: it does not count against the JavaScript budget,
 * is cached apart from the code, and a new language does not grow the first
 * load.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { readLocales, validateAllLocales } from '../content/locales.ts';
import {
  COLLECTION_FILES,
  LOCALES_FILE,
  UNIT_PROFILE_FILE,
  type CollectionName,
} from '../content/schema.ts';
import {
  formatIssues,
  validateContent,
  validateUnitProfile,
  type RawContent,
} from '../content/validate.ts';

const VIRTUAL_ID = 'virtual:journey';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const PROFILE_VIRTUAL_ID = 'virtual:unit-profile';
const PROFILE_RESOLVED_ID = `\0${PROFILE_VIRTUAL_ID}`;

type ContentPluginOptions = {
  /**
   * The hospital unit's profile file. Defaults to the `UNIT_PROFILE`
   * environment variable, then to data/unit-profile.json.
   */
  unitProfilePath?: string;
};

export function readRawContent(root: string): RawContent {
  const raw = {} as RawContent;
  for (const name of Object.keys(COLLECTION_FILES) as CollectionName[]) {
    raw[name] = readFileSync(path.join(root, COLLECTION_FILES[name]), 'utf8');
  }
  return raw;
}

export function validateContentAt(root: string) {
  return validateContent(readRawContent(root), {
    illustrationExists: (file) =>
      existsSync(path.join(root, 'data', 'illustrations', file)),
  });
}

/** Every language of the content and interface, checked against English. */
export function validateLocalesAt(root: string) {
  return validateAllLocales(root, readRawContent, {
    illustrationExists: (file) =>
      existsSync(path.join(root, 'data', 'illustrations', file)),
  });
}

/** data/ files a dev server reloads on: every JSON file of every language. */
function watchedContentFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
          entry.isDirectory()
            ? walk(path.join(dir, entry.name))
            : entry.name.endsWith('.json')
              ? [path.join(dir, entry.name)]
              : [],
        )
      : [];
  return walk(path.join(root, 'data'));
}

export class ContentError extends Error {
  constructor(details: string) {
    super(`Content in data/ is not valid:\n${details}`);
    this.name = 'ContentError';
  }
}

/**
 * Reads and validates a unit profile. A relative path is taken from the
 * project root. Phase notes are checked against data/phases.json.
 */
export function validateUnitProfileAt(root: string, profilePath?: string) {
  const file = profilePath ?? UNIT_PROFILE_FILE;
  const absolute = path.resolve(root, file);
  const phases = JSON.parse(
    readFileSync(path.join(root, COLLECTION_FILES.phases), 'utf8'),
  ) as { id?: unknown }[];
  const phaseIds = new Set(
    phases.map((phase) => phase.id).filter((id) => typeof id === 'string'),
  );
  const locales = readLocales(root);
  const localeCodes = new Set(
    locales.ok ? locales.value.map((locale) => locale.code) : [],
  );
  if (!existsSync(absolute)) {
    return {
      ok: false as const,
      file: absolute,
      issues: [{ file, path: [], message: 'file does not exist' }],
    };
  }
  return {
    ...validateUnitProfile(
      readFileSync(absolute, 'utf8'),
      phaseIds,
      localeCodes,
      file,
    ),
    file: absolute,
  };
}

export class UnitProfileError extends Error {
  constructor(details: string) {
    super(`The unit profile is not valid:\n${details}`);
    this.name = 'UnitProfileError';
  }
}

/**
 * JSON with every non-ASCII character written as a \u escape. The browser
 * decodes and parses an ASCII file about twice as fast (Spanish text is full
 * of accents), and that parse is one task the first page waits on; gzip
 * keeps the size about the same.
 */
export function asciiJson(value: unknown) {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function contentPlugin(options: ContentPluginOptions = {}): Plugin {
  const unitProfilePath =
    options.unitProfilePath ?? (process.env.UNIT_PROFILE || undefined);
  let root = process.cwd();
  let isBuild = false;
  return {
    name: 'journey-content',
    configResolved(config) {
      root = config.root;
      isBuild = config.command === 'build';
    },
    resolveId(id) {
      if (id === PROFILE_VIRTUAL_ID) return PROFILE_RESOLVED_ID;
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id === PROFILE_RESOLVED_ID) {
        // Small, so it is inlined into the code that shows it (the step
        // page's "when to call" section), not fetched.
        const result = validateUnitProfileAt(root, unitProfilePath);
        this.addWatchFile(result.file);
        if (!result.ok) throw new UnitProfileError(formatIssues(result.issues));
        return `export const unitProfile = ${JSON.stringify(result.profile)}`;
      }
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(path.join(root, LOCALES_FILE));
      for (const file of watchedContentFiles(root)) {
        this.addWatchFile(file);
      }
      const result = validateLocalesAt(root);
      if (!result.ok) throw new ContentError(formatIssues(result.issues));
      const locales = result.value.map((entry) => entry.locale);
      const bundleUrls: Record<string, string> = {};
      if (isBuild) {
        for (const { locale, bundle } of result.value) {
          const json = asciiJson(bundle);
          const hash = createHash('sha256')
            .update(json)
            .digest('hex')
            .slice(0, 10);
          const fileName = `assets/content-${locale.code}-${hash}.json`;
          bundleUrls[locale.code] = `/${fileName}`;
          this.emitFile({ type: 'asset', fileName, source: json });
        }
      }
      // Pictures of every language, by file name (a translation may have its
      // own copy with translated labels).
      const files = [
        ...new Set(
          result.value.flatMap(({ bundle }) =>
            bundle.journey.illustrations.map((picture) => picture.file),
          ),
        ),
      ];
      const inline = Object.fromEntries(
        result.value.map(({ locale, bundle }) => [locale.code, bundle]),
      );
      return [
        ...files.map(
          (file, index) =>
            `import illustration${index} from ${JSON.stringify(
              `/data/illustrations/${file}?url`,
            )}`,
        ),
        `export const locales = ${JSON.stringify(locales)}`,
        isBuild
          ? 'export const inlineBundles = undefined'
          : `export const inlineBundles = ${JSON.stringify(inline)}`,
        `export const bundleUrls = ${JSON.stringify(bundleUrls)}`,
        `export const illustrationUrls = {${files
          .map((file, index) => `${JSON.stringify(file)}: illustration${index}`)
          .join(', ')}}`,
        // Each picture's drawn size, so the page reserves its space before
        // the picture arrives and nothing moves when it does.
        `export const illustrationSizes = ${JSON.stringify(
          Object.fromEntries(
            files.map((file) => [
              file,
              svgSize(
                readFileSync(
                  path.join(root, 'data', 'illustrations', file),
                  'utf8',
                ),
              ),
            ]),
          ),
        )}`,
      ].join('\n');
    },
  };
}

/** The width and height of an SVG from its viewBox (the content rules require one). */
export function svgSize(svg: string) {
  const viewBox =
    /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(
      svg,
    );
  return viewBox
    ? { width: Number(viewBox[1]), height: Number(viewBox[2]) }
    : { width: 400, height: 400 };
}
