import type { Locator, Page } from '@playwright/test';
import { shortUrl } from '../../src/components/my-journey/short-url.ts';
import {
  ribbonPhases,
  typicalWeeks,
} from '../../src/components/my-journey/ribbon.ts';
import { expectNoViolations } from './axe.ts';
import { journey, languages, plain } from './content.ts';
import { expect, test } from './fixtures.ts';
import { expectNoSidewaysScrollAtDoubleText } from './layout.ts';
import { printToPdf } from './pdf.ts';

const PHONE = { width: 360, height: 740 };
const main = ribbonPhases(journey.phases);
const induction = main.find((phase) => phase.kind === 'treatment')!;
const { min, max } = induction.duration.adult;
/** The longest phase with a typical length (maintenance). */
const longest = main.reduce((a, b) =>
  (typicalWeeks(b, 'adult') ?? 0) > (typicalWeeks(a, 'adult') ?? 0) ? b : a,
);
const OWN_QUESTION = 'Can we stay together at night?';

/** A YYYY-MM-DD date `days` before today, in the browser's time zone. */
function daysAgo(days: number) {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

function ribbon(page: Page, name = /drawn to scale/) {
  return page.getByRole('figure', { name });
}

/** The drawn segment of a phase. The drawing is aria-hidden (the list is
 * its text), so it has no role to find it by. */
function segment(figure: Locator, phaseId: string) {
  return figure.locator(`[data-phase-id="${phaseId}"]`);
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found).not.toBeNull();
  return found!;
}

/** Ticks the first question of `count` steps, as a reader does. */
async function tickQuestions(page: Page, count: number) {
  const seen = new Set<string>();
  const steps = journey.steps
    .filter((step) => {
      const first = step.questionIds[0];
      if (first === undefined || seen.has(first)) return false;
      seen.add(first);
      return true;
    })
    .slice(0, count);
  for (const step of steps) {
    const question = journey.questions.find(
      (item) => item.id === step.questionIds[0],
    )!;
    await page.goto(`/steps/${step.id}`);
    await page
      .getByRole('button', { name: /Questions to ask your care team/ })
      .click();
    await page.getByRole('checkbox', { name: plain(question.text) }).check();
  }
  return steps;
}

test('at 360 px, a start date 10 days ago puts today in week 2 of induction, drawn to scale', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  // Without a date or a "you are here", the overview draws no ribbon.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(ribbon(page)).toHaveCount(0);
  await page.goto('/my-journey');
  const figure = ribbon(page);
  await expect(figure).toContainText('Add the day treatment started');
  await expect(segment(figure, 'induction')).toHaveCount(1);
  await page
    .getByRole('textbox', { name: /The day treatment started/ })
    .fill(daysAgo(10));
  await expect(figure).toContainText(
    `Now: ${plain(induction.title)}. Week 2 of about ${min} to ${max}.`,
  );
  await expect(
    figure.getByRole('listitem').nth(main.indexOf(induction)),
  ).toContainText('(you are here)');
  await expect(figure).toContainText(/Next: .+, around .+\./);

  // Widths follow the usual lengths: years of maintenance, weeks of induction.
  const short = await box(segment(figure, induction.id));
  const long = await box(segment(figure, longest.id));
  expect(long.width).toBeGreaterThan(short.width * 3);
  expect(short.width).toBeGreaterThanOrEqual(24);
  // Today is marked inside the induction segment.
  const today = await box(figure.locator('.ribbon-today line'));
  expect(today.x).toBeGreaterThanOrEqual(short.x);
  expect(today.x).toBeLessThanOrEqual(short.x + short.width);
  await expectNoViolations(page, '/my-journey with the ribbon at 360');

  // The overview shows where today falls, above the timeline, without
  // repeating the list of phases the timeline already gives.
  await page.goto('/');
  const overviewRibbon = ribbon(page);
  await expect(overviewRibbon).toContainText(
    `Now: ${plain(induction.title)}. Week 2 of about ${min} to ${max}.`,
  );
  await expect(overviewRibbon.getByRole('listitem')).toHaveCount(0);
  const timeline = page.getByRole('region', { name: 'The phases at a glance' });
  expect((await box(overviewRibbon)).y).toBeLessThan((await box(timeline)).y);
  await expectNoViolations(page, '/ with the ribbon at 360');
});

