// `npm test`: every stage, each timed (two lanes side by side, then the browser tests), then a table
// of the times. A failing stage does not stop the ones that do not need it (so one run reports
// everything); the exit code is non-zero when any stage failed. The test sites are built once
// here and shared by the build and browser tests (scripts/test-sites.mjs).
import { existsSync, rmSync } from 'node:fs';
import { runLanes, runStage, skipStage, stageTable } from './stages.mjs';
import { SITES, siteDir } from './test-sites.mjs';

// A fresh count: no report of an earlier run may stand in for a stage that fails to report now.
// `.ci/run` has recorded its install and Chromium stages already and asks to keep them.
const reports = ['vitest-unit.json', 'vitest-build.json', 'playwright.json'];
if (process.env.KB_KEEP_STAGES !== '1') reports.push('stages.json');
for (const file of reports) rmSync(`reports/${file}`, { force: true });

process.env.KB_TEST_SITES_BUILT = '1';
const npm = (name, script) => ({ name, command: 'npm', args: ['run', '--silent', script] });

// Two lanes side by side, one core each: the type check and the builds both write Astro's
// generated types (.astro/), so they share a lane; the format check and the unit tests touch
// neither and run beside them.
const results = await runLanes(
  [npm('type check', 'check'), npm('build', 'test:build')],
  [npm('format', 'format:check'), npm('unit', 'test:unit')],
);
// The browser tests serve the sites built above; without them they could only fail.
const built = Object.keys(SITES).every((name) => existsSync(siteDir(name)));
if (built) results.push(runStage('e2e', 'npm', ['run', '--silent', 'test:e2e']));
else {
  skipStage('e2e');
  results.push(false);
}

console.log(`\n${stageTable()}`);
process.exit(results.every(Boolean) ? 0 : 1);
