// Prints the combined count of the test runners' JSON reports as one plain line for CI:
// "N passed, M failed" (Vitest: reports/vitest-unit.json and reports/vitest-build.json,
// Playwright: reports/playwright.json). A report that is missing counts as one failure, and so
// does a stage recorded as failed in reports/stages.json without a failed test (format, type check).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

for (const file of ['reports/vitest-unit.json', 'reports/vitest-build.json']) {
  const vitest = read(file);
  if (vitest) {
    passed += vitest.numPassedTests ?? 0;
    failed +=
      (vitest.numFailedTests ?? 0) +
      (vitest.numTotalTestSuites && vitest.success === false && !vitest.numFailedTests ? 1 : 0);
    skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  } else failed += 1; // that Vitest run did not even report
}

const playwright = read('reports/playwright.json');
if (playwright) {
  passed += (playwright.stats?.expected ?? 0) + (playwright.stats?.flaky ?? 0);
  failed += playwright.stats?.unexpected ?? 0;
  skipped += playwright.stats?.skipped ?? 0;
  if ((playwright.errors ?? []).length > 0) failed += playwright.errors.length; // e.g. the web server did not start
} else failed += 1;

// Stages that write no test report count as one test each: their failure must show in the count.
const stages = read('reports/stages.json') ?? [];
for (const stage of stages)
  if (['install', 'chromium', 'format', 'type check'].includes(stage.name) && !stage.ok)
    failed += 1;

if (skipped) console.log(`(${skipped} skipped)`);
console.log(`${passed} passed, ${failed} failed`);