test('the Spanish ribbon says the week of induction in Spanish, in dark mode too', async ({
  page,
}) => {
  const spanish = languages.find(({ locale }) => locale.code === 'es')!;
  const title = plain(
    spanish.bundle.journey.phases.find((phase) => phase.id === induction.id)!
      .title,
    spanish.bundle.journey,
  );
  await page.setViewportSize(PHONE);
  // Dark here, light in the English test: axe checks the contrast of both.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/es/my-journey');
  await page
    .getByRole('textbox', { name: /El día en que empezó el tratamiento/ })
    .fill(daysAgo(10));
  const figure = ribbon(page, /dibujado a escala/);
  await expect(figure).toContainText(
    `Ahora: ${title}. Semana 2 de unas ${min} a ${max}.`,
  );
  await expect(figure).toContainText('Lo siguiente:');
  await expect(figure).toContainText(/Inicio aproximado: .+ de \d{4}\./);
  await expectNoViolations(page, '/es/my-journey with the ribbon');
});

test('My journey shows the questions before the situation, with "Add a question" on the first screens', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await tickQuestions(page, 4);
  await page.goto('/my-journey');
  const headings = await page
    .getByRole('heading', { level: 2 })
    .allTextContents();
  const questions = headings.indexOf('Your questions');
  expect(questions).toBe(0);
  expect(questions).toBeLessThan(headings.indexOf('Your situation'));
  expect(headings.indexOf('Your journey at a glance')).toBeLessThan(
    headings.indexOf('Your situation'),
  );
  const add = await box(
    page.getByRole('textbox', { name: 'Add a question of your own' }),
  );
  expect(add.y + add.height).toBeLessThan(PHONE.height * 2);
  const situation = await box(
    page.getByRole('heading', { name: 'Your situation' }),
  );
  expect(situation.y).toBeGreaterThan(add.y);
});

test('the printed handout starts with the ribbon, leaves room for answers and gives sources short addresses', async ({
  page,
}) => {
  const ticked = await tickQuestions(page, 5);
  await page.goto('/my-journey');
  await page
    .getByRole('textbox', { name: 'Add a question of your own' })
    .fill(OWN_QUESTION);
  await page.getByRole('button', { name: 'Add question' }).click();
  await page
    .getByRole('textbox', { name: /The day treatment started/ })
    .fill(daysAgo(10));
  await page.goto('/my-journey/handout');
  await expect(ribbon(page)).toBeVisible();
  await expectNoViolations(page, '/my-journey/handout with the ribbon');
  const { pages, text } = await printToPdf(page);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(3);
  // The ribbon comes first, with every main phase.
  expect(text.indexOf('drawn to scale')).toBeLessThan(
    text.indexOf('Questions to ask'),
  );
  // The PDF's text may split ligatures ("fi"): compare without spaces.
  const squashed = text.replace(/\s/g, '');
  for (const phase of main) {
    expect(squashed).toContain(plain(phase.title).replace(/\s/g, ''));
  }
  expect(text).toContain('Week 2 of about');
  expect(text).toContain(`${OWN_QUESTION} Answer:`);
  expect(text.match(/Answer:/g)).toHaveLength(ticked.length + 1);
  const sourceIds = new Set(journey.phases.flatMap((phase) => phase.sourceIds));
  for (const source of journey.sources.filter(({ id }) => sourceIds.has(id))) {
    expect(squashed).toContain(`(${shortUrl(source.url)})`);
  }
  expect(text).not.toContain('https://');
  expect(text).not.toMatch(/\?\w+=/);
});

test('with a start date, My journey and the handout need no sideways scrolling at 320 px and 200% text', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/my-journey');
  await page
    .getByRole('textbox', { name: /The day treatment started/ })
    .fill(daysAgo(10));
  for (const url of [
    '/my-journey',
    '/my-journey/handout',
    '/es/my-journey',
    '/es/my-journey/handout',
  ]) {
    await expectNoSidewaysScrollAtDoubleText(page, url);
  }
});
