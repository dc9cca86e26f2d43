import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expectNoViolations } from './axe.ts';
import { journey, languages, plainFor } from './content.ts';
import type { AudienceText } from '../../src/content/schema.ts';

/** These sessions say who=adult, so they read the adult wording. */
const plain = (text: AudienceText) => plainFor(text, 'adult');

const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);
const FIXTURE_PROFILE = path.join(root, 'tests/fixtures/unit-profile.json');

const induction = journey.phases.find((phase) => phase.id === 'induction')!;
const isPhPositive = (step: (typeof journey.steps)[number]) =>
  step.conditions?.includes('ph-positive') === true;
/**
 * The steps an adult's session through induction shows, in order. Ph+ is
 * not answered, which reads "no / not known": no Ph+ steps.
 */
const adultInductionSteps = journey.steps.filter(
  (step) =>
    step.phaseId === induction.id &&
    step.audience !== 'child' &&
    !isPhPositive(step),
);
const firstStep = adultInductionSteps[0]!;

function progress(page: Page) {
  return page.getByRole('progressbar');
}

/** The screen shown and how many there are, read off the progress bar. */
async function screenNumber(page: Page) {
  return progress(page).evaluate((element) => ({
    number: (element as HTMLProgressElement).value,
    total: (element as HTMLProgressElement).max,
  }));
}

/** About ten screens a topic at most (issue: a session fits a visit). */
const SCREENS_PER_TOPIC = 10;

/** The steps a newly diagnosed child's induction session shows, in order. */
const childInductionSteps = journey.steps.filter(
  (step) =>
    step.phaseId === induction.id &&
    step.situations.includes('newly-diagnosed') &&
    step.audience !== 'adult' &&
    !isPhPositive(step),
);
/**
 * The first-discharge plan for a child: the first treatment phase, then the
 * care topics taught before the first time home that are not adult-only.
 */
const firstDischargeCare = journey.careTopics.filter(
  (topic) =>
    topic.teachingTime === 'first-discharge' && topic.audience !== 'adult',
);
/** Fills a message's {placeholders}, as the app's t() does. */
const fill = (message: string, values: Record<string, string | number>) =>
  message.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));

