// Timed stages of a test run, recorded in reports/stages.json so that `.ci/run` can print every
// stage (install and Chromium included) in one table at the end.
//   node scripts/stages.mjs run <name> -- <command> [args…]   runs and records one stage
//   node scripts/stages.mjs table                               prints the recorded stages
// Plain Node, no dependencies: it also times `npm ci`, before node_modules exists.
import { spawn, spawnSync } from 'node:child_process';
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

const now = () => Date.now() / 1000;
const tenths = (s) => Math.round(s * 10) / 10;

/** Runs a command as a named stage (output goes straight through) and records its time. */
export function runStage(name, command, args) {
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const start = now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const ok = result.status === 0;
  record({ name, seconds: tenths(now() - start), ok, start, end: now() });
  return ok;
}

/**
 * Runs stages one after another beside other lanes (see `runLanes`). With `quiet`, a stage's
 * output is held back and printed whole when it ends, so two lanes never interleave their lines.
 */
async function runLane(stages, quiet) {
  const results = [];
  for (const { name, command, args } of stages) {
    console.log(
      `\n▶ ${name}: ${[command, ...args].join(' ')}${quiet ? ' (output at its end)' : ''}`,
    );
    const start = now();
    const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const chunks = [];
    child.stdout?.on('data', (c) => chunks.push(c));
    child.stderr?.on('data', (c) => chunks.push(c));
    const code = await new Promise((resolve) => child.on('close', resolve));
    if (quiet) process.stdout.write(`\n◀ ${name}:\n${Buffer.concat(chunks).toString()}`);
    const ok = code === 0;
    record({ name, seconds: tenths(now() - start), ok, start, end: now() });
    results.push(ok);
  }
  return results;
}

/**
 * Runs lanes of stages at the same time (each lane in order): work that shares no files runs
 * side by side on a machine with cores to spare. The first lane's output streams; the others'
 * is printed as each stage ends. Resolves to every stage's outcome, lane by lane.
 */
export async function runLanes(...lanes) {
  const results = await Promise.all(lanes.map((lane, i) => runLane(lane, i > 0)));
  return results.flat();
}

/** Records a stage that could not run because an earlier one failed. */
export function skipStage(name) {
  console.log(`\n▶ ${name}: skipped (an earlier stage it needs failed)`);
  record({ name, seconds: 0, ok: false, skipped: true });
}

const clock = (s) =>
  s >= 60 ? `${Math.floor(s / 60)} min ${(s % 60).toFixed(0)} s` : `${s.toFixed(1)} s`;

/** Names of the other stages that ran at the same time as this one. */
const beside = (stage, stages) =>
  stages
    .filter((o) => o !== stage && o.start < stage.end && stage.start < o.end)
    .map((o) => o.name);

/**
 * The recorded stages as a table. The total is the wall time from the first stage's start to the
 * last one's end: stages that ran side by side are not counted twice.
 */
export function stageTable() {
  const stages = readStages();
  const width = Math.max(5, ...stages.map((s) => s.name.length));
  const lines = stages.map((s) => {
    const state = s.skipped ? 'skipped' : s.ok ? 'ok' : 'FAILED';
    const with_ = s.start === undefined ? [] : beside(s, stages);
    return `  ${s.name.padEnd(width)}  ${clock(s.seconds).padStart(10)}  ${state}${with_.length ? ` (beside ${with_.join(', ')})` : ''}`;
  });
  const timed = stages.filter((s) => s.start !== undefined);
  const total =
    timed.length === stages.length && timed.length > 0
      ? Math.max(...timed.map((s) => s.end)) - Math.min(...timed.map((s) => s.start))
      : stages.reduce((sum, s) => sum + s.seconds, 0);
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
