import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { languages, plain } from './content.ts';

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

test('a prerendered page paints only once its whole copy is in', async ({
  browser,
}) => {
  // On a slow line the HTML arrives in pieces; painting half a paragraph
  // first would also make the app's render over it the page's largest paint.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const url of ['/', `/steps/${step.id}`, `/es/steps/${spanishStep.id}`]) {
    await page.goto(url);
    const held = await page.evaluate(() => {
      const link = document.querySelector('head link[rel="expect"]');
      const root = document.getElementById('root');
      return {
        blocking: link?.getAttribute('blocking'),
        target: link?.getAttribute('href'),
        lastInCopy: `#${root?.lastElementChild?.id}`,
      };
    });
    expect(held.blocking, url).toBe('render');
    expect(held.target, url).toBe(held.lastInCopy);
  }
  await context.close();
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
