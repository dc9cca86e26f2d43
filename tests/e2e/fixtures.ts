import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * Waits until the app has rendered: over a prerendered page, or into the
 * empty root of a page that is not prerendered (bedside mode).
 */
export async function waitForApp(page: Page) {
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return (
      root !== null &&
      root.hasChildNodes() &&
      !root.hasAttribute('data-prerendered')
    );
  });
}

/**
 * The test page, whose goto and reload return once the app is running:
 * a prerendered page shows its text before the app can respond to a tap,
 * which a reader barely notices but a test would race.
 */
export const test = base.extend({
  page: async ({ page }, provide) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args: Parameters<Page['goto']>) => {
      const response = await goto(...args);
      await waitForApp(page);
      return response;
    };
    page.reload = async (...args: Parameters<Page['reload']>) => {
      const response = await reload(...args);
      await waitForApp(page);
      return response;
    };
    await provide(page);
  },
});
