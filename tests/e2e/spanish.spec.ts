import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoViolations } from './axe.ts';
import { languages, plain } from './content.ts';

const english = languages[0]!;
const spanish = languages.find((language) => language.locale.code === 'es')!;
const es = spanish.bundle.journey;
const steps = es.steps;

test('a shared Spanish link opens in Spanish, and the language switch keeps the page and is remembered', async ({
  page,
}) => {
  const step = steps[3]!;
  await page.goto(`/es/steps/${step.id}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(
    page.getByRole('heading', { level: 1, name: plain(step.title, es) }),
  ).toBeVisible();

  await page
    .getByRole('navigation', {
      name: spanish.bundle.messages.app!.languageSwitch,
    })
    .getByRole('link', { name: english.locale.name })
    .click();
  await expect(page).toHaveURL(`/steps/${step.id}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const englishStep = english.bundle.journey.steps[3]!;
  await expect(
    page.getByRole('heading', { level: 1, name: plain(englishStep.title) }),
  ).toBeVisible();

  await page.getByRole('link', { name: spanish.locale.name }).click();
  await expect(page).toHaveURL(`/es/steps/${step.id}`);
  // The front door now opens in the language chosen on this device.
  await page.goto('/');
  await expect(page).toHaveURL('/es/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('a browser set to Spanish opens the front door in Spanish', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'es-US' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL('/es/');
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: spanish.bundle.messages.app!.overviewHeading,
    }),
  ).toBeVisible();
  await context.close();
});

/**
 * English words that never appear in Spanish text, in lower case or with a
 * capital first letter ("IT" in "quimio IT" is a Spanish abbreviation).
 */
test('the app installs under its name in the language of the page it is installed from', async ({
  page,
}) => {
  const installed = async (path: string) => {
    await page.goto(path);
    const href = await page
      .locator('link[rel="manifest"]')
      .getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.ok()).toBe(true);
    return (await response.json()) as Record<string, unknown>;
  };
  const inEnglish = await installed('/');
  expect(inEnglish).toMatchObject({
    name: english.bundle.messages.app!.appName,
    short_name: english.bundle.messages.app!.appShortName,
    lang: english.locale.code,
    start_url: '/',
  });
  // A prerendered page and one the app builds from the shell alike.
  for (const path of ['/es/', '/es/my-journey']) {
    const inSpanish = await installed(path);
    expect(inSpanish).toMatchObject({
      name: spanish.bundle.messages.app!.appName,
      short_name: spanish.bundle.messages.app!.appShortName,
      description: spanish.bundle.messages.app!.metaDescription,
      lang: 'es',
      start_url: '/es/',
      // One app, whichever language it was installed in.
      id: inEnglish.id,
      icons: inEnglish.icons,
    });
  }
});

const ENGLISH_WORDS = new RegExp(
  `\\b(${(
    'the and your you with is are this that for when what how will can may ' +
    'about from have not or on at be it of to step next back close open ' +
    'print save show hide'
  )
    .split(' ')
    .map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`)
    .join('|')})\\b`,
);

/** Strings of the English interface and content that Spanish must not show. */
const englishOnly = (() => {
  const spanishStrings = new Set(
    Object.values(spanish.bundle.messages).flatMap((area) =>
      Object.values(area),
    ),
  );
  const texts = [
    ...Object.values(english.bundle.messages).flatMap((area) =>
      Object.values(area),
    ),
    ...english.bundle.journey.steps.map((step) => plain(step.title)),
    ...english.bundle.journey.phases.map((phase) => plain(phase.title)),
    ...english.bundle.journey.glossary.map((term) => term.term),
  ];
  return new Set(
    texts.filter(
      (text) =>
        !text.includes('{') && !spanishStrings.has(text) && /\s/.test(text),
    ),
  );
})();

/** Names that are the same in both languages. */
const SHARED_NAMES = [
  ...es.medicines.flatMap((medicine) => medicine.brandNames),
  ...es.sources.map((source) => source.publisher),
].sort((a, b) => b.length - a.length);

/** Visible text and accessible names on the page that are not Spanish. */
async function untranslated(page: Page) {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const add = (text: string | null, element: Element) => {
      if (!text?.trim()) return;
      const lang = element.closest('[lang]')?.getAttribute('lang');
      if (lang && lang !== 'es') return;
      found.push(text.trim());
    };
    const walker = document.createTreeWalker(
      document.body,
      NodeFilter.SHOW_TEXT,
    );
    while (walker.nextNode()) {
      const parent = walker.currentNode.parentElement!;
      if (parent.closest('script, style, noscript')) continue;
      add(walker.currentNode.textContent, parent);
    }
    for (const element of document.body.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder'])
        add(element.getAttribute(name), element);
    }
    add(document.title, document.documentElement);
    return found;
  });
  return texts.filter((text) => {
    if (englishOnly.has(text)) return true;
    let rest = text.replace(/https?:\/\/\S+/g, '');
    for (const name of SHARED_NAMES) rest = rest.replaceAll(name, '');
    return ENGLISH_WORDS.test(rest);
  });
}

test('every Spanish page and panel is in Spanish with no English left, fits a 320 px phone, and each template passes axe', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const pages = [
    '/es/',
    ...steps.map((step) => `/es/steps/${step.id}`),
    '/es/glossary',
    '/es/about',
    '/es/my-journey',
    '/es/my-journey/handout',
    '/es/present',
    `/es/present/${steps[0]!.id}`,
    // A bedside plan on a care topic's screen (its marks panel is in the
    // page, hidden), and the recap the family's phone opens.
    `/es/present/${es.careTopics[0]!.id}?who=adult&plan=${steps[0]!.id}.${es.careTopics[0]!.id}&review=${es.careTopics[0]!.id}&screen=1`,
    `/es/recap?taught=${steps[0]!.id}&review=${es.careTopics[0]!.id}`,
    `/es/steps/${steps[0]!.id}?panel=modality:${es.modalities[0]!.id}`,
    `/es/steps/${steps[0]!.id}?panel=medicine:${es.medicines[0]!.id}`,
    `/es/steps/${steps[0]!.id}?panel=test:${es.tests[0]!.id}`,
    '/es/no-such-page',
  ];
  const axeSkipped = new Set(
    steps.slice(1).map((step) => `/es/steps/${step.id}`),
  );
  const problems: string[] = [];
  for (const url of pages) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    if (url.includes('panel='))
      await expect(page.getByRole('dialog')).toBeVisible();
    for (const text of await untranslated(page))
      problems.push(`${url}: ${text}`);
    const overflow = await page.evaluate(
      () =>
        document.documentElement.scrollWidth -
        document.documentElement.clientWidth,
    );
    if (overflow > 0)
      problems.push(`${url}: scrolls sideways by ${overflow} px`);
    // axe runs once per page template: every step's page is the same
    // template, and accessibility.spec.ts sweeps each Spanish step with the
    // cheap invariants (issue 15).
    if (!axeSkipped.has(url)) await expectNoViolations(page, url);
  }
  expect(problems).toEqual([]);
});
