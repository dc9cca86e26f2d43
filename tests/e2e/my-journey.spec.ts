import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { printToPdf } from './pdf.ts';
import {
  estimatePhases,
  formatShortDate,
  type PhaseEstimate,
} from '../../src/components/my-journey/estimates.ts';
import { expectNoViolations } from './axe.ts';
import { journey, plain } from './content.ts';
import { expectNoSidewaysScrollAtDoubleText } from './layout.ts';

// UI words of the picker (not medical content).
const STAGE_LABELS = {
  'newly-diagnosed': /^Newly diagnosed/,
  'in-remission': /^In remission/,
  'relapsed-refractory': /came back or did not respond/,
  'finished-treatment': /^Treatment has finished/,
} as const;

/** An estimate as the English page words it (data/ui/my-journey.json). */
function describeEstimate(estimate: PhaseEstimate) {
  if (estimate.kind === 'none') {
    return 'No date estimate is possible for this phase.';
  }
  const span = (from: string, to: string) =>
    from === to
      ? formatShortDate(from, 'en-US')
      : `between ${formatShortDate(from, 'en-US')} and ${formatShortDate(to, 'en-US')}`;
  return `Estimate: starts ${span(estimate.startFrom, estimate.startTo)}, ends ${span(estimate.endFrom, estimate.endTo)}.`;
}

function foldedSummaries(
  isFolded: (step: (typeof journey.steps)[number]) => boolean,
) {
  return journey.phases
    .map(
      (phase) =>
        journey.steps.filter(
          (step) => step.phaseId === phase.id && isFolded(step),
        ).length,
    )
    .filter((count) => count > 0)
    .map((count) =>
      count === 1
        ? '1 step that may apply — ask your team'
        : `${count} steps that may apply — ask your team`,
    );
}

const MAIN_STAGES: readonly string[] = [
  'newly-diagnosed',
  'in-remission',
  'finished-treatment',
];

/**
 * Folded ("may apply") at a stage: a step not for that stage, unless it is
 * on the main journey wholly before or after it ("past" or "coming").
 */
function isFoldedAt(step: (typeof journey.steps)[number], stage: string) {
  if (step.situations.includes(stage as never)) return false;
  const phase = journey.phases.find((item) => item.id === step.phaseId)!;
  const here = MAIN_STAGES.indexOf(stage);
  const own = step.situations
    .map((item) => MAIN_STAGES.indexOf(item))
    .filter((index) => index >= 0);
  if (phase.kind === 'branch' || here < 0 || own.length === 0) return true;
  return !(Math.min(...own) > here || Math.max(...own) < here);
}

/** The overview's full step list, opened from behind its disclosure. */
async function stepList(page: Page) {
  const toggle = page.getByRole('button', {
    name: 'Every step, the lanes, durations and treatments, as a list',
  });
  // Opened until it stays open: a page that re-renders right after a
  // shared link opens may close the list again under a single click.
  await expect(async () => {
    if ((await toggle.getAttribute('aria-expanded')) === 'false')
      await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true', {
      timeout: 1000,
    });
  }).toPass();
  return page.getByRole('navigation', { name: 'Treatment journey' });
}

const questionStep = journey.steps.find((step) => step.questionIds.length > 0)!;
const question = journey.questions.find(
  (item) => item.id === questionStep.questionIds[0],
)!;
const NOTE = 'Ask about <b>school</b> & the port';
const OWN_QUESTION = 'Can we stay together at night?';

async function writeNoteAndTick(page: Page) {
  await page.goto(`/steps/${questionStep.id}`);
  await page
    .getByRole('button', { name: /Questions to ask your care team/ })
    .click();
  await page.getByRole('checkbox', { name: plain(question.text) }).check();
  await page
    .getByRole('textbox', { name: 'Your note for this step' })
    .fill(NOTE);
  await page.goto('/my-journey');
  await page
    .getByRole('textbox', { name: 'Add a question of your own' })
    .fill(OWN_QUESTION);
  await page.getByRole('button', { name: 'Add question' }).click();
}

