#!/usr/bin/env node
// `npm run audit`: npm's advisory check of the production dependencies (what
// ships to readers). Fails on any high or critical advisory. When npm's
// audit service cannot be reached (some networks answer 405 or time out),
// it says so plainly and does not fail: the check was not made.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  encoding: 'utf8',
});
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  report = undefined;
}

if (!report?.metadata) {
  const reason =
    report?.message ||
    report?.error?.summary ||
    result.stderr.trim().split('\n').at(-1) ||
    'no answer';
  console.log(
    `npm audit: NOT CHECKED, the registry's audit service did not answer (${reason}).`,
  );
  process.exit(0);
}

const counts = report.metadata?.vulnerabilities ?? {};
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit (production dependencies): ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
);
for (const [name, advisory] of Object.entries(report.vulnerabilities ?? {})) {
  console.log(`  ${advisory.severity}: ${name} ${advisory.range ?? ''}`);
}
process.exit(serious > 0 ? 1 : 0);
