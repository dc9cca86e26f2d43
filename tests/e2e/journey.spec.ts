import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { journey, plain } from './content.ts';
import { expectNoSidewaysScrollAtDoubleText } from './layout.ts';

/** The main journey (side paths such as transplant and relapse left out). */
const branchIds = new Set(
  journey.phases
    .filter((phase) => phase.kind === 'branch')
    .map((phase) => phase.id),
);
const steps = journey.steps.filter((step) => !branchIds.has(step.phaseId));
const first = steps[0]!;
const last = steps.at(-1)!;

/**
 * Taps the Next link from inside the page and records, on every frame from
 * that moment, how the step article is drawn (transform and opacity). Run
 * from the tap, a slide of any length is seen; sampling after the new
 * heading shows could miss it.
 */
function movementFromTap(page: Page) {
  return page.evaluate(async () => {
    const article = document.querySelector('article.step')!;
    const next = document.querySelector<HTMLAnchorElement>('a[rel="next"]')!;
    const seen = new Set<string>();
    const record = () => {
      const style = getComputedStyle(article);
      const transform =
        style.transform === 'matrix(1, 0, 0, 1, 0, 0)'
          ? 'none'
          : style.transform;
      seen.add(`${transform} ${style.opacity}`);
    };
    next.click();
    record();
    for (let frame = 0; frame < 30; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      record();
    }
    return [...seen];
  });
}

/**
 * Waits until the animation code has loaded and run once (the step's quiet
 * warm-up sets its inline style), so a missing slide is not just code that
 * had not arrived yet.
 */
async function waitForMotionCode(page: Page) {
  await expect(page.locator('article.step')).toHaveAttribute(
    'style',
    /opacity: 1/,
    { timeout: 15_000 },
  );
}

function stepHeading(page: Page, title: string) {
  return page.getByRole('heading', { level: 1, name: title, exact: true });
}

test('a reader can walk the whole main journey with the mouse', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^Start at step 1/ }).click();
  for (const [index, step] of steps.entries()) {
    await expect(page).toHaveURL(`/steps/${step.id}`);
    await expect(stepHeading(page, plain(step.title))).toBeVisible();
    await expect(
      page.getByText(`Step ${index + 1} of ${steps.length}`, { exact: true }),
    ).toBeVisible();
    // Every step shows its sections and its sources.
    const article = page.getByRole('article');
    await expect(
      article.getByRole('button', { name: 'What happens' }),
    ).toBeVisible();
    await expect(
      article.getByRole('button', { name: 'Sources' }),
    ).toBeVisible();
    await expect(article.getByText(/^Reviewed /)).toBeVisible();
    if (step !== last) await page.getByRole('link', { name: /^Next/ }).click();
  }
  await page.getByRole('link', { name: 'Back to overview' }).click();
  await expect(page).toHaveURL('/');
});

