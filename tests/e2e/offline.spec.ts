import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures.ts';
import { printToPdf } from './pdf.ts';
import { expectNoViolations } from './axe.ts';
import { journey, languages, plain } from './content.ts';
import { serveFolder } from './static-server.ts';

test('after one visit the guide works with the network cut, deep links included', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Wait until the service worker has installed and precached everything.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  const step = journey.steps.find((item) => item.illustrationIds.length > 0)!;
  await page.goto(`/steps/${step.id}`);
  await expect(
    page.getByRole('heading', { level: 1, name: plain(step.title) }),
  ).toBeVisible();
  const picture = page.getByRole('article').getByRole('img').first();
  await expect(picture).toBeVisible();
  expect(
    await picture.evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBeGreaterThan(0);

  const modality = journey.modalities[0]!;
  await page.goto(`/steps/${step.id}?panel=modality:${modality.id}`);
  await expect(page.getByRole('dialog', { name: modality.name })).toBeVisible();

  await page.goto('/glossary');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Glossary' }),
  ).toBeVisible();
  await page.goto('/about');
  await expect(
    page.getByRole('heading', { level: 1, name: 'About this information' }),
  ).toBeVisible();
  await page.goto('/my-journey');
  await expect(
    page.getByRole('heading', { level: 1, name: 'My journey' }),
  ).toBeVisible();
  await page.goto(`/present/${step.id}`);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: plain(step.title) }),
  ).toBeVisible();
});

