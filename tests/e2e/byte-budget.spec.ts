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
  // Every body is read before the sum: a handler still reading one would
  // leave it out of the total.
  const reads: Promise<void>[] = [];
  page.on('response', (response) => {
    const url = response.url();
    if (!url.startsWith('http://localhost')) return;
    reads.push(
      response
        .body()
        // A worker's response (the content file) has no body to read here:
        // the same file is asked for again.
        .catch(() => page.request.get(url).then((again) => again.body()))
        .then(
          (body) => {
            bodies.set(url, {
              type: response.headers()['content-type'] ?? '',
              bytes: gzipSync(body, { level: 9 }).length,
            });
          },
          () => {}, // A redirect or an aborted request has no body.
        ),
    );
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await Promise.all(reads);
  // The content file is part of the first load.
  expect(
    [...bodies.keys()].some((url) => /\/content-\w+-\w+\.json$/.test(url)),
  ).toBe(true);
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
  const reads: Promise<void>[] = [];
  page.on('response', (response) => {
    const name = /\/assets\/([\w-]+)\.js$/.exec(response.url())?.[1];
    if (!name) return;
    reads.push(
      response.text().then(
        (code) => void scripts.set(name, code),
        () => {},
      ),
    );
  });
  await page.goto(`/steps/${journey.steps[0]!.id}`, {
    waitUntil: 'networkidle',
  });
  await Promise.all(reads);
  const marked = (prefix: string) =>
    [...scripts].filter(
      ([name, code]) =>
        name.startsWith(prefix) && code.startsWith(COMPILE_HINT),
    );
  expect(marked('render-app-')).toHaveLength(1);
  expect(marked('step-route-')).toHaveLength(1);
});

test('a step page asks for each of its files once', async ({ page }) => {
  // The page names the app's code for an early download; the app's own
  // imports must then use those downloads, not fetch the files again.
  const requests = new Map<string, number>();
  page.on('request', (request) => {
    const url = request.url();
    requests.set(url, (requests.get(url) ?? 0) + 1);
  });
  const pictured = journey.steps.find((step) => step.illustrationIds.length);
  await page.goto(`/es/steps/${pictured!.id}`, { waitUntil: 'networkidle' });
  const scripts = [...requests.keys()].filter((url) => url.endsWith('.js'));
  expect(scripts.some((url) => /\/step-route-/.test(url))).toBe(true);
  expect(
    [...requests].filter(([, count]) => count > 1).map(([url]) => url),
  ).toEqual([]);
});
