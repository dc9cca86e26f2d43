import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoViolations } from './axe.ts';
import { journey } from './content.ts';

async function openEverySection(page: Page) {
  const collapsed = page.locator('.step button[aria-expanded="false"]');
  while ((await collapsed.count()) > 0) {
    // Keyboard, not the mouse: the sticky step bar may cover a button.
    await collapsed.first().focus();
    await page.keyboard.press('Enter');
  }
}

const PAGES = [
  '/',
  '/glossary',
  '/about',
  '/when-to-call',
  '/care',
  '/no/such/page',
  '/steps/not-a-real-step',
];

// Every width and colour scheme is scanned with sections closed; two of the
// four also with every section of every step open.
const SETTINGS = [
  { width: 360, scheme: 'light', expand: true },
  { width: 1024, scheme: 'dark', expand: true },
  { width: 360, scheme: 'dark', expand: false },
  { width: 1024, scheme: 'light', expand: false },
] as const;

for (const { width, scheme, expand } of SETTINGS) {
  test(`every page and every step has no axe violations at ${width} px, ${scheme}`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    for (const url of PAGES) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoViolations(page, url);
    }
    for (const step of journey.steps) {
      const url = `/steps/${step.id}`;
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoViolations(page, url);
      if (!expand) continue;
      await openEverySection(page);
      await expect(page).toHaveURL(url);
      await expectNoViolations(page, `${url} with every section open`);
    }
  });
}

for (const { width, scheme } of SETTINGS.slice(0, 2)) {
  test(`every treatment, medicine and test panel has no axe violations at ${width} px, ${scheme}`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    const step = journey.steps[1]!;
    const panels = [
      ...journey.modalities.map((item) => `modality:${item.id}`),
      ...journey.medicines.map((item) => `medicine:${item.id}`),
      ...journey.tests.map((item) => `test:${item.id}`),
    ];
    for (const panel of panels) {
      await page.goto(`/steps/${step.id}?panel=${panel}`);
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, panel);
    }
  });
}
