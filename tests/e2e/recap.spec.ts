import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoViolations } from './axe.ts';
import { journey, languages, plainFor } from './content.ts';
import { expect, test, waitForApp } from './fixtures.ts';
import { printToPdf } from './pdf.ts';

// A family's phone.
test.use({ viewport: { width: 360, height: 740 } });

const [taughtStep, reviewStep] = journey.steps;
const [careTopic] = journey.careTopics;
const TAUGHT = [taughtStep!.id, careTopic!.id];
const REVIEW = [reviewStep!.id];
// The link bedside mode hands over: situation first, then the topics.
const RECAP = `/recap?stage=newly-diagnosed&who=child&taught=${TAUGHT.join('.')}&review=${REVIEW.join('.')}`;
const child = (text: Parameters<typeof plainFor>[0]) => plainFor(text, 'child');
const UNREADABLE = /list of topics could not be read/;

/** The "Topics taught" section shows the review step flagged, the rest not. */
async function expectSavedRecord(page: Page) {
  const record = page.getByRole('region', { name: 'Topics taught' });
  await expect(
    record.getByRole('listitem').filter({ hasText: child(reviewStep!.title) }),
  ).toContainText('Go over again');
  await expect(
    record.getByRole('link', { name: child(careTopic!.title) }),
  ).toBeVisible();
  // One day, one record, however often the link was saved.
  await expect(record.getByRole('heading', { level: 3 })).toHaveCount(1);
}

test('a recap is saved to My journey, printed, exported and imported elsewhere', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.goto(RECAP);
  await expect(
    page.getByRole('heading', { level: 1, name: 'What we covered today' }),
  ).toBeVisible();
  // The header applies the situation (and says so); the topics stay.
  await expect(page).toHaveURL(/\/recap\?taught=.*&review=/);
  const review = page.getByRole('region', { name: 'To go over again' });
  await expect(
    review.getByRole('listitem').filter({
      has: page.getByRole('link', { name: child(reviewStep!.title) }),
    }),
  ).toContainText('Go over again');
  const covered = page.getByRole('region', { name: 'Covered' });
  await expect(covered.getByRole('link')).toHaveText([
    child(taughtStep!.title),
    child(careTopic!.title),
  ]);
  await expect(covered).not.toContainText('Go over again');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoViolations(page, `recap at 360 ${scheme}`);
  }

  const save = page.getByRole('button', { name: 'Save to My journey' });
  await save.click();
  await expect(page.getByRole('status').last()).toContainText(
    'Saved to My journey.',
  );
  await page.reload();
  await save.click();
  await page.getByRole('link', { name: 'Open My journey' }).click();
  await expect(page).toHaveURL('/my-journey');
  await expectSavedRecord(page);
  await page.reload();
  await expectSavedRecord(page);
  await expectNoViolations(page, '/my-journey with topics taught');

  await page.goto('/my-journey/handout');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Topics taught' }),
  ).toBeVisible();
  const { text } = await printToPdf(page);
  expect(text).toContain('Topics taught');
  expect(text).toContain(`${child(reviewStep!.title)} (go over again)`);
  expect(text).toContain(child(careTopic!.title));

  await page.goto('/my-journey');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my journey' }).click();
  const file = testInfo.outputPath('my-journey.json');
  await (await downloadPromise).saveAs(file);
  expect(
    JSON.parse(await readFile(file, 'utf8')).journey.teachingRecords,
  ).toEqual([{ date: expect.any(String), taught: TAUGHT, review: REVIEW }]);

  const context = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 740 },
  });
  const other = await context.newPage();
  await other.goto('/my-journey');
  await waitForApp(other);
  await expect(
    other.getByRole('region', { name: 'Topics taught' }),
  ).toHaveCount(0);
  await other.getByLabel('Bring back a saved journey file').setInputFiles(file);
  await other.getByRole('button', { name: 'Merge: keep both' }).click();
  await expectSavedRecord(other);
  await context.close();
});

test('a link that cannot be read, or names unknown topics, says so and the page still works', async ({
  page,
}) => {
  const tooMany = journey.steps.slice(0, 25).map((step) => step.id);
  for (const query of ['taught=..%3Cb%3E', `taught=${tooMany.join('.')}`]) {
    await page.goto(`/recap?${query}`);
    await expect(page.getByText(UNREADABLE)).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Save to My journey' }),
    ).toHaveCount(0);
    await expect(
      page.getByRole('link', { name: 'Go to the overview' }),
    ).toBeVisible();
  }

  await page.goto(`/recap?taught=${taughtStep!.id}.not-in-this-guide`);
  await expect(
    page.getByText(
      '1 topic from this link is not in this version of the guide.',
    ),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Save to My journey' }),
  ).toBeVisible();
  await expect(page.getByText(UNREADABLE)).toHaveCount(0);

  await page.goto('/recap');
  await expect(
    page.getByText(/This link does not list any topics/),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'My journey' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'My journey' }),
  ).toBeVisible();
});

test('a Spanish recap link opens in Spanish', async ({ page }) => {
  const es = languages.find(({ locale }) => locale.code === 'es')!;
  const step = es.bundle.journey.steps.find(
    (item) => item.id === taughtStep!.id,
  )!;
  await page.goto(`/es/recap?taught=${taughtStep!.id}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Lo que vimos hoy' }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', {
      name: plainFor(step.title, 'neutral', es.bundle.journey),
    }),
  ).toHaveAttribute('href', `/es/steps/${step.id}`);
  await page.getByRole('button', { name: 'Guardar en Mi camino' }).click();
  await page.getByRole('link', { name: 'Abrir Mi camino' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Temas enseñados' }),
  ).toBeVisible();
});
