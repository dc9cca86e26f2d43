import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * Waits until the app has rendered and listens to keys and taps: over a
 * prerendered page, or into the empty root of a page that is not
 * prerendered (bedside mode). The app marks its root `data-started` then
 * (src/app/render-app.tsx).
 */
export async function waitForApp(page: Page) {
  const state = await page.waitForFunction(() => {
    const root = document.getElementById('root');
    if (root?.hasAttribute('data-started')) return 'started';
    // main.tsx told the reader the app could not load.
    if (root?.hasAttribute('data-load-error')) return 'failed';
    return false;
  });
  if ((await state.jsonValue()) === 'failed')
    throw new Error(`The app could not load at ${page.url()}`);
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