test('each situation adapts the journey, and a shared link carries it', async ({
  page,
}) => {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'Make this journey fit you' }),
  ).toBeVisible();
  await expect((await stepList(page)).locator('summary')).toHaveCount(0);
  await page.getByRole('button', { name: 'Answer 4 short questions' }).click();
  for (const [stage, label] of Object.entries(STAGE_LABELS)) {
    await page.getByRole('radio', { name: label }).check();
    await expect((await stepList(page)).locator('summary')).toHaveText(
      foldedSummaries((step) => isFoldedAt(step, stage)),
    );
  }
  await page.getByRole('button', { name: 'Show the general journey' }).click();
  await expect((await stepList(page)).locator('summary')).toHaveCount(0);

  // Ph+ "no" folds Ph+ steps and the Ph+ lane; "not sure" keeps them with a hint.
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(
    page.getByRole('group', { name: 'Where do things stand now?' }),
  ).toHaveCount(0);
  await page.getByRole('button', { name: 'Change my situation' }).click();
  const ph = page.getByRole('group', {
    name: /^Is the leukemia Philadelphia/,
  });
  await ph.getByRole('radio', { name: 'No', exact: true }).check();
  await expect((await stepList(page)).locator('summary')).toHaveText(
    foldedSummaries(
      (step) => step.conditions?.includes('ph-positive') ?? false,
    ),
  );
  for (const track of journey.tracks) {
    const lane = page.getByRole('group', { name: track.shortTitle });
    if (track.conditions?.includes('ph-positive')) {
      await expect(lane).toContainText('May apply — ask your team');
    } else {
      await expect(lane).not.toContainText('May apply');
    }
  }
  await ph.getByRole('radio', { name: 'Not sure' }).check();
  await expect((await stepList(page)).locator('summary')).toHaveCount(0);
  await expect(
    (await stepList(page)).getByText(
      /Ask your team whether this is true for you/,
    ),
  ).toHaveCount(
    journey.steps.filter((step) => step.conditions?.includes('ph-positive'))
      .length,
  );

  // An adult does not see child-only steps unless they open the fold.
  await page.getByRole('radio', { name: /^An adult/ }).check();
  await expect((await stepList(page)).locator('summary')).toHaveText(
    foldedSummaries((step) => step.audience === 'child'),
  );

  // The situation, and only the situation, travels in a link.
  await page.goto('/my-journey');
  const link = await page
    .getByRole('textbox', { name: /A link to the journey/ })
    .inputValue();
  expect(new URL(link).searchParams.get('ph')).toBe('not-sure');
  expect(new URL(link).searchParams.get('who')).toBe('adult');
  await page.evaluate(() => localStorage.clear());
  await page.goto(new URL(link).pathname + new URL(link).search);
  await expect(page).toHaveURL('/');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'The link you opened chose a situation' }),
  ).toBeVisible();
  await expect((await stepList(page)).locator('summary')).toHaveText(
    foldedSummaries((step) => step.audience === 'child'),
  );

  // A link to a step (the bedside hand-off) carries a situation too.
  const step = journey.steps[0]!;
  await page.goto(`/steps/${step.id}?stage=relapsed-refractory`);
  await expect(page).toHaveURL(`/steps/${step.id}`);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Overview' })
    .click();
  await expect((await stepList(page)).locator('summary')).toHaveText(
    foldedSummaries(
      (item) =>
        !item.situations.includes('relapsed-refractory') ||
        item.audience === 'child',
    ),
  );
});