test('a reader can walk the whole main journey with the keyboard only', async ({
  page,
}) => {
  await page.goto(`/steps/${first.id}`);
  await expect(stepHeading(page, plain(first.title))).toBeVisible();
  for (const step of steps.slice(1)) {
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(`/steps/${step.id}`);
    // Focus lands on the new step's heading for keyboard and screen-reader users.
    await expect(stepHeading(page, plain(step.title))).toBeFocused();
  }
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(`/steps/${first.id}`);
  // Tab reaches Next and Enter follows it.
  const next = page.getByRole('link', { name: /^Next/ });
  for (
    let i = 0;
    i < 200 && !(await next.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/steps/${steps[1]!.id}`);
});

test('each step change is announced politely with its position and phase', async ({
  page,
}) => {
  await page.goto(`/steps/${first.id}`);
  await page.getByRole('link', { name: /^Next/ }).click();
  const second = steps[1]!;
  const phase = journey.phases.find((item) => item.id === second.phaseId)!;
  await expect(page.getByRole('status')).toHaveText(
    `Step 2 of ${steps.length}: ${plain(second.title)}, ${plain(phase.title)}`,
  );
  await expect(page.getByRole('status')).toHaveAttribute('aria-live', 'polite');
});

test('a deep link opens the step, and Back and Forward restore steps', async ({
  page,
}) => {
  const middle = steps[Math.floor(steps.length / 2)]!;
  await page.goto(`/steps/${middle.id}`);
  await expect(stepHeading(page, plain(middle.title))).toBeVisible();
  await page.getByRole('link', { name: /^Next/ }).click();
  const after = steps[steps.indexOf(middle) + 1]!;
  await expect(stepHeading(page, plain(after.title))).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(`/steps/${middle.id}`);
  await expect(stepHeading(page, plain(middle.title))).toBeVisible();
  await page.goForward();
  await expect(stepHeading(page, plain(after.title))).toBeVisible();
  await page.reload();
  await expect(stepHeading(page, plain(after.title))).toBeVisible();
});

test('a deep link opens a panel; Escape closes it and focus returns', async ({
  page,
}) => {
  const step = steps.find((item) => item.modalityIds.length > 0)!;
  const modality = journey.modalities.find(
    (item) => item.id === step.modalityIds[0],
  )!;
  await page.goto(`/steps/${step.id}?panel=modality:${modality.id}`);
  const dialog = page.getByRole('dialog', { name: modality.name });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(`/steps/${step.id}`);

  const chip = page
    .getByRole('link', { name: modality.name, exact: true })
    .first();
  await chip.click();
  await expect(page).toHaveURL(
    `/steps/${step.id}?panel=modality:${modality.id}`,
  );
  await expect(dialog).toBeVisible();
  // Focus stays inside the open panel.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(
      await dialog.evaluate((el) => el.contains(document.activeElement)),
    ).toBe(true);
  }
  await page.getByRole('button', { name: 'Close panel' }).click();
  await expect(dialog).toBeHidden();
  await expect(chip).toBeFocused();
});

test('an unknown panel id says so inside the panel, and the page keeps working', async ({
  page,
}) => {
  await page.goto(`/steps/${first.id}?panel=medicine:not-a-medicine`);
  const dialog = page.getByRole('dialog', { name: 'Detail not found' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(stepHeading(page, plain(first.title))).toBeVisible();
});

test('a swipe to the left on a touch screen moves to the next step', async ({
  page,
}) => {
  await page.goto(`/steps/${first.id}`);
  const article = page.getByRole('article');
  await expect(stepHeading(page, plain(first.title))).toBeVisible();
  await article.evaluate((element) => {
    const at = (type: string, x: number) =>
      element.dispatchEvent(
        new PointerEvent(type, {
          pointerType: 'touch',
          clientX: x,
          clientY: 300,
          bubbles: true,
        }),
      );
    at('pointerdown', 300);
    at('pointerup', 120);
  });
  await expect(page).toHaveURL(`/steps/${steps[1]!.id}`);
});

test('an unknown step or address shows a clear not-found page', async ({
  page,
}) => {
  await page.goto('/steps/not-a-real-step');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Step not found' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page).toHaveURL('/');
  await page.goto('/no/such/page');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Page not found' }),
  ).toBeVisible();
});

test('progress survives a reload: the overview offers to continue', async ({
  page,
}) => {
  const step = steps[2]!;
  await page.goto(`/steps/${step.id}`);
  await expect(stepHeading(page, plain(step.title))).toBeVisible();
  await page.goto('/');
  await page.reload();
  await expect(
    page.getByRole('link', {
      name: `Continue where you left off: ${plain(step.title)}`,
    }),
  ).toBeVisible();
});

test('a step change slides in, so the motion checks below can see movement', async ({
  page,
}) => {
  await page.goto(`/steps/${first.id}`);
  await waitForMotionCode(page);
  expect(await movementFromTap(page)).not.toEqual(['none 1']);
});

test('with reduced motion the step change moves nothing', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/steps/${first.id}`);
  await waitForMotionCode(page);
  expect(await movementFromTap(page)).toEqual(['none 1']);
  await expect(stepHeading(page, plain(steps[1]!.title))).toBeVisible();
});

test('the in-app "Turn off animations" setting stops step movement at once', async ({
  page,
}) => {
  await page.goto(`/steps/${first.id}`);
  // A step change first, so the animation code is loaded and has moved.
  await waitForMotionCode(page);
  await page.getByRole('link', { name: /^Next/ }).click();
  await expect(stepHeading(page, plain(steps[1]!.title))).toBeVisible();
  await page.getByRole('checkbox', { name: 'Turn off animations' }).check();
  expect(await movementFromTap(page)).toEqual(['none 1']);
  await expect(stepHeading(page, plain(steps[2]!.title))).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('checkbox', { name: 'Turn off animations' }),
  ).toBeChecked();
});

