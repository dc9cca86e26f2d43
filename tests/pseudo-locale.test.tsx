/**
 * Renders every kind of page in a right-to-left pseudo-locale built from
 * the English data alone (tests/tools/pseudo-locale.ts). Any text that is
 * still plain ASCII was written in the code instead of data/ui/, so a
 * translator could never reach it.
 */
import { screen } from '@testing-library/react';
import { beforeAll, expect, test, vi } from 'vitest';
import type { renderRoute as RenderRouteFunction } from './render-route.tsx';
import {
  PSEUDO_LOCALE,
  hasPlainLetters,
  pseudoBundle,
} from '#tests/tools/pseudo-locale.ts';

let renderRoute: typeof RenderRouteFunction;
let allowed: string[] = [];
let firstStepId = '';

beforeAll(async () => {
  // Fresh app modules: they read the page's language when first imported.
  vi.resetModules();
  const data = await import('#src/content/journey-data.ts');
  const english = data.getInstalled().bundle;
  data.installBundle(PSEUDO_LOCALE, pseudoBundle(english));
  ({ renderRoute } = await import('./render-route.tsx'));
  const { journey } = await import('#src/content/journey.ts');
  firstStepId = journey.steps[0]!.id;
  // Names that are the same in every language.
  allowed = [
    ...journey.medicines.flatMap((medicine) => medicine.brandNames),
    ...journey.sources.map((source) => source.publisher),
  ].sort((a, b) => b.length - a.length);
});

/** Visible text and accessible names that still have plain ASCII letters. */
function untranslatedText() {
  const found = new Set<string>();
  const check = (text: string | null, element: Element) => {
    if (!text?.trim()) return;
    // Text marked as another language (source titles, language names).
    const lang = element.closest('[lang]')?.getAttribute('lang');
    if (lang && lang !== PSEUDO_LOCALE.code) return;
    let rest = text
      // Web addresses, and what the reader typed into the address.
      .replace(/https?:\/\/\S+/g, '')
      .replaceAll('no-such-step', '');
    for (const name of allowed) rest = rest.replaceAll(name, '');
    // A glossary letter heading is the first letter of translated terms.
    if (/^[A-Z]$/.test(rest.trim())) return;
    if (hasPlainLetters(rest)) found.add(text.trim());
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node.parentElement?.closest('script, style')) continue;
    check(node.textContent, node.parentElement!);
  }
  for (const element of document.body.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
      check(element.getAttribute(name), element);
    }
  }
  return [...found];
}

test('the page takes the language and direction of a right-to-left locale', async () => {
  const { applyDocumentLanguage } = await import('#src/content/locale-path.ts');
  const root = document.createElement('html');
  applyDocumentLanguage(PSEUDO_LOCALE, root);
  expect(root.lang).toBe(PSEUDO_LOCALE.code);
  expect(root.dir).toBe('rtl');
});

const PAGES = [
  ['the overview', () => '/'],
  ['a step', () => `/steps/${firstStepId}`],
  ['the glossary', () => '/glossary'],
  ['the about page', () => '/about'],
  ['My journey', () => '/my-journey'],
  ['the handout', () => '/my-journey/handout'],
  ['bedside mode setup', () => '/present'],
  ['a bedside step', () => `/present/${firstStepId}`],
  ['an unknown page', () => '/no-such-page'],
  ['an unknown step', () => '/steps/no-such-step'],
] as const;

test.each(PAGES)(
  'in a pseudo-locale, %s has no text left in the code',
  async (_name, url) => {
    renderRoute(url());
    expect(await screen.findAllByRole('heading', { level: 1 })).not.toEqual([]);
    expect(untranslatedText()).toEqual([]);
  },
);