test('offline after one visit, a Spanish-speaking family can open a shared link, walk the whole journey, read the glossary and open the handout', async ({
  page,
  context,
}) => {
  const spanish = languages.find((language) => language.locale.code === 'es')!;
  const es = spanish.bundle.journey;
  const ui = spanish.bundle.messages;
  await page.goto('/es/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  const shared = es.steps[6]!;
  await page.goto(`/es/steps/${shared.id}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(
    page.getByRole('heading', { level: 1, name: plain(shared.title, es) }),
  ).toBeVisible();
  // From the first step to the last of the main journey, with Next.
  const branches = new Set(
    es.phases
      .filter((phase) => phase.kind === 'branch')
      .map((phase) => phase.id),
  );
  const mainPath = es.steps.filter((step) => !branches.has(step.phaseId));
  await page.goto(`/es/steps/${mainPath[0]!.id}`);
  for (const [index, step] of mainPath.entries()) {
    if (index > 0)
      await page
        .getByRole('link', { name: new RegExp(`^${ui.step!.next}`) })
        .first()
        .click();
    await expect(
      page.getByRole('heading', { level: 1, name: plain(step.title, es) }),
    ).toBeVisible();
  }

  await page.goto('/es/glossary');
  await expect(
    page.getByRole('heading', { level: 1, name: ui.app!.glossaryTitle }),
  ).toBeVisible();
  await expect(page.getByText(es.glossary[0]!.definition)).toBeVisible();

  await page.goto('/es/my-journey/handout');
  await expect(
    page.getByRole('heading', { level: 1, name: ui.app!.handoutHeading }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: ui.app!.handoutPrint }),
  ).toBeVisible();
  const printed = await printToPdf(page);
  expect(printed.text).toContain(ui.app!.handoutHeading);
  expect(printed.text).not.toContain(ui.app!.handoutPrint);
});

/**
 * A visit without the service worker: once it is installed, files come
 * from its cache and the network no longer matters. The page's goto is the
 * browser's own, which does not wait for the app.
 */
async function visitWithoutServiceWorker(
  browser: Browser,
  baseURL: string | undefined,
) {
  const context = await browser.newContext({
    baseURL,
    serviceWorkers: 'block',
  });
  return { context, page: await context.newPage() };
}

test('when the content cannot load, the page says so in its language, keeps any text it has and offers a reload', async ({
  browser,
  baseURL,
}) => {
  const { context, page } = await visitWithoutServiceWorker(browser, baseURL);
  await page.route('**/assets/content-*.json', (route) => route.abort());
  for (const [index, { locale, bundle }] of languages.entries()) {
    const prefix = index === 0 ? '' : `/${locale.code}`;
    const step = bundle.journey.steps[0]!;
    const stepTitle = page.getByRole('heading', {
      level: 1,
      name: plain(step.title, bundle.journey),
    });
    // A page the app builds from the shell has only the message to show.
    await page.goto(`${prefix}/my-journey`, { waitUntil: 'load' });
    await expect(
      page.getByRole('alert').filter({
        has: page.getByRole('heading', { name: locale.loadError.title }),
      }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', locale.code);

    // A prerendered page keeps its text under the message.
    await page.goto(`${prefix}/steps/${step.id}`, { waitUntil: 'load' });
    const alert = page
      .getByRole('alert')
      .filter({ hasText: locale.loadError.title });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(locale.loadError.text);
    await expect(stepTitle).toBeVisible();
    await expectNoViolations(page, `${prefix}/steps/${step.id}, not loaded`);

    // Reload asks again; once the content arrives the app takes over.
    await page.unroute('**/assets/content-*.json');
    await alert.getByRole('button', { name: locale.loadError.button }).click();
    await expect(alert).toBeHidden();
    await expect(stepTitle).toBeVisible();
    await page.route('**/assets/content-*.json', (route) => route.abort());
  }
  await context.close();
});

test('a file dropped once by a poor connection is fetched again, and the page starts as usual', async ({
  browser,
  baseURL,
}) => {
  const { context, page } = await visitWithoutServiceWorker(browser, baseURL);
  // The content, the app's code and the step page's code: each is lost on
  // its first request.
  const dropped = new Set<string>();
  await page.route(
    /\/assets\/(content-[\w-]+\.json|render-app-[\w-]+\.js|step-route-[\w-]+\.js)$/,
    (route) => {
      const file = new URL(route.request().url()).pathname;
      if (dropped.has(file)) return route.continue();
      dropped.add(file);
      return route.abort('connectionreset');
    },
  );
  const [step, next] = journey.steps;
  await page.goto(`/steps/${step!.id}`, { waitUntil: 'load' });
  await waitForApp(page);
  // Each of the three was dropped once, and came on its second request.
  expect(dropped.size).toBe(3);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The app answers: the next step opens without a page load.
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('heading', { level: 1, name: plain(next!.title) }),
  ).toBeVisible();
  await context.close();
});

test('a new version announces itself, and updating keeps what the reader wrote', async ({
  page,
}) => {
  const ui = languages[0]!.bundle.messages;
  // A copy of the build on its own server, so a new version can be
  // deployed under the page: a changed service worker is a new version.
  const copy = mkdtempSync(path.join(tmpdir(), 'dist-update-'));
  cpSync(path.resolve(process.env.E2E_DIST ?? 'dist'), copy, {
    recursive: true,
  });
  const site = await serveFolder(copy);
  try {
    const step = journey.steps[0]!;
    await page.goto(`${site.origin}/steps/${step.id}`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    const note = page.getByRole('textbox', {
      name: ui['my-journey']!.stepNoteLabel,
    });
    await note.fill('Ask about the port');

    appendFileSync(path.join(copy, 'sw.js'), '\n// the next version\n');
    await page.reload();
    const notice = page.getByRole('status').filter({
      hasText: ui.layout!.updateReady!,
    });
    await expect(notice).toBeVisible();
    await expect(note).toHaveValue('Ask about the port');

    await notice.getByRole('button', { name: ui.layout!.updateButton }).click();
    // The new version takes over and the page reloads under it.
    await expect(notice).toBeHidden();
    await expect(
      page.getByRole('heading', { level: 1, name: plain(step.title) }),
    ).toBeVisible();
    await expect(note).toHaveValue('Ask about the port');
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting === null && registration.active !== null;
      }),
    ).toBe(true);
  } finally {
    await site.close();
    rmSync(copy, { recursive: true, force: true });
  }
});
