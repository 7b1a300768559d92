// Prints the combined count of the test runners' JSON reports as one plain line for CI:
// "N passed, M failed" (Vitest: reports/vitest.json, Playwright: reports/playwright.json).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed +=
    (vitest.numFailedTests ?? 0) +
    (vitest.numTotalTestSuites && vitest.success === false && !vitest.numFailedTests ? 1 : 0);
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
} else failed += 1; // the unit run did not even report

const playwright = read('reports/playwright.json');
if (playwright) {
  passed += (playwright.stats?.expected ?? 0) + (playwright.stats?.flaky ?? 0);
  failed += playwright.stats?.unexpected ?? 0;
  skipped += playwright.stats?.skipped ?? 0;
  if ((playwright.errors ?? []).length > 0) failed += playwright.errors.length; // e.g. the web server did not start
} else failed += 1;

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
