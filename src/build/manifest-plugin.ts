/**
 * The install manifest in every language. The source language's one is
 * written by vite-plugin-pwa (manifest.webmanifest); this plugin takes its
 * names from data/ui/app.json and writes a copy for each other language
 * (es/manifest.webmanifest), so the app a family installs from a Spanish
 * page is named in Spanish and opens in Spanish. Every copy has the same
 * id: it is one app, installed in the reader's language.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { ManifestOptions } from 'vite-plugin-pwa';
import { readLocales, uiDirOf } from '../content/locales.ts';

export const MANIFEST_FILE = 'manifest.webmanifest';

/** A language's manifest address: /manifest.webmanifest, /es/manifest.webmanifest. */
export function manifestPathOf(code: string, sourceCode: string) {
  return code === sourceCode
    ? `/${MANIFEST_FILE}`
    : `/${code}/${MANIFEST_FILE}`;
}

/** The names a manifest shows, from a language's data/…/ui/app.json. */
function namesIn(root: string, uiDir: string) {
  const app = JSON.parse(
    readFileSync(path.join(root, uiDir, 'app.json'), 'utf8'),
  ) as Record<string, string | undefined>;
  return {
    name: app.appName ?? '',
    short_name: app.appShortName ?? '',
    description: app.metaDescription ?? '',
  };
}

/**
 * The source language's manifest fields that come from data: its names,
 * language and direction. The build checks data/ before it gets here.
 */
export function sourceManifestFields(root: string) {
  const locales = readLocales(root);
  if (!locales.ok) throw new Error('data/locales.json is not valid');
  const source = locales.value[0]!;
  return {
    ...namesIn(root, uiDirOf(undefined)),
    lang: source.code,
    dir: source.dir,
    start_url: '/',
    scope: '/',
    id: '/',
  } satisfies Partial<ManifestOptions>;
}

export function localeManifestsPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'locale-manifests',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle: {
      // After vite-plugin-pwa has written the source language's manifest.
      order: 'post',
      handler(_options, bundle) {
        const source = bundle[MANIFEST_FILE];
        if (source?.type !== 'asset') return;
        const manifest = JSON.parse(String(source.source)) as ManifestOptions;
        const locales = readLocales(root);
        if (!locales.ok) this.error('data/locales.json is not valid');
        for (const locale of locales.value.slice(1)) {
          this.emitFile({
            type: 'asset',
            fileName: `${locale.code}/${MANIFEST_FILE}`,
            source: JSON.stringify({
              ...manifest,
              ...namesIn(root, uiDirOf(locale.code)),
              lang: locale.code,
              dir: locale.dir,
              start_url: `/${locale.code}/`,
            }),
          });
        }
      },
    },
  };
}
