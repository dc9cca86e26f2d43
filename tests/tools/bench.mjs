#!/usr/bin/env node
// `npm run bench`: timing figures against the production build in Chromium,
// on a slowed-down CPU, each printed beside its budget. A benchmark, not a
// test: it reports, it does not fail the build.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const PORT = 4175;
const BASE = `http://localhost:${PORT}`;
const CPU_SLOWDOWN = 4;
// Lighthouse's own advice on variability: the median of five runs. On a
// 2-core machine a single run can land 10 points either side.
const LIGHTHOUSE_RUNS = 5;
// Chrome DevTools' "Slow 4G" preset.
const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.4 * 1024 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};
// The same flags as the browser tests (playwright.config.ts).
const CHROMIUM_ARGS = JSON.parse(
  readFileSync(new URL('./chromium-flags.json', import.meta.url), 'utf8'),
);

if (!existsSync('dist/index.html')) {
  console.error('No build found: run "npm run build" first.');
  process.exit(1);
}

const server = spawn(
  './node_modules/.bin/vite',
  ['preview', '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
const stopServer = () => server.kill();
process.on('exit', stopServer);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('preview server did not start');
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
};

const rows = [];
/** A figure that must stay at or under its budget (times, sizes). */
function report(name, value, unit, budget) {
  rows.push({ name, value, unit, budget, ok: value <= budget, sign: '≤' });
}
/** A figure that must reach at least its budget (scores). */
function reportAtLeast(name, value, unit, budget) {
  rows.push({ name, value, unit, budget, ok: value >= budget, sign: '≥' });
}

/** The content file of a language, as the build wrote it. */
function contentOf(code) {
  const file = readdirSync('dist/assets').find((name) =>
    new RegExp(`^content-${code}-[0-9a-f]{10}\\.json$`).test(name),
  );
  return JSON.parse(readFileSync(`dist/assets/${file}`, 'utf8'));
}

/** LCP of a first visit to `path` on slow 4G with a slow CPU, plus bytes. */
async function firstVisit(path) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const sizes = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => undefined);
    if (body)
      sizes.push({
        type: response.headers()['content-type'] ?? '',
        bytes: gzipSync(body, { level: 9 }).length,
      });
  });
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(`${BASE}${path}`, { waitUntil: 'networkidle' });
  const lcp = await page.evaluate(() => window.__lcp);
  await context.close();
  const js = sizes
    .filter((size) => size.type.includes('javascript'))
    .reduce((sum, size) => sum + size.bytes, 0);
  const total = sizes.reduce((sum, size) => sum + size.bytes, 0);
  return { lcp, js, total };
}

await waitForServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});

try {
  const english = contentOf('en').journey;
  const spanish = contentOf('es').journey;

  // 1. First visits on slow 4G with a slow CPU: LCP and bytes.
  {
    const overview = await firstVisit('/');
    report(
      'Overview LCP (slow 4G, 4× CPU)',
      Math.round(overview.lcp),
      'ms',
      1500,
    );
    const step = await firstVisit(`/steps/${english.steps[6].id}`);
    report('Step page LCP (slow 4G, 4× CPU)', Math.round(step.lcp), 'ms', 1500);
    const spanishStep = await firstVisit(`/es/steps/${spanish.steps[6].id}`);
    report(
      'Spanish step page LCP (slow 4G, 4× CPU)',
      Math.round(spanishStep.lcp),
      'ms',
      1500,
    );
    report(
      'First-load JavaScript (gzip)',
      +(overview.js / 1024).toFixed(1),
      'KiB',
      100,
    );
    report(
      'First-load total (gzip)',
      +(overview.total / 1024).toFixed(1),
      'KiB',
      200,
    );
  }

  // 2. Offline repeat visit: after one visit the service worker answers.
  {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto(`${BASE}/`, { waitUntil: 'networkidle' });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.reload({ waitUntil: 'load' });
    const paint = await page.evaluate(
      () =>
        new Promise((resolve) => {
          new PerformanceObserver((list) => {
            resolve(list.getEntries()[0].startTime);
          }).observe({ type: 'paint', buffered: true });
          setTimeout(() => resolve(Infinity), 5000);
        }),
    );
    report(
      'Offline repeat visit, first paint (4× CPU)',
      Math.round(paint),
      'ms',
      300,
    );
    await context.close();
  }

  // 3. Walk every step with Next on a slow CPU: step change time and long
  // tasks. A step change is timed as the browser times an interaction
  // (Event Timing, as in INP): from the tap on Next to the paint that shows
  // the new step. Changes faster than 16 ms are not reported by the browser
  // and count as 16 ms. Each tap presses, holds for 80 ms and lets go, as a
  // finger does; a press and release sent at the same instant would run
  // both in one task, which no reader's tap does. Long tasks are counted
  // from the first tap on: the page load before it is measured by the
  // first-visit figures and by Lighthouse.
  {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.addInitScript(() => {
      window.__taps = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (entry.name === 'click') window.__taps.push(entry.duration);
      }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
    });
    const journey = english;
    await page.goto(`${BASE}/steps/${journey.steps[0].id}`, {
      waitUntil: 'networkidle',
    });
    await page.waitForFunction(
      () => !document.getElementById('root')?.hasAttribute('data-prerendered'),
    );
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          window.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    // The main path, to its end: there Next gives way to the overview and
    // the side paths are entered on purpose, not walked.
    let tapCount = 0;
    for (let i = 1; i < journey.steps.length; i++) {
      const before = await page.locator('h1').textContent();
      const next = page.locator('a[rel="next"]').first();
      if ((await next.count()) === 0) break;
      await next.scrollIntoViewIfNeeded();
      const box = await next.boundingBox();
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, {
        delay: 80,
      });
      await page.waitForFunction(
        (title) => document.querySelector('h1')?.textContent !== title,
        before,
      );
      tapCount += 1;
      // Let the browser report the interaction before the next tap.
      await page.waitForTimeout(100);
    }
    const taps = await page.evaluate(() => window.__taps);
    const times = [
      ...taps,
      // Taps under 16 ms are not reported: they count as one frame.
      ...Array(Math.max(0, tapCount - taps.length)).fill(16),
    ];
    const longTasks = await page.evaluate(() => window.__longTasks);
    report(
      'Next → new step painted, median (4× CPU)',
      Math.round(median(times)),
      'ms',
      50,
    );
    report(
      'Next → new step painted, slowest (4× CPU)',
      Math.round(Math.max(...times)),
      'ms',
      100,
    );
    report(
      'Longest task while walking the main path (4× CPU)',
      Math.round(Math.max(0, ...longTasks)),
      'ms',
      50,
    );
    await context.close();
  }
} finally {
  await browser.close();
}

