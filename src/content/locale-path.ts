/**
 * The language is the first part of the address for every language but the
 * source one: /steps/x is English, /es/steps/x is Spanish. Small and free of
 * content, so main.tsx can pick the language before anything else loads.
 */
import { locales } from 'virtual:journey';
import type { Locale } from './schema.ts';

/** The source language: its addresses have no prefix. */
export const sourceLocale = locales[0]!;

/** Splits /es/steps/x into the Spanish locale and /steps/x. */
export function splitLocalePath(pathname: string) {
  const first = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  const locale = locales
    .slice(1)
    .find((candidate) => candidate.code === first?.[1]?.toLowerCase());
  if (!locale) return { locale: sourceLocale, rest: pathname, prefixed: false };
  return { locale, rest: first?.[2] || '/', prefixed: true };
}

/** The router's basename for a language: '' for the source language. */
export function basenameOf(locale: Locale) {
  return locale.code === sourceLocale.code ? '' : `/${locale.code}`;
}

/** The same page in another language: /steps/x → /es/steps/x. */
/**
 * The query word by which bedside mode's address says the nurse chose its
 * language (bedside mode stores nothing, so the choice travels in it).
 */
export const CHOSEN_LANGUAGE_PARAM = 'lang';

export function pathInLocale(locale: Locale, rest: string) {
  const base = basenameOf(locale);
  if (!base) return rest;
  return rest === '/' ? `${base}/` : `${base}${rest}`;
}

/** The language the reader's browser prefers most among ours, if any. */
export function browserLocale(languages: readonly string[]) {
  for (const language of languages) {
    const wanted = language.toLowerCase();
    const match =
      locales.find((locale) => locale.code === wanted) ??
      locales.find((locale) => locale.code === wanted.split('-')[0]);
    if (match) return match;
  }
  return undefined;
}

export function findLocale(code: string | null | undefined) {
  return locales.find((locale) => locale.code === code);
}

/**
 * Marks the page with its language and text direction (lang, dir), and
 * points it at the install manifest in that language.
 */
export function applyDocumentLanguage(locale: Locale, root: HTMLElement) {
  root.lang = locale.code;
  root.dir = locale.dir;
  root.ownerDocument
    .querySelector('link[rel="manifest"]')
    ?.setAttribute('href', `${basenameOf(locale)}/manifest.webmanifest`);
}
