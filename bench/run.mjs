// `npm run bench` — the performance benchmark and budget of issue 7 (not part of `npm test`).
//
//   npm run bench                     N = 100 and 1,000
//   npm run bench -- --large          N = 100, 1,000 and 10,000
//   npm run bench -- --sizes=10000    only the given sizes (comma-separated)
//   npm run bench -- --no-baseline    skip the bare-Astro baseline (no ratio)
//   npm run bench -- --repeat=3       build each size 3 times, alternating, keeping the fastest
//   npm run bench -- --seed=other     another corpus (figures then differ from the committed ones)
//   npm run bench -- --baseline-limit=10   stop a bare-Astro build after 10 minutes (default 15):
//                                     at 10,000 articles it may not finish; its ratio is then a bound
//
// Exits non-zero when a budget is broken. Figures go to bench/results/latest-N{n}.json.
import { cpus, totalmem } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchSize } from './measure/bench-size.mjs';
import { benchCheckContent } from './measure/check-content.mjs';
import { checkBudgets, LIMITS } from './report/budgets.mjs';
import { formatTable } from './report/table.mjs';
import { formatLogBench, runLogBench } from './log/extract.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SEED = 'kb-bench-v1';

/** The command line as options. */
function parseArgs(argv) {
  const opts = {
    sizes: [100, 1000],
    seed: DEFAULT_SEED,
    baseline: true,
    repeat: 1,
    baselineLimitMin: 15,
  };
  for (const arg of argv) {
    if (arg === '--large') opts.sizes = [100, 1000, 10000];
    else if (arg === '--no-baseline') opts.baseline = false;
    else if (arg.startsWith('--sizes='))
      opts.sizes = arg
        .slice(8)
        .split(',')
        .map((s) => Number(s.replace(/_/g, '')));
    else if (arg.startsWith('--seed=')) opts.seed = arg.slice(7);
    else if (arg.startsWith('--repeat=')) opts.repeat = Number(arg.slice(9));
    else if (arg.startsWith('--baseline-limit=')) opts.baselineLimitMin = Number(arg.slice(17));
    else if (arg === '--help' || arg === '-h') opts.help = true;
    else throw new Error(`unknown option ${arg}; see the header of bench/run.mjs`);
  }
  if (opts.sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error('--sizes expects positive whole numbers');
  if (!(opts.baselineLimitMin > 0)) throw new Error('--baseline-limit expects minutes above 0');
  if (!Number.isInteger(opts.repeat) || opts.repeat < 1)
    throw new Error('--repeat expects a positive whole number');
  return opts;
}

/** The machine, so figures from different runs are compared knowingly. */
function machine() {
  const cpu = cpus();
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpuCount: cpu.length,
    cpuModel: cpu[0]?.model ?? 'unknown',
    totalMemoryBytes: totalmem(),
  };
}

/** The figures a previous run saved for size `n`, if any. */
function savedResult(dir, n) {
  try {
    return JSON.parse(readFileSync(join(dir, `latest-N${n}.json`), 'utf8'));
  } catch {
    return undefined;
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    console.log(
      'usage: npm run bench [-- --large | --sizes=100,1000 | --repeat=K | --no-baseline | --baseline-limit=MIN | --seed=NAME]',
    );
    return 0;
  }
  const env = machine();
  const log = (text) => console.log(`[bench] ${text}`);
  log(
    `node ${env.node}, ${env.cpuCount} CPUs (${env.cpuModel}), ${(env.totalMemoryBytes / 1024 ** 3).toFixed(1)} GiB; seed "${opts.seed}"; sizes ${opts.sizes.join(', ')}`,
  );
  if (Number(process.versions.node.split('.')[0]) < 24)
    log('warning: expected Node 24 from node_modules; run through `npm run bench`');

  const resultsDir = join(root, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const tables = [];
  let failed = 0;
  let at1000;
  for (const n of opts.sizes) {
    const result = await benchSize({
      root,
      n,
      seed: opts.seed,
      baseline: opts.baseline,
      baselineTimeoutMs: opts.baselineLimitMin * 60_000,
      repeat: opts.repeat,
      log,
    });
    // The 10,000 budgets compare with 1,000: from this run, else from the last one saved.
    if (n === 1000) at1000 = result;
    result.budgets = checkBudgets(result, at1000 ?? savedResult(resultsDir, 1000));
    failed += result.budgets.filter((b) => b.status === 'FAIL').length;
    const table = formatTable({ ...result, cpuCount: env.cpuCount });
    tables.push(table);
    console.log(table);
    // Search (bench/search.mjs): our figures beside Pagefind's on this build, and their targets.
    if (result.search?.available) {
      const search = await import('./search.mjs');
      const { raw } = result.search;
      const build = {
        siteBuildMs: result.ours?.wallMs,
        // The site build's own index (built on a worker thread beside the pages), if logged.
        ...(result.ours?.phases?.searchIndexS === undefined
          ? {}
          : {
              indexInBuildMs: Math.round(result.ours.phases.searchIndexS * 1000),
              indexCpuMs: Math.round((result.ours.phases.searchIndexCpuS ?? 0) * 1000),
              indexWaitMs: Math.round((result.ours.phases.searchIndexWaitS ?? 0) * 1000),
            }),
      };
      console.log(`\n${search.searchReport(raw, { ...build, pagefind: raw.pagefind })}`);
      failed += search.brokenTargets(raw, build).length;
    }
    // No timestamp inside: two runs of the same code on the same machine differ only in measurements.
    const file = join(resultsDir, `latest-N${n}.json`);
    writeFileSync(
      file,
      `${JSON.stringify({ machine: env, limits: LIMITS, ...result }, null, 2)}\n`,
    );
    log(`figures written to ${file}`);
  }
  if (!benchCheckContent({ root, seed: opts.seed, log }).ok) failed += 1;
  if (tables.length > 1)
    console.log(`\n${'#'.repeat(20)} summary ${'#'.repeat(20)}${tables.join('\n')}`);
  // Log extraction (issue 13): 1 MB of pasted log, budget in bench/log/extract.mjs.
  const logBench = await runLogBench();
  log(formatLogBench(logBench));
  if (!logBench.ok) failed++;
  console.log(
    failed > 0 ? `\n[bench] ${failed} budget check(s) FAILED` : '\n[bench] all budgets met',
  );
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[bench] ${e.stack ?? e}`);
    process.exit(2);
  },
);
