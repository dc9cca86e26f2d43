/**
 * Vite plugin that validates data/ once, at build, dev and test time, and
 * serves the validated content as the module `virtual:journey`.
 *
 * A content error stops `vite build` (and so `npm run build` and `npm test`)
 * with one line per problem: file, JSON path and what is wrong. The browser
 * gets plain JSON and never loads the validator. In a build the content is a
 * separate hashed JSON file, preloaded from index.html, so it does not count
 * against the JavaScript budget and can be cached apart from the code.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import {
  COLLECTION_FILES,
  UNIT_PROFILE_FILE,
  type CollectionName,
} from './schema.ts';
import {
  formatIssues,
  validateContent,
  validateUnitProfile,
  type RawContent,
} from './validate.ts';

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
  if (!existsSync(absolute)) {
    return {
      ok: false as const,
      file: absolute,
      issues: [{ file, path: [], message: 'file does not exist' }],
    };
  }
  return {
    ...validateUnitProfile(readFileSync(absolute, 'utf8'), phaseIds, file),
    file: absolute,
  };
}

export class UnitProfileError extends Error {
  constructor(details: string) {
    super(`The unit profile is not valid:\n${details}`);
    this.name = 'UnitProfileError';
  }
}

export function contentPlugin(options: ContentPluginOptions = {}): Plugin {
  const unitProfilePath =
    options.unitProfilePath ?? (process.env.UNIT_PROFILE || undefined);
  let root = process.cwd();
  let isBuild = false;
  let contentFileName: string | undefined;
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
      for (const file of Object.values(COLLECTION_FILES)) {
        this.addWatchFile(path.join(root, file));
      }
      const result = validateContentAt(root);
      if (!result.ok) throw new ContentError(formatIssues(result.issues));
      const json = JSON.stringify(result.journey);
      if (isBuild) {
        const hash = createHash('sha256')
          .update(json)
          .digest('hex')
          .slice(0, 10);
        contentFileName = `assets/journey-${hash}.json`;
        this.emitFile({
          type: 'asset',
          fileName: contentFileName,
          source: json,
        });
      }
      const illustrations = result.journey.illustrations;
      return [
        ...illustrations.map(
          (illustration, index) =>
            `import illustration${index} from ${JSON.stringify(
              `/data/illustrations/${illustration.file}?url`,
            )}`,
        ),
        isBuild
          ? 'export const inlineJourney = undefined'
          : `export const inlineJourney = ${json}`,
        `export const journeyUrl = ${JSON.stringify(contentFileName ? `/${contentFileName}` : '')}`,
        `export const illustrationUrls = {${illustrations
          .map(
            (illustration, index) =>
              `${JSON.stringify(illustration.id)}: illustration${index}`,
          )
          .join(', ')}}`,
      ].join('\n');
    },
    transformIndexHtml() {
      if (!contentFileName) return [];
      // Start the content download in parallel with the code.
      return [
        {
          tag: 'link',
          attrs: {
            rel: 'preload',
            href: `/${contentFileName}`,
            as: 'fetch',
            crossorigin: 'anonymous',
          },
          injectTo: 'head',
        },
      ];
    },
  };
}