test('"you are here" and a start date show estimated dates', async ({
  page,
}) => {
  const here = journey.steps.find((step) => step.phaseId === 'induction')!;
  await page.goto('/my-journey');
  await page
    .getByRole('combobox', { name: /The step you are on now/ })
    .selectOption(here.id);
  await page
    .getByRole('textbox', { name: /The day treatment started/ })
    .fill('2026-01-05');
  const estimates = estimatePhases(journey.phases, '2026-01-05', 'neutral');
  const first = journey.phases.find(
    (phase) => estimates.get(phase.id)?.kind === 'range',
  )!;
  const text = describeEstimate(estimates.get(first.id)!);
  await expect(page.getByText(text)).toBeVisible();
  await page.goto('/');
  const timeline = page.getByRole('region', { name: 'The phases at a glance' });
  await expect(timeline.getByText(text)).toBeVisible();
  await expect(
    timeline.getByText(/calendar is the one to follow/),
  ).toBeVisible();
  await expect(timeline.getByText('You are here')).toBeVisible();
  await expect(
    (await stepList(page))
      .getByRole('listitem')
      .filter({ hasText: 'You are here' }),
  ).toContainText(plain(here.title));
  const noRange = journey.phases.filter(
    (phase) => estimates.get(phase.id)?.kind === 'none',
  );
  await expect(
    timeline.getByText('No date estimate is possible for this phase.'),
  ).toHaveCount(noRange.filter((phase) => phase.kind !== 'branch').length);
});

test('notes, ticks and own questions survive a reload', async ({ page }) => {
  await writeNoteAndTick(page);
  await page.reload();
  await expect(
    page.getByRole('checkbox', { name: plain(question.text) }),
  ).toBeChecked();
  await expect(page.getByText(OWN_QUESTION)).toBeVisible();
  await expect(
    page.getByRole('textbox', {
      name: `Note for: ${plain(questionStep.title)}`,
    }),
  ).toHaveValue(NOTE);
  await page.goto(`/steps/${questionStep.id}`);
  await expect(
    page.getByRole('textbox', { name: 'Your note for this step' }),
  ).toHaveValue(NOTE);
  // Personal text never reaches the address bar or the page title.
  expect(page.url()).not.toContain('school');
  expect(await page.title()).not.toContain('school');
});

test('export, forget, import brings everything back; a bad file changes nothing', async ({
  page,
}, testInfo) => {
  await writeNoteAndTick(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my journey' }).click();
  const download = await downloadPromise;
  const file = testInfo.outputPath('my-journey.json');
  await download.saveAs(file);
  expect(JSON.parse(await readFile(file, 'utf8')).journey.notes).toEqual({
    [questionStep.id]: NOTE,
  });

  await page.getByRole('button', { name: 'Forget this device' }).click();
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'erased' }),
  ).toBeVisible();
  await expect(page.getByText(OWN_QUESTION)).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(OWN_QUESTION)).toHaveCount(0);

  // A malformed file is refused with a reason, and nothing changes.
  await page.getByLabel('Bring back a saved journey file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{"kind":"all-journey/my-journey","version":1,"journey":{}}',
    ),
  });
  await expect(
    page.getByRole('alert').filter({ hasText: 'Nothing was changed' }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Replace with the file' }),
  ).toHaveCount(0);

  await page.getByLabel('Bring back a saved journey file').setInputFiles(file);
  await expect(
    page.getByRole('heading', { name: 'Check before anything changes' }),
  ).toBeVisible();
  await expectNoViolations(page, 'import preview');
  await page.getByRole('button', { name: 'Replace with the file' }).click();
  await expect(page.getByText(OWN_QUESTION)).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('checkbox', { name: plain(question.text) }),
  ).toBeChecked();
  await expect(
    page.getByRole('textbox', {
      name: `Note for: ${plain(questionStep.title)}`,
    }),
  ).toHaveValue(NOTE);
});

test('when the browser refuses storage, a notice says notes will not be kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('alert').first()).toContainText(
    'notes and choices will not be kept',
  );
  await page.goto(`/steps/${questionStep.id}`);
  const note = page.getByRole('textbox', { name: 'Your note for this step' });
  await note.fill('still here');
  await expect(note).toHaveValue('still here');
});

