import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ResolvedConfig } from 'vite';
import { afterEach, expect, test } from 'vitest';
import {
  PSEUDO_LOCALE,
  pseudoBundle,
  pseudoText,
} from '#tests/tools/pseudo-locale.ts';
import {
  asciiJson,
  contentPlugin,
  validateLocalesAt,
} from './content-plugin.ts';
import { uiDirOf, type LocaleBundle } from '../content/locales.ts';
import {
  COLLECTION_FILES,
  localeCollectionFile,
  SHARED_COLLECTIONS,
  type CollectionName,
} from '../content/schema.ts';
import { formatIssues } from '../content/validate.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const copies: string[] = [];

/** A copy of data/ in a temporary project, so a test can break it. */
function copyOfProject() {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  cpSync(path.join(repoRoot, 'data'), path.join(root, 'data'), {
    recursive: true,
  });
  copies.push(root);
  return root;
}

afterEach(() => {
  for (const root of copies.splice(0))
    rmSync(root, { recursive: true, force: true });
});

/** Runs the plugin's build hooks the way `vite build` does, for one module. */
function loadVirtualModule(
  root: string,
  id: string,
  options: Parameters<typeof contentPlugin>[0] = {},
) {
  const plugin = contentPlugin(options);
  const emitted: { fileName: string; source: string }[] = [];
  const context = {
    addWatchFile: () => {},
    emitFile: (file: { fileName: string; source: string }) =>
      emitted.push(file),
  };
  const configResolved = plugin.configResolved as (
    config: ResolvedConfig,
  ) => void;
  configResolved({ root, command: 'build' } as ResolvedConfig);
  const load = plugin.load as unknown as (
    this: typeof context,
    id: string,
  ) => string;
  return { code: load.call(context, id), emitted };
}

function loadJourneyModule(root: string) {
  return loadVirtualModule(root, '\0virtual:journey');
}

test('a build writes each language as its own hashed JSON file', () => {
  const root = copyOfProject();
  const locales = JSON.parse(
    readFileSync(path.join(root, 'data', 'locales.json'), 'utf8'),
  ) as { code: string }[];
  const { code, emitted } = loadJourneyModule(root);
  expect(emitted.map((file) => file.fileName)).toEqual(
    locales.map((locale) =>
      expect.stringMatching(
        new RegExp(`^assets/content-${locale.code}-[0-9a-f]{10}\\.json$`),
      ),
    ),
  );
  const urls = Object.fromEntries(
    locales.map((locale, index) => [
      locale.code,
      `/${emitted[index]!.fileName}`,
    ]),
  );
  expect(code).toContain(`export const bundleUrls = ${JSON.stringify(urls)}`);
  expect(code).toContain('export const inlineBundles = undefined');
  for (const file of emitted) {
    const bundle = JSON.parse(file.source);
    expect(bundle.journey.steps.length).toBeGreaterThan(0);
    expect(Object.keys(bundle.messages).length).toBeGreaterThan(0);
    // ASCII only (accents as \u escapes): the browser parses it faster.
    expect(file.source).not.toMatch(/[^\x20-\x7e]/);
  }
});

test('ASCII JSON reads back as the same text, accents and symbols included', () => {
  const value = { es: 'Médula ósea, niño', symbols: '≥ 38 °C — “ok” 😀' };
  const json = asciiJson(value);
  expect(json).not.toMatch(/[^\x20-\x7e]/);
  expect(JSON.parse(json)).toEqual(value);
});

test('a broken content file stops the build with the file, path and problem', () => {
  const root = copyOfProject();
  const file = path.join(root, 'data', 'steps.json');
  const steps = JSON.parse(readFileSync(file, 'utf8'));
  steps[1].phaseId = 'consolidaton';
  writeFileSync(file, JSON.stringify(steps));
  expect(() => loadJourneyModule(root)).toThrow(
    /data\/steps\.json: steps\[1\]\.phaseId: unknown phase "consolidaton" \(did you mean "consolidation"\?\)/,
  );
});

test('malformed JSON stops the build naming the file', () => {
  const root = copyOfProject();
  writeFileSync(path.join(root, 'data', 'glossary.json'), '[{"id": ');
  expect(() => loadJourneyModule(root)).toThrow(
    /data\/glossary\.json: is not valid JSON/,
  );
});

function loadUnitProfileModule(root: string, unitProfilePath?: string) {
  return loadVirtualModule(root, '\0virtual:unit-profile', { unitProfilePath })
    .code;
}

test('without a unit profile the app gets the default one, with no numbers', () => {
  const code = loadUnitProfileModule(copyOfProject());
  expect(code).toBe('export const unitProfile = {}');
});

test('a unit profile given at build time is served to the app', () => {
  const root = copyOfProject();
  const file = path.join(root, 'ward.json');
  const profile = { unitName: 'Ward 7', dayPhone: '555 0100 200' };
  writeFileSync(file, JSON.stringify(profile));
  expect(loadUnitProfileModule(root, file)).toBe(
    `export const unitProfile = ${JSON.stringify(profile)}`,
  );
});

