import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { languages, plain, plainFor } from './content.ts';

const [english, spanish] = languages;
const step = english!.bundle.journey.steps[6]!;
const spanishStep = spanish!.bundle.journey.steps[6]!;

test('the first response already holds the page text, its title and language', async ({
  request,
}) => {
  // As a browser asks for a page.
  const headers = { accept: 'text/html' };
  const html = await (
    await request.get(`/es/steps/${spanishStep.id}`, { headers })
  ).text();
  expect(html).toContain('<html lang="es"');
  expect(html).toContain(
    `<title>${plain(spanishStep.title, spanish!.bundle.journey)}`,
  );
  expect(html).toContain(plain(spanishStep.title, spanish!.bundle.journey));
  const overview = await (await request.get('/', { headers })).text();
  expect(overview).toContain(english!.bundle.messages.app!.overviewHeading);
});

test('with JavaScript blocked, a prerendered step still reads', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/steps/${step.id}`);
  await expect(
    page.getByRole('heading', { level: 1, name: plain(step.title) }),
  ).toBeVisible();
  await expect(page.getByText(plain(step.summary)).first()).toBeVisible();
  await context.close();
});

const pictured = english!.bundle.journey.steps.find(
  (item) => item.illustrationIds.length > 0,
)!;

/** Keeps the page's heading and first picture as the server sent them. */
async function keepPrerenderedNodes(page: Page) {
  await page.addInitScript(() => {
    // Module scripts and the content fetch run after this event, so the
    // nodes kept are the prerendered ones.
    document.addEventListener('DOMContentLoaded', () => {
      const kept = window as unknown as { kept: (Element | null)[] };
      kept.kept = [
        document.querySelector('h1'),
        document.querySelector('main img'),
      ];
    });
  });
}

async function appStarted(page: Page) {
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
}

for (const url of [
  '/',
  `/steps/${pictured.id}`,
  `/es/steps/${pictured.id}`,
  '/glossary',
]) {
  test(`a fresh visitor's ${url} is taken over where it stands, not built again`, async ({
    page,
  }) => {
    // Building it again would lay out and paint the page twice on a slow
    // phone, and make the copy's picture load and paint a second time.
    await page.setViewportSize({ width: 360, height: 740 });
    await keepPrerenderedNodes(page);
    await page.goto(url);
    await appStarted(page);
    const same = await page.evaluate(() => {
      const { kept } = window as unknown as { kept: (Element | null)[] };
      return {
        heading: kept[0] !== null && kept[0] === document.querySelector('h1'),
        picture: kept[1] === document.querySelector('main img'),
      };
    });
    expect(same).toEqual({ heading: true, picture: true });
    // And the page answers: the app runs on the copy it took over.
    if (url.includes('/steps/')) {
      const { bundle } = url.startsWith('/es/') ? spanish! : english!;
      const next = bundle.messages.step!.next!;
      await page.getByRole('link', { name: new RegExp(`^${next}`) }).click();
      await expect(page).not.toHaveURL(new RegExp(`${pictured.id}$`));
    }
  });
}

test('a reader with saved wording gets it over the fresh-visitor copy', async ({
  page,
}) => {
  const strings = english!.bundle.messages['my-journey']!;
  await page.goto('/');
  await page
    .getByRole('button', { name: strings.whoChildShort, exact: true })
    .click();
  const withWording = english!.bundle.journey.steps.find(
    (item) => typeof item.summary !== 'string',
  )!;
  // A full page load of a prerendered step, as opening a saved link does.
  await page.goto(`/steps/${withWording.id}`);
  await appStarted(page);
  await expect(
    page.getByText(plainFor(withWording.summary, 'child')).first(),
  ).toBeVisible();
});

/** Total layout shift while the app starts over the prerendered page. */
async function layoutShiftWhileLoading(page: Page, url: string) {
  await page.addInitScript(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
      }[])
        if (!entry.hadRecentInput)
          (window as unknown as { shift: number }).shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page.evaluate(() => (window as unknown as { shift: number }).shift);
}

for (const [label, url] of [
  ['the overview', '/'],
  ['a step', `/steps/${step.id}`],
  ['a Spanish step', `/es/steps/${spanishStep.id}`],
  ['the glossary', '/glossary'],
]) {
  test(`${label} does not move when the app starts over its prerendered copy`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await layoutShiftWhileLoading(page, url!)).toBeLessThan(0.01);
  });
}
