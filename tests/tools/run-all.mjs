#!/usr/bin/env node
// `npm test`: every check, in the order a problem is cheapest to find.
// Ends with one line "N passed, N failed" counting all suites together.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const reports = mkdtempSync(path.join(tmpdir(), 'all-journey-tests-'));
const vitestReport = path.join(reports, 'vitest.json');
const playwrightReport = path.join(reports, 'playwright.json');
let passed = 0;
let failed = 0;

function run(name, command, args, env = {}) {
  console.log(`\n::: ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const ok = result.status === 0;
  console.log(
    `::: ${name} ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );
  return ok;
}

function finish(code) {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(code);
}

/** Finds Debian's Chromium, installing it when we are root on Debian. */
function ensureChromium() {
  const candidate = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (existsSync(candidate)) {
    process.env.CHROME_PATH = candidate;
    return true;
  }
  const isRoot = process.getuid?.() === 0;
  const hasApt =
    spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' })
      .status === 0;
  if (!isRoot || !hasApt) {
    console.error(
      'Chromium not found: install Debian\'s "chromium" package (sudo apt-get install chromium) or set CHROME_PATH.',
    );
    return false;
  }
  console.log(
    "Chromium not found: installing Debian's chromium package with apt-get…",
  );
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const ok =
    run('apt-get update', 'apt-get', ['update', '-qq'], env) &&
    run(
      'apt-get install chromium',
      'apt-get',
      [
        'install',
        '-y',
        '-qq',
        '--no-install-recommends',
        'chromium',
        'fonts-liberation',
      ],
      env,
    );
  if (ok) process.env.CHROME_PATH = '/usr/bin/chromium';
  return ok && existsSync('/usr/bin/chromium');
}

function countVitest() {
  if (!existsSync(vitestReport)) return false;
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  return true;
}

function countPlaywright() {
  if (!existsSync(playwrightReport)) return false;
  const { stats } = JSON.parse(readFileSync(playwrightReport, 'utf8'));
  passed += stats.expected;
  failed += stats.unexpected + stats.flaky;
  return true;
}

// Gates that are not test suites count as one check each.
for (const [name, args] of [
  ['typecheck', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
  ['format', ['run', 'format:check']],
  ['audit of production dependencies', ['run', 'audit']],
]) {
  if (run(name, 'npm', args)) passed += 1;
  else {
    failed += 1;
    finish(1);
  }
}

const unitOk = run('unit, component and content tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${vitestReport}`,
]);
if (!countVitest() && !unitOk) failed += 1;
if (!unitOk) finish(1);

if (run('build', 'npm', ['run', 'build'])) passed += 1;
else {
  failed += 1;
  finish(1);
}

if (!ensureChromium()) {
  failed += 1;
  finish(1);
}

const e2eOk = run(
  'browser tests (Chromium, axe)',
  'npx',
  ['playwright', 'test'],
  {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  },
);
if (!countPlaywright() && !e2eOk) failed += 1;
finish(e2eOk ? 0 : 1);
