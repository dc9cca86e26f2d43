import { expect, test } from './fixtures.ts';
import { journey, plain } from './content.ts';
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
