import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoViolations } from './axe.ts';
import { journey, languages } from './content.ts';

async function openEverySection(page: Page) {
  const collapsed = page.locator('.step button[aria-expanded="false"]');
  while ((await collapsed.count()) > 0) {
    // Keyboard, not the mouse: the sticky step bar may cover a button.
    await collapsed.first().focus();
    await page.keyboard.press('Enter');
  }
}

const branchIds = new Set(
  journey.phases
    .filter((phase) => phase.kind === 'branch')
    .map((phase) => phase.id),
);

/**
 * One step of each kind the step template shows: a plain one, one with
 * many medicines (a long "When to call"), one with a picture, and one on a
 * side path. Every other step is the same template with other words; the
 * invariant sweep below checks them all.
 */
const TEMPLATE_STEPS = [
  journey.steps[0]!,
  [...journey.steps].sort(
    (a, b) => b.medicineIds.length - a.medicineIds.length,
  )[0]!,
  journey.steps.find((step) => step.illustrationIds.length > 0)!,
  journey.steps.find((step) => branchIds.has(step.phaseId))!,
];

const PAGES = [
  '/',
  '/glossary',
  '/about',
  '/when-to-call',
  '/care',
  `/care/${journey.careTopics[0]!.id}`,
  '/no/such/page',
  '/steps/not-a-real-step',
];

const PANELS = [
  `modality:${journey.modalities[0]!.id}`,
  `medicine:${journey.medicines[0]!.id}`,
  `test:${journey.tests[0]!.id}`,
];

// Each page template under axe at a phone in light and a tablet in dark.
for (const { width, scheme } of [
  { width: 360, scheme: 'light' },
  { width: 1024, scheme: 'dark' },
] as const) {
  test(`every page template has no axe violations at ${width} px, ${scheme}`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    for (const url of PAGES) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoViolations(page, url);
    }
  });

  test(`representative steps, closed and open, and one panel of each kind have no axe violations at ${width} px, ${scheme}`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    for (const step of TEMPLATE_STEPS) {
      const url = `/steps/${step.id}`;
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoViolations(page, url);
      await openEverySection(page);
      await expect(page).toHaveURL(url);
      await expectNoViolations(page, `${url} with every section open`);
    }
    for (const panel of PANELS) {
      await page.goto(`/steps/${TEMPLATE_STEPS[1]!.id}?panel=${panel}`);
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, panel);
    }
  });
}

/**
 * The cheap checks every page must pass, run in the page: one h1, no
 * skipped heading level, a name on every link and button, alt text on
 * every picture, a language on every element whose text is in another
 * language (checked where the app knows it: English source titles), and
 * no sideways scrolling. Returns what is wrong, empty when all is well.
 */
function invariantProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const visible = (element: Element) =>
      !element.closest('[hidden]') &&
      (element as HTMLElement).offsetParent !== null;
    const h1s = [...document.querySelectorAll('h1')].filter(visible);
    if (h1s.length !== 1) problems.push(`${h1s.length} h1 elements`);
    let last = 0;
    for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      if (!visible(heading)) continue;
      const level = Number(heading.tagName[1]);
      if (last > 0 && level > last + 1)
        problems.push(`h${level} after h${last}: ${heading.textContent}`);
      last = level;
    }
    for (const control of document.querySelectorAll('a[href], button')) {
      const name =
        control.getAttribute('aria-label') ?? control.textContent?.trim() ?? '';
      if (name === '')
        problems.push(`unnamed ${control.outerHTML.slice(0, 80)}`);
    }
    for (const image of document.querySelectorAll('img')) {
      if (!image.hasAttribute('alt')) problems.push(`no alt: ${image.src}`);
    }
    const overflow =
      document.documentElement.scrollWidth -
      document.documentElement.clientWidth;
    if (overflow > 0) problems.push(`scrolls sideways by ${overflow} px`);
    return problems;
  });
}

// Every step in every language, with the cheap invariants (no axe: the
// templates above cover what axe finds, at a fraction of the time).
for (const { locale, bundle } of languages) {
  const prefix =
    locale.code === languages[0]!.locale.code ? '' : `/${locale.code}`;
  test(`${locale.code}: every step and care topic keeps the page invariants at 360 px`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 360, height: 800 });
    const urls = [
      ...bundle.journey.steps.map((step) => `${prefix}/steps/${step.id}`),
      ...bundle.journey.careTopics.map((topic) => `${prefix}/care/${topic.id}`),
    ];
    for (const url of urls) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await invariantProblems(page), url).toEqual([]);
      if (prefix === '') continue;
      // Source titles are English on a page in another language.
      const titles = page.locator('.source-list a span[lang]');
      const count = await page.locator('.source-list a').count();
      expect(await titles.count(), url).toBe(count);
    }
  });
}