test('saved data that cannot be read is kept aside and reported', async ({
  page,
}) => {
  // Seeded before the app starts, once, so nothing can overwrite it first.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', 'yes');
    localStorage.setItem('all-journey', '{broken');
  });
  await page.goto('/');
  await expect(
    page.getByRole('alert').filter({ hasText: 'could not be read' }),
  ).toBeVisible();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('all-journey-unreadable-'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(kept).toEqual(['{broken']);
});

test('the printed handout holds the situation, ticked questions and notes', async ({
  page,
}) => {
  await writeNoteAndTick(page);
  await page.getByRole('radio', { name: STAGE_LABELS['in-remission'] }).check();
  await page.goto('/my-journey/handout');
  await expect(
    page.getByRole('heading', { name: 'Care team phone numbers' }),
  ).toBeVisible();
  await expectNoViolations(page, '/my-journey/handout');
  const { pages, text: flat } = await printToPdf(page);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(3);
  expect(flat).toContain('In remission');
  expect(flat).toContain(plain(question.text).slice(0, 30));
  expect(flat).toContain(NOTE);
  expect(flat).toContain(OWN_QUESTION);
  expect(flat).toContain('Care team phone numbers');
  // Without a unit profile, lines to write the team's fever temperature
  // and the emergency number in by hand.
  expect(flat).toContain('Temperature your team counts as a fever');
  expect(flat).toContain('Emergency number');
  expect(flat).not.toContain('Download my journey');
  expect(flat).not.toContain('Glossary');
});

test('a full session makes no request outside the site', async ({
  page,
  baseURL,
}) => {
  const origins = new Set<string>();
  page.on('request', (request) => {
    origins.add(new URL(request.url()).origin);
  });
  await writeNoteAndTick(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await page.goto('/my-journey');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my journey' }).click();
  await downloadPromise;
  await page.goto('/my-journey/handout');
  await page.goto('/glossary');
  await page.goto('/about');
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
});

test('My journey and the overview picker have no axe violations at 360 px light and 1024 px dark', async ({
  page,
}) => {
  test.setTimeout(180_000);
  for (const [width, scheme] of [
    [360, 'light'],
    [1024, 'dark'],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await page
      .getByRole('button', { name: 'Answer 4 short questions' })
      .click();
    await expect(
      page.getByRole('group', { name: 'Where do things stand now?' }),
    ).toBeVisible();
    await expectNoViolations(page, `/ with picker at ${width}`);
    await writeNoteAndTick(page);
    await page
      .getByRole('radio', { name: STAGE_LABELS['newly-diagnosed'] })
      .check();
    await page
      .getByRole('textbox', { name: /The day treatment started/ })
      .fill('2026-01-05');
    await page
      .getByRole('combobox', { name: /The step you are on now/ })
      .selectOption(questionStep.id);
    await expectNoViolations(page, `/my-journey at ${width}`);
    await page.getByRole('button', { name: 'Forget this device' }).click();
    await expectNoViolations(page, `/my-journey forget confirm at ${width}`);
    await page.getByRole('button', { name: 'No, keep it' }).click();
    await expect(
      page.getByRole('button', { name: 'Forget this device' }),
    ).toBeFocused();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page, `/ adapted at ${width}`);
    await page.goto(`/steps/${questionStep.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page, `step with note at ${width}`);
    await page.evaluate(() => localStorage.clear());
  }
});

test('My journey and the handout need no sideways scrolling at 320 px and 200% text', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await writeNoteAndTick(page);
  await page
    .getByRole('radio', { name: STAGE_LABELS['relapsed-refractory'] })
    .check();
  for (const url of ['/my-journey', '/my-journey/handout', '/']) {
    await expectNoSidewaysScrollAtDoubleText(page, url);
  }
});