for (const { code, size } of [
  { code: 'en', size: { width: 1024, height: 768 } },
  { code: 'en', size: { width: 1280, height: 800 } },
  { code: 'es', size: { width: 1024, height: 768 } },
] as const) {
  test(`a nurse teaches a newly diagnosed child the first-discharge plan with clicker keys only (${code}, ${size.width}×${size.height}): every topic in order within its budget, its pictures, nothing under the controls, "When to call" once`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const { locale, bundle } = languages.find(
      (language) => language.locale.code === code,
    )!;
    const ui = bundle.messages;
    const child = (text: AudienceText) =>
      plainFor(text, 'child', bundle.journey);
    const whenToCallTitle = ui.step!.sectionWhenToCall!;
    const endTitle = ui.presenter!.endPlanTitle!;
    const prefix = locale === languages[0]!.locale ? '' : `/${code}`;
    await page.setViewportSize(size);
    // Setup: a newly diagnosed child; the plan is already chosen.
    await page.goto(`${prefix}/present?stage=newly-diagnosed&who=child`);
    const careTopics = page.getByRole('group', {
      name: ui.presenter!.careLegend!,
    });
    for (const topic of bundle.journey.careTopics) {
      const box = careTopics.getByRole('checkbox', {
        name: child(topic.title),
        exact: true,
      });
      if (firstDischargeCare.some((item) => item.id === topic.id))
        await expect(box).toBeChecked();
      else if (topic.audience !== 'adult') await expect(box).not.toBeChecked();
    }
    await page.getByRole('button', { name: ui.presenter!.start! }).click();
    const first = childInductionSteps[0]!;
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: child(bundle.journey.steps.find((s) => s.id === first.id)!.title),
      }),
    ).toBeVisible();
    const { total } = await screenNumber(page);
    const keys = ['PageDown', 'ArrowRight', ' '];
    const seen: {
      topicId: string;
      kicker: string;
      heading: string;
      alts: string[];
    }[] = [];
    for (let number = 1; number <= total; number += 1) {
      await expect(progress(page)).toHaveAttribute(
        'aria-label',
        fill(ui.presenter!.progressLabel!, {
          current: number,
          total,
          phase: ui.presenter!.planTitle!,
        }),
      );
      const heading = page.getByRole('heading', { level: 1 });
      if (number > 1) await expect(heading).toBeFocused();
      const topicId = /\/present\/([^?]+)/.exec(page.url())![1]!;
      const main = page.getByRole('main');
      const alts = await main
        .getByRole('img')
        .evaluateAll((images) =>
          images.map((image) => image.getAttribute('alt') ?? ''),
        );
      for (const image of await main.locator('img').all())
        await expect(image).toHaveJSProperty('complete', true);
      // The whole screen fits: its text ends above the Back/Next bar.
      const textBottom = await main.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return range.getBoundingClientRect().bottom;
      });
      const bar = await page
        .getByRole('navigation', { name: ui.presenter!.navLabel! })
        .boundingBox();
      expect(textBottom, `screen ${number} (${topicId})`).toBeLessThanOrEqual(
        bar!.y,
      );
      seen.push({
        topicId,
        // The line above the heading: the step, phase or "When to call".
        kicker: (await main.locator('p').first().textContent()) ?? '',
        heading: (await heading.textContent()) ?? '',
        alts,
      });
      if (number < total) await page.keyboard.press(keys[number % 3]!);
    }
    // "When to call" once, after the topics: its first screen (who to call)
    // carries the heading, the signs and advice that follow carry it above
    // theirs. Then the end screen.
    const headings = seen.map((screen) => screen.heading);
    expect(headings.filter((text) => text === whenToCallTitle)).toHaveLength(1);
    const whenToCall = headings.indexOf(whenToCallTitle);
    const content = seen.slice(0, whenToCall);
    const closing = seen.slice(whenToCall + 1, -1);
    expect(closing.length).toBeGreaterThan(0);
    for (const screen of closing) expect(screen.kicker).toBe(whenToCallTitle);
    for (const screen of content)
      expect(screen.kicker).not.toBe(whenToCallTitle);
    expect(headings.at(-1)).toBe(endTitle);
    // Every topic of the plan, in order, each on consecutive screens and
    // within its budget.
    const plan = [...childInductionSteps, ...firstDischargeCare];
    expect([...new Set(content.map((screen) => screen.topicId))]).toEqual(
      plan.map((topic) => topic.id),
    );
    for (const topic of plan) {
      const screens = content.filter((screen) => screen.topicId === topic.id);
      expect(screens.length, topic.id).toBeLessThanOrEqual(SCREENS_PER_TOPIC);
    }
    for (const step of childInductionSteps) {
      const screens = content.filter((screen) => screen.topicId === step.id);
      // Each picture the step has is shown, with its description.
      for (const id of step.illustrationIds) {
        const illustration = bundle.journey.illustrations.find(
          (item) => item.id === id,
        )!;
        expect(screens.flatMap((screen) => screen.alts)).toContain(
          illustration.alt,
        );
      }
    }
    expect(
      childInductionSteps.some((step) =>
        step.illustrationIds.includes('intrathecal-chemo'),
      ),
    ).toBe(true);
    await page.keyboard.press('PageUp');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      closing.at(-1)!.heading,
    );
    await page.keyboard.press('Home');
    await expect(progress(page)).toHaveJSProperty('value', 1);
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      headings[0]!,
    );
    await expect(progress(page)).toHaveJSProperty('value', 1);
    await page.keyboard.press('End');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(endTitle);
    // Back on the first step, the nurse's teach-back: what to listen for
    // stays hidden until she reveals it.
    await page.keyboard.press('Home');
    await expect(progress(page)).toHaveJSProperty('value', 1);
    await page
      .getByRole('button', { name: ui.presenter!.showTeachBack! })
      .click();
    const panel = page.getByRole('region', {
      name: ui.presenter!.teachBackTitle!,
    });
    const reveal = panel
      .getByRole('button', { name: ui.presenter!.showListenFor! })
      .first();
    const answers = panel.locator('[id^="listen-for-"]').first();
    await expect(answers).toBeHidden();
    await reveal.click();
    await expect(answers).toBeVisible();
  });
}

test('a clicker key moves focus to the new heading without drawing a ring; Tab still shows one', async ({
  page,
}) => {
  await page.goto(`/present/${firstStep.id}?who=adult&screen=0`);
  await expect(progress(page)).toHaveJSProperty('value', 1);
  await page.keyboard.press('PageDown');
  await expect(progress(page)).toHaveAttribute('aria-label', /^Screen 2 of/);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeFocused();
  const outline = (locator: typeof heading) =>
    locator.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(await outline(heading)).toBe('none');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveCount(1);
  expect(await outline(focused)).not.toBe('none');
});