test('a malformed unit profile stops the build with the file and JSON path', () => {
  const root = copyOfProject();
  writeFileSync(
    path.join(root, 'ward.json'),
    JSON.stringify({ phaseNotes: { maintenence: 'Tuesdays.' } }),
  );
  expect(() => loadUnitProfileModule(root, 'ward.json')).toThrow(
    /ward\.json: phaseNotes\.maintenence: unknown phase "maintenence" \(did you mean "maintenance"\?\)/,
  );
});

test('a missing unit profile file stops the build naming the file', () => {
  expect(() =>
    loadUnitProfileModule(copyOfProject(), 'no-such-profile.json'),
  ).toThrow(/no-such-profile\.json: file does not exist/);
});

/** Writes a language's bundle into a project copy as translators would. */
function writeLocale(root: string, code: string, bundle: LocaleBundle) {
  for (const name of Object.keys(COLLECTION_FILES) as CollectionName[]) {
    if ((SHARED_COLLECTIONS as readonly string[]).includes(name)) continue;
    const file = path.join(root, localeCollectionFile(code, name));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(bundle.journey[name]));
  }
  const ui = path.join(root, uiDirOf(code));
  mkdirSync(ui, { recursive: true });
  for (const [area, keys] of Object.entries(bundle.messages)) {
    writeFileSync(path.join(ui, `${area}.json`), JSON.stringify(keys));
  }
}

test('a new right-to-left language needs only data, and gets its own file', () => {
  const root = copyOfProject();
  const result = validateLocalesAt(root);
  if (!result.ok) throw new Error(formatIssues(result.issues));
  writeLocale(root, PSEUDO_LOCALE.code, pseudoBundle(result.value[0]!.bundle));
  const localesFile = path.join(root, 'data', 'locales.json');
  const locales = JSON.parse(readFileSync(localesFile, 'utf8')) as unknown[];
  writeFileSync(localesFile, JSON.stringify([...locales, PSEUDO_LOCALE]));

  const { code, emitted } = loadJourneyModule(root);
  expect(emitted).toHaveLength(locales.length + 1);
  const pseudo = emitted.find((file) =>
    file.fileName.startsWith(`assets/content-${PSEUDO_LOCALE.code}-`),
  );
  expect(code).toContain(JSON.stringify(PSEUDO_LOCALE));
  const bundle = JSON.parse(pseudo!.source) as LocaleBundle;
  const english = result.value[0]!.bundle;
  expect(bundle.journey.steps.map((step) => step.id)).toEqual(
    english.journey.steps.map((step) => step.id),
  );
  expect(bundle.messages.app!.appName).toBe(
    pseudoText(english.messages.app!.appName!),
  );
});

function breakTranslation(
  change: (root: string, code: string) => void,
): string {
  const root = copyOfProject();
  const locales = JSON.parse(
    readFileSync(path.join(root, 'data', 'locales.json'), 'utf8'),
  ) as { code: string }[];
  const code = locales[1]?.code;
  if (!code) throw new Error('These tests need a second language.');
  change(root, code);
  try {
    loadJourneyModule(root);
  } catch (error) {
    return String(error);
  }
  throw new Error('The build did not stop.');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits any JSON file
function editJson(root: string, file: string, edit: (json: any) => void) {
  const absolute = path.join(root, file);
  const json = JSON.parse(readFileSync(absolute, 'utf8'));
  edit(json);
  writeFileSync(absolute, JSON.stringify(json));
}

test('a translation out of step with English stops the build with file, path and problem', () => {
  expect(
    breakTranslation((root, code) =>
      editJson(root, localeCollectionFile(code, 'steps'), (steps) => {
        steps[2].sourceIds = ['nci-adult-all-pdq'];
      }),
    ),
  ).toMatch(
    /data\/locales\/[a-z-]+\/steps\.json: steps\[2\]\.sourceIds: has 1 items; the English has \d+/,
  );
  expect(
    breakTranslation((root, code) =>
      editJson(root, localeCollectionFile(code, 'steps'), (steps) => {
        steps[0].sections.why = steps[0].sections.why.replace(
          /\[\[white-blood-cells\|([^\]]+)\]\]/,
          '$1',
        );
      }),
    ),
  ).toMatch(
    /steps\.json: steps\[0\]\.sections\.why: lacks the glossary mark \[\[white-blood-cells\]\]/,
  );
  expect(
    breakTranslation((root, code) =>
      editJson(root, localeCollectionFile(code, 'glossary'), (terms) => {
        [terms[0], terms[1]] = [terms[1], terms[0]];
      }),
    ),
  ).toMatch(
    /glossary\.json: glossary\[0\]\.id: must be "[a-z-]+", the item at this place in English/,
  );
  expect(
    breakTranslation((root, code) =>
      editJson(root, `${uiDirOf(code)}/app.json`, (keys) => {
        delete keys.appName;
        keys.documentTitle = 'no placeholder';
      }),
    ),
  ).toMatch(
    /ui\/app\.json: appName: is missing \(the English has it\)[\s\S]*ui\/app\.json: documentTitle: must use the placeholders \{title\}/,
  );
});
