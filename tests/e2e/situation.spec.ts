import { expect, test } from './fixtures.ts';
import { journey, languages, plain, plainFor } from './content.ts';
import { printToPdf } from './pdf.ts';

const maintenance = journey.phases.find((phase) => phase.id === 'maintenance')!;
const childTitle = plain(
  typeof maintenance.title === 'string'
    ? maintenance.title
    : maintenance.title.child,
);

test('a newly diagnosed child sees maintenance coming, never "may apply", in the app and on the handout', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Answer 4 short questions' }).click();
  await page.getByRole('radio', { name: /^Newly diagnosed/ }).check();
  await page.getByRole('radio', { name: /^A child/ }).check();
  const timeline = page.getByRole('region', { name: 'The phases at a glance' });
  const phase = timeline.locator('.timeline-phase', {
    has: page.getByRole('heading', { name: childTitle }),
  });
  await expect(phase).toContainText(/Coming next|Later in treatment/);
  await expect(phase).not.toContainText('May apply');

  await page.goto('/my-journey/handout');
  const { text } = await printToPdf(page);
  const next = journey.phases[journey.phases.indexOf(maintenance) + 1]!;
  const nextTitle = plain(
    typeof next.title === 'string' ? next.title : next.title.child,
  );
  // Wherever the handout names maintenance, up to the next phase's name.
  const mentions = [...text.matchAll(new RegExp(childTitle, 'g'))];
  expect(mentions.length).toBeGreaterThan(0);
  for (const mention of mentions) {
    const end = text.indexOf(nextTitle, mention.index + childTitle.length);
    const line = text.slice(mention.index, end > 0 ? end : undefined);
    expect(line).not.toMatch(/may apply/i);
  }
});

for (const { locale, bundle } of languages) {
  test(`on a 360 px phone the first phase of the timeline is on the first screen (${locale.code})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(
      locale.code === languages[0]!.locale.code ? '/' : `/${locale.code}/`,
    );
    // A first visit: the one-tap question stands above the timeline too.
    await expect(
      page.getByRole('heading', {
        name: bundle.messages.layout!.audienceLegend,
      }),
    ).toBeVisible();
    const timeline = page.getByRole('region', {
      name: bundle.messages.timeline!.phasesTitle,
    });
    const firstPhase = timeline
      .getByRole('heading', { level: 3 })
      .filter({
        hasText: plain(bundle.journey.phases[0]!.title, bundle.journey),
      })
      .first();
    const box = await firstPhase.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(740);
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBe(0);
  });
}

test('one tap on "a child" sets the wording and the question steps aside', async ({
  page,
}) => {
  const strings = languages[0]!.bundle.messages['my-journey']!;
  await page.goto('/');
  const question = page.getByRole('region', {
    name: languages[0]!.bundle.messages.layout!.audienceLegend,
  });
  await question
    .getByRole('button', { name: strings.whoChildShort, exact: true })
    .click();
  await expect(question).toHaveCount(0);
  // A phase whose summary is worded for each audience shows the child's.
  const phase = journey.phases.find(
    (candidate) => typeof candidate.summary !== 'string',
  );
  expect(phase).toBeDefined();
  await expect(
    page.getByText(plainFor(phase!.summary, 'child')).first(),
  ).toBeVisible();
});