for (const width of [360, 1024]) {
  test(`the CNS prophylaxis lane spans every treatment phase at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    const lane = page.getByRole('group', { name: /CNS prophylaxis/ });
    await expect(lane).toBeVisible();
    const laneBox = (await lane.boundingBox())!;
    const treatment = journey.phases.filter(
      (phase) => phase.kind === 'treatment',
    );
    const timeline = page.getByRole('region', {
      name: 'The phases at a glance',
    });
    const firstBox = (await timeline
      .getByRole('heading', { name: plain(treatment[0]!.title) })
      .boundingBox())!;
    const lastBox = (await timeline
      .getByRole('heading', { name: plain(treatment.at(-1)!.title) })
      .boundingBox())!;
    if (width >= 768) {
      expect(laneBox.x).toBeLessThanOrEqual(firstBox.x);
      expect(laneBox.x + laneBox.width).toBeGreaterThanOrEqual(
        lastBox.x + lastBox.width,
      );
    } else {
      expect(laneBox.y).toBeLessThanOrEqual(firstBox.y);
      expect(laneBox.y + laneBox.height).toBeGreaterThanOrEqual(
        lastBox.y + lastBox.height,
      );
    }
  });
}

for (const width of [360, 768, 1024]) {
  test(`the overview and a step fit a ${width} px screen without sideways scrolling`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    for (const url of ['/', `/steps/${steps[1]!.id}`]) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(
        () =>
          document.documentElement.scrollWidth -
          document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const name = url === '/' ? 'overview' : 'step';
      await page.screenshot({
        path: `tests/artifacts/${name}-${width}.png`,
        fullPage: true,
      });
      await testInfo.attach(`${name}-${width}`, {
        path: `tests/artifacts/${name}-${width}.png`,
      });
    }
  });
}

test('at 200% text size a 320 px screen still needs no sideways scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const panelStep = steps.find((step) => step.medicineIds.length > 0)!;
  for (const url of [
    '/',
    `/steps/${first.id}`,
    `/steps/${panelStep.id}?panel=medicine:${panelStep.medicineIds[0]}`,
    '/glossary',
  ]) {
    await expectNoSidewaysScrollAtDoubleText(page, url);
  }
});

test('a step with a picture holds still while the picture loads (no layout shift)', async ({
  page,
}) => {
  const step = steps.find((item) => item.illustrationIds.length > 0)!;
  await page.setViewportSize({ width: 360, height: 740 });
  // The picture arrives late, as on hospital Wi-Fi: only a reserved space
  // keeps the text below it from jumping.
  await page.route('**/*.svg', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.goto(`/steps/${step.id}`);
  const picture = page.getByRole('main').getByRole('img').first();
  await picture.scrollIntoViewIfNeeded();
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete))
    .toBe(true);
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries reach the observer in a task of their own.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => setTimeout(() => resolve(total), 0)),
        );
      }),
  );
  expect(shift).toBe(0);
});

test('Next from the last step of the main journey never enters a side path; a signpost does, and leads back', async ({
  page,
}) => {
  await page.goto(`/steps/${last.id}`);
  await expect(page.getByRole('link', { name: /^Next/ })).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(`/steps/${last.id}`);
  const sidePaths = journey.phases.filter((phase) =>
    phase.branchesFrom?.includes(last.phaseId),
  );
  expect(sidePaths.length).toBeGreaterThan(0);
  const sidePath = sidePaths[0]!;
  const sideSteps = journey.steps.filter(
    (step) => step.phaseId === sidePath.id,
  );
  await page
    .getByRole('region', { name: 'Side paths from here' })
    .getByRole('link', { name: `Read about ${plain(sidePath.title)}` })
    .click();
  await expect(stepHeading(page, plain(sideSteps[0]!.title))).toBeVisible();
  await expect(
    page.getByText(`Side path: step 1 of ${sideSteps.length}`, {
      exact: true,
    }),
  ).toBeVisible();
  await page.keyboard.press('End');
  await expect(stepHeading(page, plain(sideSteps.at(-1)!.title))).toBeVisible();
  await expect(page.getByRole('link', { name: /^Next/ })).toHaveCount(0);
});

test('a side path that starts from one phase leads back to it at its end', async ({
  page,
}) => {
  const sidePath = journey.phases.find(
    (phase) =>
      phase.kind === 'branch' &&
      (phase.branchesFrom ?? []).filter((id) => !branchIds.has(id)).length ===
        1,
  )!;
  const from = sidePath.branchesFrom!.find((id) => !branchIds.has(id))!;
  const branchPoint = steps.filter((step) => step.phaseId === from).at(-1)!;
  const sideSteps = journey.steps.filter(
    (step) => step.phaseId === sidePath.id,
  );
  await page.goto(`/steps/${sideSteps.at(-1)!.id}`);
  await page.getByRole('link', { name: 'Back to the main journey' }).click();
  await expect(page).toHaveURL(`/steps/${branchPoint.id}`);
  await expect(
    page
      .getByRole('region', { name: 'Side paths from here' })
      .getByRole('link', { name: `Read about ${plain(sidePath.title)}` }),
  ).toBeVisible();
});
