/**
 * Holds the content of the page's language once it is available. A build
 * ships each language as its own JSON file (content and interface strings),
 * fetched by main.tsx before the app starts (read in a worker); dev and tests
 * get them inline.
 *
 * The language is fixed for the life of the page: switching language loads
 * the other language's address (docs/decisions/009).
 */
import { bundleUrls, inlineBundles, locales } from 'virtual:journey';
import type { LocaleBundle } from './locales.ts';
import type { Locale } from './schema.ts';

// src/build/content-plugin.ts parsed these with the schemas at build time, so
// the type holds; repeating the parse here would ship zod to the browser.
let installed: { locale: Locale; bundle: LocaleBundle } | undefined;

export const sourceLocale: Locale = locales[0]!;

/** The languages the app offers, the source language first. */
export function getLocales(): readonly Locale[] {
  return locales;
}

export function getInstalled() {
  if (!installed) {
    // Dev and tests start in the source language unless told otherwise.
    const bundle = inlineBundles?.[sourceLocale.code] as
      LocaleBundle | undefined;
    if (!bundle) throw new Error('The content has not been loaded yet.');
    installed = { locale: sourceLocale, bundle };
  }
  return installed;
}

/**
 * Makes a language's content the page's content: fetched in a build,
 * immediate in dev and tests. Must run before the app's modules load.
 */
export async function loadLocale(locale: Locale) {
  const inline = inlineBundles?.[locale.code] as LocaleBundle | undefined;
  if (inline) {
    installed = { locale, bundle: inline };
    return;
  }
  const url = bundleUrls[locale.code];
  if (!url) throw new Error(`No content for language "${locale.code}"`);
  installed = { locale, bundle: await readInWorker(url) };
}

/**
 * Fetches and parses a content file in a worker (content-worker.ts): the
 * page stays responsive while it arrives, and only takes the finished object.
 */
function readInWorker(url: string) {
  return new Promise<LocaleBundle>((resolve, reject) => {
    const worker = new Worker(new URL('./content-worker.ts', import.meta.url));
    const finish = (bundle?: LocaleBundle, error?: string) => {
      worker.terminate();
      if (bundle) resolve(bundle);
      else reject(new Error(error ?? 'The content could not be read'));
    };
    worker.onmessage = ({ data }: MessageEvent<WorkerAnswer>) =>
      finish(data.bundle, data.error);
    worker.onerror = () => finish();
    worker.postMessage(url);
  });
}

type WorkerAnswer = { bundle?: LocaleBundle; error?: string };

/** For tests: installs a bundle (e.g. a pseudo-locale) directly. */
export function installBundle(locale: Locale, bundle: LocaleBundle) {
  installed = { locale, bundle };
}
