// Timed stages of a test run, recorded in reports/stages.json so that `.ci/run` can print every
// stage (install and Chromium included) in one table at the end.
//   node scripts/stages.mjs run <name> -- <command> [args…]   runs and records one stage
//   node scripts/stages.mjs table                               prints the recorded stages
// Plain Node, no dependencies: it also times `npm ci`, before node_modules exists.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = 'reports/stages.json';

/** The stages recorded so far: `{ name, seconds, ok }` in the order they ran. */
export function readStages() {
  return existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : [];
}

function record(stage) {
  mkdirSync('reports', { recursive: true });
  writeFileSync(FILE, `${JSON.stringify([...readStages(), stage], null, 2)}\n`);
}

/** Runs a command as a named stage (output goes straight through) and records its time. */
export function runStage(name, command, args) {
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const ok = result.status === 0;
  record({ name, seconds: Math.round(seconds * 10) / 10, ok });
  return ok;
}

/** Records a stage that could not run because an earlier one failed. */
export function skipStage(name) {
  console.log(`\n▶ ${name}: skipped (an earlier stage it needs failed)`);
  record({ name, seconds: 0, ok: false, skipped: true });
}

const clock = (s) =>
  s >= 60 ? `${Math.floor(s / 60)} min ${(s % 60).toFixed(0)} s` : `${s.toFixed(1)} s`;

/** The recorded stages as a table, with the total. */
export function stageTable() {
  const stages = readStages();
  const width = Math.max(5, ...stages.map((s) => s.name.length));
  const lines = stages.map(
    (s) =>
      `  ${s.name.padEnd(width)}  ${clock(s.seconds).padStart(10)}  ${s.skipped ? 'skipped' : s.ok ? 'ok' : 'FAILED'}`,
  );
  const total = stages.reduce((sum, s) => sum + s.seconds, 0);
  return [
    'Stage times:',
    ...lines,
    `  ${'total'.padEnd(width)}  ${clock(total).padStart(10)}`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, name, dashes, ...rest] = process.argv.slice(2);
  if (command === 'run' && name && dashes === '--' && rest.length > 0)
    process.exit(runStage(name, rest[0], rest.slice(1)) ? 0 : 1);
  else if (command === 'table') console.log(stageTable());
  else {
    console.error('Usage: stages.mjs run <name> -- <command> [args…] | stages.mjs table');
    process.exit(2);
  }
}
