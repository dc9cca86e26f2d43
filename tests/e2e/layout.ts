import { expect, type Page } from '@playwright/test';

/** Opens a page, doubles the text size and checks nothing scrolls sideways. */
export async function expectNoSidewaysScrollAtDoubleText(
  page: Page,
  url: string,
) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  const overflow = await page.evaluate(
    () =>
      document.documentElement.scrollWidth -
      document.documentElement.clientWidth,
  );
  expect(overflow, url).toBeLessThanOrEqual(0);
}
