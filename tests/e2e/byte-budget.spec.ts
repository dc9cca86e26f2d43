import { gzipSync } from 'node:zlib';
import { journey } from './content.ts';
import { expect, test } from './fixtures.ts';

// First load = everything the browser fetches to show the overview, measured
// from the production build as gzip -9 bytes (deterministic for a build).
const KIB = 1024;
const JS_BUDGET = 100 * KIB;
const TOTAL_BUDGET = 200 * KIB;

test('the first load stays within the byte budgets', async ({ page }) => {
  const bodies = new Map<string, { type: string; bytes: number }>();
  page.on('response', async (response) => {
    const url = response.url();
    if (!url.startsWith('http://localhost')) return;
    const body = await response.body().catch(() => undefined);
    if (!body) return;
    bodies.set(url, {
      type: response.headers()['content-type'] ?? '',
      bytes: gzipSync(body, { level: 9 }).length,
    });
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const files = [...bodies.values()];
  const js = files
    .filter((file) => file.type.includes('javascript'))
    .reduce((sum, file) => sum + file.bytes, 0);
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  console.log(
    `first-load JS ${(js / KIB).toFixed(1)} KiB (budget 100), total ${(total / KIB).toFixed(1)} KiB (budget 200)`,
  );
  expect(js).toBeLessThanOrEqual(JS_BUDGET);
  expect(total).toBeLessThanOrEqual(TOTAL_BUDGET);
});

// Chromium compiles a file marked with this hint while it downloads, so the
// first tap on Next does not stop to compile the code a step change runs.
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

test('the code a step change runs is marked to be compiled early', async ({
  page,
}) => {
  const scripts = new Map<string, string>();
  page.on('response', async (response) => {
    const name = /\/assets\/([\w-]+)\.js$/.exec(response.url())?.[1];
    if (!name) return;
    scripts.set(name, await response.text().catch(() => ''));
  });
  await page.goto(`/steps/${journey.steps[0]!.id}`, {
    waitUntil: 'networkidle',
  });
  const marked = (prefix: string) =>
    [...scripts].filter(
      ([name, code]) =>
        name.startsWith(prefix) && code.startsWith(COMPILE_HINT),
    );
  expect(marked('render-app-')).toHaveLength(1);
  expect(marked('step-route-')).toHaveLength(1);
});