test('every step page opens bedside mode for that step, and Start begins the session there', async ({
  page,
}) => {
  const step = adultInductionSteps[1]!;
  await page.goto(`/steps/${step.id}`);
  await page.getByRole('link', { name: 'Bedside mode' }).click();
  await expect(page).toHaveURL(`/present/${step.id}`);
  await expect(
    page.getByText(`Starting from: ${plain(step.title)}`),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: plain(step.title) }),
  ).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/present/${step.id}\\?.*screen=0`));
});

test('the nurse can fill the whole screen at Start, and End session leaves full screen', async ({
  page,
}) => {
  await page.goto(`/present/${firstStep.id}`);
  await page.getByRole('checkbox', { name: /Fill the whole screen/ }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement !== null))
    .toBe(true);
  await page.getByRole('button', { name: 'End session' }).click();
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement !== null))
    .toBe(false);
});

test('the situation chosen picks the wording and the steps: a child session skips adult-only steps', async ({
  page,
}) => {
  const consolidation = journey.steps.filter(
    (step) => step.phaseId === 'consolidation',
  );
  const adultOnly = consolidation.find((step) => step.audience === 'adult')!;
  const childSteps = consolidation.filter(
    (step) => step.audience !== 'adult' && !isPhPositive(step),
  );
  await page.goto(`/present/${consolidation[0]!.id}`);
  await page.getByRole('radio', { name: /A child/ }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.keyboard.press('End');
  await expect(
    page.getByRole('heading', { level: 1, name: 'End of this phase' }),
  ).toBeVisible();
  await expect(page.getByRole('main')).toContainText(
    `That was ${childSteps.length} steps`,
  );
  await page.keyboard.press('Home');
  const childTitle = consolidation[0]!.title;
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: typeof childTitle === 'string' ? childTitle : childTitle.child,
    }),
  ).toBeVisible();
  expect(adultOnly).toBeDefined();
  for (let index = 0; index < 60; index += 1) {
    await expect(page.getByRole('main')).not.toContainText(
      plain(adultOnly.title),
    );
    if (await page.getByRole('button', { name: /Next|Finish/ }).isDisabled())
      break;
    await page.getByRole('button', { name: /Next|Finish/ }).click();
  }
});

test('Ph+ starts as "No / not known" and adds its steps only when the nurse answers "Yes"', async ({
  page,
}) => {
  const messages = languages[0]!.bundle.messages.presenter!;
  const phSteps = journey.steps.filter(
    (step) =>
      step.phaseId === induction.id &&
      step.audience !== 'child' &&
      isPhPositive(step),
  );
  expect(phSteps.length).toBeGreaterThan(0);
  const stepsAtEnd = async () => {
    await page.getByRole('button', { name: 'Start' }).click();
    await page.keyboard.press('End');
    await expect(
      page.getByRole('heading', { level: 1, name: 'End of this phase' }),
    ).toBeVisible();
    const text = await page.getByRole('main').textContent();
    return Number(/That was (\d+) step/.exec(text ?? '')?.[1]);
  };
  await page.goto(`/present/${firstStep.id}`);
  await page.getByRole('radio', { name: 'An adult' }).check();
  const ph = page.getByRole('group', { name: messages.phLegend });
  await expect(
    ph.getByRole('radio', { name: messages.answerNoOrNotKnown }),
  ).toBeChecked();
  await expect(ph.getByRole('radio')).toHaveCount(2);
  expect(await stepsAtEnd()).toBe(adultInductionSteps.length);

  await page.goto(`/present/${firstStep.id}`);
  await page.getByRole('radio', { name: 'An adult' }).check();
  await ph.getByRole('radio', { name: messages.answerYes }).check();
  expect(await stepsAtEnd()).toBe(adultInductionSteps.length + phSteps.length);
  // The family's link says Ph+ only because the nurse answered it.
  await expect(page).toHaveURL(/[?&]ph=yes/);
});

test('the teach-back panel shows the phase prompts, keeps what to listen for hidden until revealed, and hides again', async ({
  page,
}) => {
  const prompts = journey.teachBack.filter(
    (prompt) => prompt.phaseId === induction.id,
  );
  expect(prompts.length).toBeGreaterThanOrEqual(2);
  await page.goto(`/present/${firstStep.id}?who=adult&screen=0`);
  const toggle = page.getByRole('button', { name: 'Show teach-back' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(
    page.getByRole('region', { name: 'Teach-back (for the nurse)' }),
  ).toHaveCount(0);
  await toggle.click();
  const panel = page.getByRole('region', {
    name: 'Teach-back (for the nurse)',
  });
  await expect(panel).toBeVisible();
  const reveals = panel.getByRole('button', {
    name: 'Show what to listen for',
  });
  await expect(reveals).toHaveCount(prompts.length);
  for (const prompt of prompts) {
    await expect(panel).toContainText(plain(prompt.prompt));
    for (const point of prompt.listenFor)
      await expect(panel.getByText(plain(point))).toBeHidden();
  }
  // The step's own questions come first.
  const ordered = [
    ...prompts.filter((prompt) => prompt.stepIds.includes(firstStep.id)),
    ...prompts.filter((prompt) => !prompt.stepIds.includes(firstStep.id)),
  ];
  // Revealing one prompt's answers shows those, and only those.
  await reveals.first().click();
  for (const point of ordered[0]!.listenFor)
    await expect(panel.getByText(plain(point))).toBeVisible();
  for (const point of ordered[1]!.listenFor)
    await expect(panel.getByText(plain(point))).toBeHidden();
  await expect(
    panel.getByRole('button', { name: 'Hide what to listen for' }),
  ).toHaveAttribute('aria-expanded', 'true');
  const hide = page.getByRole('button', { name: 'Hide teach-back' });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  await hide.click();
  await expect(panel).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: 'Show teach-back' }),
  ).toBeVisible();
});

test('the teach-back panel puts the questions about the step on screen first, and follows the screens', async ({
  page,
}) => {
  const prompts = journey.teachBack.filter(
    (prompt) => prompt.phaseId === induction.id,
  );
  const questionsOn = (stepId: string) =>
    prompts
      .filter((prompt) => prompt.stepIds.includes(stepId))
      .map((prompt) => plain(prompt.prompt));
  const steps = adultInductionSteps.filter(
    (step) => questionsOn(step.id).length > 0,
  );
  // Two steps in a row with their own questions, so the change shows.
  const start = adultInductionSteps.findIndex(
    (step, index) =>
      steps.includes(step) && steps.includes(adultInductionSteps[index + 1]!),
  );
  expect(start).toBeGreaterThanOrEqual(0);
  const [first, next] = adultInductionSteps.slice(start, start + 2);
  expect(questionsOn(first!.id)).not.toEqual(questionsOn(next!.id));
  await page.goto(`/present/${first!.id}?who=adult&screen=0`);
  await page.getByRole('button', { name: 'Show teach-back' }).click();
  const panel = page.getByRole('region', {
    name: 'Teach-back (for the nurse)',
  });
  const stepList = panel.getByRole('list', { name: 'About this step' });
  // The step's questions, then the rest of the phase's.
  const questions = (list: typeof stepList) =>
    list.locator(':scope > li > .teach-back-prompt');
  await expect(questions(stepList)).toHaveText(questionsOn(first!.id));
  await expect(
    questions(
      panel.getByRole('list', { name: 'About the rest of this phase' }),
    ),
  ).toHaveCount(prompts.length - questionsOn(first!.id).length);
  // Walk on with a clicker key until the next step is on screen.
  let { number } = await screenNumber(page);
  while (!page.url().includes(`/present/${next!.id}?`)) {
    expect(number).toBeLessThan(100);
    await page.keyboard.press('PageDown');
    number += 1;
    await expect(page.getByRole('progressbar')).toHaveJSProperty(
      'value',
      number,
    );
  }
  await expect(questions(stepList)).toHaveText(questionsOn(next!.id));
});

test('"Show on your phone" shows a QR code that decodes to the same step and situation in the regular app', async ({
  page,
}) => {
  const step = adultInductionSteps.find(
    (item) =>
      item !== firstStep &&
      item.audience === 'both' &&
      item.conditions === undefined &&
      item.situations.includes('newly-diagnosed'),
  )!;
  await page.goto(
    `/present/${step.id}?stage=newly-diagnosed&who=child&ph=no&screen=1`,
  );
  await page.getByRole('button', { name: 'Show on your phone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Show on your phone' });
  const qr = dialog.getByRole('img', { name: /^QR code for / });
  await expect(qr).toBeVisible();
  const origin = new URL(page.url()).origin;
  const expected = `${origin}/steps/${step.id}?stage=newly-diagnosed&who=child&ph=no`;
  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(expected);
  await expect(dialog).toContainText(expected.replace(/^https?:\/\//, ''));
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  // The link opens the regular step page, not bedside mode.
  await page.goto(expected);
  await expect(
    page.getByRole('heading', { level: 1, name: plain(step.title) }),
  ).toBeVisible();
});

/** The most topics a plan may name (MAX_PLAN_TOPICS in teaching-topics.ts). */
const MAX_PLAN_TOPICS = 24;
const topicTitleFor = (id: string, wording: 'child' | 'adult' = 'adult') =>
  plainFor(
    (journey.steps.find((step) => step.id === id) ??
      journey.careTopics.find((topic) => topic.id === id))!.title,
    wording,
  );
const topicTitle = (id: string) => topicTitleFor(id, 'child');

test('the nurse marks each topic taught, teach-back done or review again; the marks follow the session and the end screen counts them', async ({
  page,
}) => {
  const [care1, care2] = firstDischargeCare;
  const step = childInductionSteps[0]!;
  const plan = [step.id, care1!.id, care2!.id];
  await page.goto(
    `/present/${step.id}?stage=newly-diagnosed&who=child&plan=${plan.join('.')}&screen=0`,
  );
  await page.getByRole('button', { name: 'Show teach-back' }).click();
  const marksFor = (id: string) =>
    page.getByRole('group', { name: `Marks for ${topicTitle(id)}` });
  const button = (id: string, name: string) =>
    marksFor(id).getByRole('button', { name, exact: true });
  const expectPressed = (id: string, name: string, isPressed: boolean) =>
    expect(button(id, name)).toHaveAttribute('aria-pressed', String(isPressed));
  await button(step.id, 'Teach-back done').click();
  await expectPressed(step.id, 'Teach-back done', true);
  await expectPressed(step.id, 'Taught', true);
  // On to the first care topic: its own marks, none yet.
  while (!page.url().includes(`/present/${care1!.id}?`))
    await page.keyboard.press('PageDown');
  await expectPressed(care1!.id, 'Taught', false);
  await button(care1!.id, 'Review again').click();
  await expectPressed(care1!.id, 'Review again', true);
  // The marks live in the address: a reload keeps them, nothing is stored.
  await page.reload();
  await page.getByRole('button', { name: 'Show teach-back' }).click();
  await expectPressed(care1!.id, 'Review again', true);
  await page.keyboard.press('Home');
  await expectPressed(step.id, 'Teach-back done', true);
  // Pressing a pressed mark takes it back to plain "taught".
  await button(step.id, 'Teach-back done').click();
  await expectPressed(step.id, 'Teach-back done', false);
  await expectPressed(step.id, 'Taught', true);
  await page.keyboard.press('End');
  await expect(
    page.getByRole('heading', { level: 1, name: "End of today's topics" }),
  ).toBeVisible();
  const counts = page.getByText(
    'Taught: 2. To go over again: 1. Not marked: 1.',
  );
  await expect(counts).toBeVisible();
  await counts.click();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveText([
    `${topicTitle(step.id)}: taught`,
    `${topicTitle(care1!.id)}: taught, to go over again`,
    `${topicTitle(care2!.id)}: not marked`,
  ]);
});

test('the QR code of the longest plan decodes to the exact recap link, which a phone opens with the topics to go over again', async ({
  page,
  browser,
}) => {
  // The longest ids the guide has, as many as a plan may name, all marked.
  const plan = [...journey.steps, ...journey.careTopics]
    .map((item) => item.id)
    .sort((a, b) => b.length - a.length)
    .slice(0, MAX_PLAN_TOPICS);
  const review = plan.filter((_, index) => index % 2 === 0);
  const understood = plan.filter((_, index) => index % 2 === 1);
  const situation =
    'stage=relapsed-refractory&who=young-adult&ph=not-sure&transplant=not-sure';
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(
    `/present/${plan[0]}?${situation}&plan=${plan.join('.')}&understood=${understood.join('.')}&review=${review.join('.')}&screen=end`,
  );
  await page
    .getByRole('main')
    .getByRole('button', { name: 'Show on your phone' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Show on your phone' });
  const qr = dialog.getByRole('img', { name: /^QR code for / });
  await expect(qr).toBeVisible();
  const origin = new URL(page.url()).origin;
  const expected = `${origin}/recap?${situation}&taught=${understood.join('.')}&review=${review.join('.')}`;
  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(expected);
  await expect(dialog).toContainText(expected.replace(/^https?:\/\//, ''));
  // On a phone, the recap: the topics to go over again first, flagged.
  const phone = await browser.newPage({
    viewport: { width: 360, height: 740 },
  });
  await phone.goto(expected);
  await expect(
    phone.getByRole('heading', { level: 1, name: 'What we covered today' }),
  ).toBeVisible();
  const again = phone.getByRole('region', { name: 'To go over again' });
  await expect(again.getByRole('link')).toHaveText(
    review.map((id) => topicTitleFor(id)),
  );
  await expect(
    phone.getByRole('region', { name: 'Covered' }).getByRole('link'),
  ).toHaveText(understood.map((id) => topicTitleFor(id)));
  // Saved on the phone, it is in My journey after a reload (the recap's
  // own spec prints, exports and imports it).
  await phone.getByRole('button', { name: 'Save to My journey' }).click();
  await phone.getByRole('link', { name: 'Open My journey' }).click();
  await phone.reload();
  const record = phone.getByRole('region', { name: 'Topics taught' });
  await expect(record.getByRole('link')).toHaveCount(plan.length);
  await expect(
    record.getByRole('listitem').filter({ hasText: 'Go over again' }),
  ).toHaveCount(review.length);
  await phone.close();
});

test('the nurse unticks a step the family already knows: the session skips it; with nothing ticked, Start says what to do', async ({
  page,
}) => {
  const [first, skipped, third] = adultInductionSteps;
  await page.goto(`/present/${first!.id}?who=adult`);
  const steps = page.getByRole('group', { name: 'Steps to explain' });
  await expect(steps.getByRole('checkbox')).toHaveCount(
    adultInductionSteps.length,
  );
  await steps.getByRole('checkbox', { name: plain(skipped!.title) }).uncheck();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: plain(first!.title) }),
  ).toBeVisible();
  while (page.url().includes(`/present/${first!.id}?`))
    await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(new RegExp(`/present/${third!.id}\\?`));
  await page.goto(`/present/${first!.id}?who=adult`);
  for (const box of await steps.getByRole('checkbox').all())
    await box.uncheck();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Tick at least one step or care topic to start.',
  );
  await expect(page).toHaveURL(
    new RegExp(`/present/${first!.id}\\?who=adult$`),
  );
});

test('a malformed plan in a bedside address says what is wrong, and setup still starts a session', async ({
  page,
}) => {
  const step = adultInductionSteps[0]!;
  const tooMany = journey.steps
    .slice(0, MAX_PLAN_TOPICS + 1)
    .map((item) => item.id)
    .join('.');
  for (const { plan, message } of [
    {
      plan: '%3Cimg%20src%3Dx%3E',
      message: 'The list of topics in the link could not be read.',
    },
    { plan: tooMany, message: `more than ${MAX_PLAN_TOPICS} topics` },
    {
      plan: `${step.id}.no-such-topic`,
      message: '1 topic in the link is not in this version of the guide',
    },
  ]) {
    await page.goto(`/present/${step.id}?who=adult&plan=${plan}&screen=0`);
    await expect(page.getByRole('alert')).toContainText(message);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: plain(step.title) }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
});

test('a bedside session leaves nothing on the device: no storage, no cookies, no databases', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/present/${firstStep.id}`);
  await page.getByRole('radio', { name: /A child/ }).check();
  await page.getByRole('radio', { name: /then more detail/ }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.getByRole('button', { name: 'Show teach-back' }).click();
  await page.getByRole('button', { name: 'More detail' }).click();
  await page.getByRole('button', { name: 'Show on your phone' }).click();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('End');
  await page.getByRole('button', { name: 'End session' }).first().click();
  // A plan with marks and the recap hand-off.
  await page.goto('/present?stage=newly-diagnosed&who=child');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Show teach-back' }).click();
  await page.getByRole('button', { name: 'Review again' }).click();
  await page.keyboard.press('End');
  await page
    .getByRole('main')
    .getByRole('button', { name: 'Show on your phone' })
    .click();
  await expect(page.getByRole('img', { name: /\/recap\?/ })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'End session' }).first().click();
  // A clean start: the default choices again, nothing carried over.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bedside mode' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/present$/);
  await expect(page.getByRole('radio', { name: 'An adult' })).toBeChecked();
  await expect(
    page.getByRole('radio', { name: 'Plain words only' }),
  ).toBeChecked();
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    databases: (await indexedDB.databases()).map((db) => db.name),
    // Only the app's own offline copy (Workbox's precache) may be there.
    caches: (await caches.keys()).filter(
      (name) => !name.startsWith('workbox-precache'),
    ),
  }));
  expect(stored).toEqual({
    local: 0,
    session: 0,
    cookie: '',
    databases: [],
    caches: [],
  });
  expect(await context.cookies()).toEqual([]);
  await context.close();
});