// 4. Lighthouse (the npm package, driving the same Chromium) with its mobile
// settings: simulated slow 4G and a 4× slower CPU.
try {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const english = contentOf('en').journey;
    // A step with a picture: the picture must not move the page (CLS).
    const pictured = english.steps.find(
      (step) => step.illustrationIds.length > 0,
    );
    for (const [label, path] of [
      ['overview', '/'],
      ['step page', `/steps/${english.steps[6].id}`],
      ['step with a picture', `/steps/${pictured.id}`],
      ['step with a picture, Spanish', `/es/steps/${pictured.id}`],
      ['when to call', '/when-to-call'],
    ]) {
      // Lighthouse's figures vary from run to run; its own advice is to
      // take the median of several runs. CLS takes the worst run.
      const results = [];
      for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
        results.push(
          await lighthouse(`${BASE}${path}`, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices'],
          }),
        );
      }
      const performanceOf = (result) =>
        result.lhr.categories.performance?.score ?? 0;
      results.sort((a, b) => performanceOf(a) - performanceOf(b));
      const result = results[Math.floor(results.length / 2)];
      const { categories } = result.lhr;
      const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
      reportAtLeast(
        `Lighthouse ${label}: performance (median of ${LIGHTHOUSE_RUNS})`,
        score('performance'),
        '',
        95,
      );
      // Where the score goes: Lighthouse calls 200 ms or less good.
      report(
        `Lighthouse ${label}: total blocking time`,
        Math.round(result.lhr.audits['total-blocking-time']?.numericValue ?? 0),
        'ms',
        200,
      );
      const shifts = results.map(
        (each) => each.lhr.audits['cumulative-layout-shift']?.numericValue ?? 1,
      );
      report(
        `Lighthouse ${label}: layout shift (CLS, worst)`,
        Number(Math.max(...shifts).toFixed(3)),
        '',
        0.02,
      );
      reportAtLeast(
        `Lighthouse ${label}: accessibility`,
        score('accessibility'),
        '',
        100,
      );
      reportAtLeast(
        `Lighthouse ${label}: best practices`,
        score('best-practices'),
        '',
        100,
      );
    }
  } finally {
    chrome.kill();
  }
} finally {
  stopServer();
}

const width = Math.max(...rows.map((row) => row.name.length));
console.log(
  `\n${'figure'.padEnd(width)}  ${'value'.padStart(9)}  ${'budget'.padStart(9)}`,
);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(width)}  ${`${row.value} ${row.unit}`.padStart(9)}  ${`${row.sign} ${row.budget} ${row.unit}`.padStart(9)}  ${row.ok ? 'ok' : 'OVER BUDGET'}`,
  );
}
