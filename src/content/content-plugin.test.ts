import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ResolvedConfig } from 'vite';
import { afterEach, expect, test } from 'vitest';
import { contentPlugin } from './content-plugin.ts';

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

/** Runs the plugin's build hooks the way `vite build` does. */
function loadJourneyModule(root: string) {
  const plugin = contentPlugin();
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
  return { code: load.call(context, '\0virtual:journey'), emitted };
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
  }
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

/** Runs the plugin's build hook for the unit-profile module. */
function loadUnitProfileModule(root: string, unitProfilePath?: string) {
  const plugin = contentPlugin({ unitProfilePath });
  const context = { addWatchFile: () => {}, emitFile: () => {} };
  const configResolved = plugin.configResolved as (
    config: ResolvedConfig,
  ) => void;
  configResolved({ root, command: 'build' } as ResolvedConfig);
  const load = plugin.load as unknown as (
    this: typeof context,
    id: string,
  ) => string;
  return load.call(context, '\0virtual:unit-profile');
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