test('an unknown step in a bedside address shows "not found" with a way back to the start', async ({
  page,
}) => {
  await page.goto('/present/not-a-real-step?screen=2');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Step not found' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Start bedside mode again' }).click();
  await expect(page).toHaveURL(/\/present$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bedside mode' }),
  ).toBeVisible();
});

test('without a unit profile, "when to call" asks families to get the numbers from their team', async ({
  page,
}) => {
  const step = journey.steps[0]!;
  await page.goto(`/steps/${step.id}`);
  await expect(page.getByRole('main')).toContainText(
    'Ask your care team for these numbers',
  );
});

/** Serves a build folder at a made-up origin, with the SPA fallback. */
async function serveBuild(page: Page, dist: string, origin: string) {
  await page.route(`${origin}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const file = path.join(dist, pathname);
    const isAsset = pathname.startsWith('/assets/');
    const body = readFileSync(isAsset ? file : path.join(dist, 'index.html'));
    const type = pathname.endsWith('.js')
      ? 'text/javascript'
      : pathname.endsWith('.css')
        ? 'text/css'
        : pathname.endsWith('.json')
          ? 'application/json'
          : pathname.endsWith('.svg')
            ? 'image/svg+xml'
            : 'text/html';
    await route.fulfill({ body, contentType: type });
  });
}

function build(outDir: string, profile: string) {
  return execFileSync(
    'npx',
    [
      'vite',
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    {
      cwd: root,
      env: { ...process.env, UNIT_PROFILE: profile },
      encoding: 'utf8',
      stdio: 'pipe',
    },
  );
}

test('a build with a unit profile shows its name, numbers, fever temperature and phase note in "when to call" and on the handout, and opens bedside mode in its language', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const profile = JSON.parse(readFileSync(FIXTURE_PROFILE, 'utf8'));
  // The fixture gives its hours and note in each language.
  const [phaseId, note] = Object.entries(profile.phaseNotes)[0] as [
    string,
    Record<string, string>,
  ];
  const step = journey.steps.find((item) => item.phaseId === phaseId)!;
  const dist = mkdtempSync(path.join(tmpdir(), 'dist-unit-profile-'));
  try {
    build(dist, FIXTURE_PROFILE);
    const origin = 'http://unit-profile.test';
    await serveBuild(page, dist, origin);
    await page.goto(`${origin}/steps/${step.id}`);
    const section = page.locator('section', {
      has: page.getByRole('button', { name: 'When to call' }),
    });
    for (const text of [
      profile.unitName,
      profile.dayPhone,
      profile.afterHoursPhone,
      `${profile.feverTemperature.value} °${profile.feverTemperature.unit}`,
      profile.dayHours.en,
      note.en!,
    ])
      await expect(section).toContainText(text);
    await expect(
      section.getByRole('link', { name: profile.afterHoursPhone }),
    ).toHaveAttribute(
      'href',
      `tel:${profile.afterHoursPhone.replace(/[^+0-9]/g, '')}`,
    );
    await expect(section).not.toContainText('Ask your care team for these');
    await expect(
      section.getByRole('heading', {
        name: `Call ${profile.emergencyNumber} now for:`,
      }),
    ).toBeVisible();

    // One tap from the header: the unit's emergency number, phones and
    // fever temperature.
    await page.getByRole('link', { name: 'When to call', exact: true }).click();
    const emergency = page.getByRole('region', { name: 'Emergencies' });
    await expect(
      emergency.getByRole('heading', {
        name: `Call ${profile.emergencyNumber} now for:`,
      }),
    ).toBeVisible();
    for (const text of [
      profile.dayPhone,
      `${profile.feverTemperature.value} °${profile.feverTemperature.unit}`,
    ])
      await expect(page.getByRole('main')).toContainText(text);
    await page.goto(`${origin}/steps/${step.id}`);

    // A Spanish page shows the unit's Spanish hours and note; the unit's
    // name, given once, shows as the unit wrote it.
    await page.goto(`${origin}/es/steps/${step.id}`);
    const spanish = languages.find((item) => item.locale.code === 'es')!;
    const seccion = page.locator('section', {
      has: page.getByRole('button', {
        name: spanish.bundle.messages.step!.sectionWhenToCall,
      }),
    });
    for (const text of [profile.unitName, profile.dayHours.es, note.es!])
      await expect(seccion).toContainText(text);
    await expect(seccion).not.toContainText(note.en!);

    // The printed handout carries the same numbers.
    await page.goto(`${origin}/my-journey/handout`);
    const phones = page.getByRole('region', {
      name: 'Care team phone numbers',
    });
    for (const text of [
      profile.unitName,
      profile.dayPhone,
      profile.afterHoursPhone,
      `${profile.feverTemperature.value} °${profile.feverTemperature.unit}`,
      profile.emergencyNumber,
    ])
      await expect(phones).toContainText(text);

    // A children's unit: before anyone says who is treated, the app speaks
    // to parents and bedside mode starts with "A child" chosen.
    expect(profile.defaultAudience).toBe('child');
    await page.goto(`${origin}/steps/${step.id}`);
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: plainFor(step.title, 'child'),
      }),
    ).toBeVisible();
    await expect(page.getByRole('main')).toContainText(
      plainFor(step.summary, 'child'),
    );
    // Its bedside mode opens in the unit's language, with "A child"
    // chosen; the nurse can switch, and the switch holds with nothing
    // stored: the address carries it.
    expect(profile.bedsideLanguage).toBe('es');
    await page.goto(`${origin}/present/${step.id}`);
    await expect(page).toHaveURL(`${origin}/es/present/${step.id}?lang=es`);
    await expect(
      page.getByRole('radio', {
        name: spanish.bundle.messages.presenter!.whoChild!,
      }),
    ).toBeChecked();
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(`${origin}/present/${step.id}?lang=en`);
    await expect(page.getByRole('radio', { name: /^A child/ })).toBeChecked();
    await page.reload();
    await expect(page).toHaveURL(`${origin}/present/${step.id}?lang=en`);
    await expect(page.getByRole('radio', { name: /^A child/ })).toBeChecked();
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test('a malformed unit profile stops the build, naming the file and the JSON path', () => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'bad-unit-profile-'));
  const profile = path.join(dir, 'ward.json');
  writeFileSync(
    profile,
    JSON.stringify({ feverTemperature: { value: 38, unit: 'F' } }),
  );
  try {
    let output = '';
    try {
      build(path.join(dir, 'dist'), profile);
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string };
      output = `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
    }
    expect(output).toContain(
      `${profile}: feverTemperature.value: 38 °F is not a plausible fever temperature`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
] as const;

for (const size of SIZES) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`bedside mode has no axe violations at ${size.width}×${size.height}, ${scheme}`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/present/${firstStep.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoViolations(page, 'setup');
      // A picture screen.
      const pictured = adultInductionSteps.find(
        (step) => step.illustrationIds.length > 0,
      )!;
      await page.goto(`/present/${pictured.id}?who=adult&screen=1`);
      await expect(page.getByRole('main').getByRole('img')).toBeVisible();
      await expectNoViolations(page, 'picture');
      // "When to call" closes the phase: its last screen is just before
      // the end screen, and carries "When to call" above its heading.
      await page.goto(
        `/present/${firstStep.id}?who=adult&layer=detail&screen=0`,
      );
      await page.keyboard.press('End');
      await page.keyboard.press('PageUp');
      await expect(page.getByRole('main')).toContainText('When to call');
      await expectNoViolations(page, 'when to call, last screen');
      // Back to its first screen (who to call), one screen at a time.
      let { number } = await screenNumber(page);
      const heading = page.getByRole('heading', { level: 1 });
      while ((await heading.textContent()) !== 'When to call') {
        expect(number).toBeGreaterThan(1);
        await page.keyboard.press('PageUp');
        number -= 1;
        await expect(progress(page)).toHaveAttribute(
          'aria-label',
          new RegExp(`^Screen ${number} of`),
        );
      }
      await expectNoViolations(page, 'when to call, who to call');
      // Its first screen of signs, with the teach-back panel open.
      await page.keyboard.press('PageDown');
      await expect(progress(page)).toHaveAttribute(
        'aria-label',
        new RegExp(`^Screen ${number + 1} of`),
      );
      await page.getByRole('button', { name: 'Show teach-back' }).click();
      await expectNoViolations(page, 'when to call, teach-back shown');
      await page.keyboard.press('End');
      await expect(
        page.getByRole('heading', { level: 1, name: 'End of this phase' }),
      ).toBeVisible();
      await expectNoViolations(page, 'end of phase');
      await page
        .getByRole('main')
        .getByRole('button', { name: 'Show on your phone' })
        .click();
      await expect(page.getByRole('img', { name: /^QR code/ })).toBeVisible();
      await expectNoViolations(page, 'QR dialog');
      // A plan: a care topic's screen with the nurse's marks, then the end
      // screen with every topic listed.
      const care = firstDischargeCare[0]!;
      await page.goto(
        `/present/${care.id}?who=adult&plan=${firstStep.id}.${care.id}&review=${care.id}&screen=1`,
      );
      await page.getByRole('button', { name: 'Show teach-back' }).click();
      await expect(
        page.getByRole('button', { name: 'Review again' }),
      ).toHaveAttribute('aria-pressed', 'true');
      await expectNoViolations(page, 'care topic, marks');
      await page.keyboard.press('End');
      await page.getByText(/^Taught: /).click();
      await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(2);
      await expectNoViolations(page, 'end of plan, topics listed');
      await page.goto('/present/not-a-real-step');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoViolations(page, 'not found');
    });
  }
}
