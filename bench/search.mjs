// The search benchmark (issue 10): index build time, bytes before the first results of a rare
// body word and for each later query, query median and p95, per language, on the benchmark's
// generated corpus and the same index code as the site (src/lib/search, bundled here with
// esbuild). Pagefind's figures on the same built site come from bench/search/pagefind.mjs.
//
//   node bench/search.mjs                   1,000 articles (index built in this process)
//   node bench/search.mjs --sizes=1000,10000
//
// `npm run bench` calls `runSearchBench` with the built site (its scripts and index files) and
// prints `searchReport` beside the build figures; a broken target fails the run.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeCorpus } from './gen/corpus.mjs';
import { pagefindJudged, pagefindRows } from './search/pagefind.mjs';
import { brokenTargets, formatBudgets, searchBudgets } from './search/targets.mjs';

export { brokenTargets, searchBudgets, TARGETS } from './search/targets.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

let modulePromise;
/** The bundled measuring module (bench/search/measure.ts and the site's code), built once. */
function measureModule() {
  modulePromise ??= (async () => {
    // Inside the project, so the bundle's bare imports (astro, fuse.js) resolve to node_modules.
    mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
    const dir = mkdtempSync(join(root, 'node_modules', '.cache', 'kb-search-bench-'));
    const outfile = join(dir, 'measure.mjs');
    await build({
      entryPoints: [join(root, 'bench/search/measure.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      packages: 'external',
      logLevel: 'error',
    });
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return import(pathToFileURL(outfile).href);
  })();
  return modulePromise;
}

/**
 * The search figures for `n` articles, one row per language. `contentDir` is the corpus (made
 * here when absent); `outDir` a build of it, whose scripts and index files are then measured.
 * The array also carries the worst row's `queryMedianMs` and `queryP95Ms`.
 */
export async function runSearchBench({ n, outDir, contentDir } = { n: 1000 }) {
  const dir = contentDir ?? corpusDir(n);
  const { runSearchBench: run } = await measureModule();
  const rows = await run({ n, root, contentDir: dir, ...(outDir ? { outDir } : {}) });
  for (const key of ['queryMedianMs', 'queryP95Ms'])
    rows[key] = Math.max(...rows.map((r) => r[key]));
  // Pagefind over the same build, with the same queries (bench only; never shipped).
  if (outDir) rows.pagefind = await pagefindRows(root, outDir, rows);
  return rows;
}

/** The generated corpus of `n` articles (bench/.corpus/N/content), written when missing. */
function corpusDir(n) {
  const contentDir = join(root, 'bench', '.corpus', String(n), 'content');
  mkdirSync(contentDir, { recursive: true });
  writeCorpus({ seed: 'kb-bench-v1', n, contentDir });
  return contentDir;
}

const COLS = [
  'n',
  'lang',
  'indexBuildMs',
  'indexBuildCpuMs',
  'files',
  'shards',
  'manifestGzip',
  'largestFileGzip',
  'scriptsGzip',
  'firstRareGzipMedian',
  'firstRareGzipMax',
  'firstManifestGzip',
  'firstShardsGzipMedian',
  'firstFragmentsGzipMedian',
  'laterRareGzipMedian',
  'laterRareGzipMax',
  'queryMedianMs',
  'queryP95Ms',
  'queryP95CpuMs',
  'queries',
  'rareDf',
  'typoFound',
  'typoFuseMedianMs',
];

/**
 * The rows as a table (and Pagefind's beside them when given), then a verdict per target (see
 * `search/targets.mjs` for the build figures `build` may carry).
 */
export function searchReport(rows, { pagefind, ...build } = {}) {
  const all = [...rows, ...(pagefind ?? [])];
  const cols = ['engine', ...COLS];
  const cell = (r, c) => String(c === 'engine' ? (r.engine ?? 'kb-site') : (r[c] ?? '–'));
  const width = cols.map((c) => Math.max(c.length, ...all.map((r) => cell(r, c).length)));
  const line = (cells) => cells.map((c, i) => String(c).padStart(width[i])).join('  ');
  const budgets = searchBudgets(rows, build);
  const broken = budgets.filter((b) => b.status === 'FAIL').length;
  const other = rows.find((r) => r.otherPageScriptsGzip !== undefined)?.otherPageScriptsGzip;
  return [
    `Search (bytes gzip; "first" = the search's scripts + index before the first results of a rare body word in the box, 8 results; "later" = a second rare word; load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} on this machine: wall times above 2 are inflated)`,
    line(cols),
    line(width.map((w) => '-'.repeat(w))),
    ...all.map((r) => line(cols.map((c) => cell(r, c)))),
    ...(other === undefined
      ? []
      : [
          `Not counted: the search page also loads ${other} B gzip of other features' scripts (log analysis, language switch).`,
        ]),
    'Search targets:',
    ...formatBudgets(budgets),
    broken ? `Search targets: ${broken} broken.` : 'Search targets met.',
  ].join('\n');
}

/**
 * The judged query set (tests/search/judged.json) scored for us (built in this process) and, when
 * built sites of its corpora are given (`{ content: dist, 'tests/fixtures/content/site': dist }`),
 * for Pagefind over them.
 */
export async function judgedReport(sites) {
  const { judgedScore } = await measureModule();
  const fmt = (name, s) =>
    `  ${name.padEnd(8)} success@1 ${s.success1.toFixed(3)}  success@3 ${s.success3.toFixed(3)}  MRR@10 ${s.mrr10.toFixed(3)}  empty ${s.empty}  (${s.queries} queries)`;
  const lines = [
    'Judged query set (tests/search/judged.json):',
    fmt('kb-site', await judgedScore(root)),
  ];
  if (sites) lines.push(fmt('pagefind', await pagefindJudged(root, sites)));
  else
    lines.push(
      '  pagefind: pass --judged=<dist of content/>,<dist of tests/fixtures/content/site> to score it',
    );
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const sizes = arg('sizes') ? arg('sizes').split(',').map(Number) : [1000];
  const outDir = arg('dist');
  const rows = [];
  const pagefind = [];
  for (const n of sizes) {
    const r = await runSearchBench({ n, ...(outDir ? { outDir } : {}) });
    rows.push(...r);
    pagefind.push(...(r.pagefind ?? []));
  }
  console.log(`Node ${process.version}; index built in this process from the generated corpus\n`);
  console.log(searchReport(rows, { pagefind }));
  const judged = arg('judged')?.split(',');
  console.log(
    `\n${await judgedReport(judged ? { content: judged[0], 'tests/fixtures/content/site': judged[1] } : undefined)}`,
  );
  process.exitCode = brokenTargets(rows).length ? 1 : 0;
}
