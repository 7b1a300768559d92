// The search benchmark: index size per article, index load + parse, query median and p95, on the
// same index-building and ranking code as the site (src/lib/search, bundled here with esbuild,
// because Node cannot import the TypeScript sources with their extensionless imports).
//
//   node bench/search.mjs            1,000 articles, both languages
//   node bench/search.mjs --large    also 10,000 articles
//
// Exits non-zero when a target is broken. bench/run.mjs imports `runSearchBench` from here.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Targets of issue 3: p95 per corpus size, bytes per article, load + parse at 1,000. */
export const TARGETS = {
  p95Ms: { 1000: 16, 10000: 50 },
  bytesPerArticleGzip: 250,
  loadParseMs: { 1000: 30 },
};

let modulePromise;
/** The bundled measuring module (src/lib/search and bench/search/*.ts), built once per process. */
function measureModule() {
  modulePromise ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-search-bench-'));
    const outfile = join(dir, 'measure.mjs');
    await build({
      entryPoints: [join(root, 'bench/search/measure.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'error',
    });
    // The bundle stays until exit: the load measurement starts it again as a worker.
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return import(pathToFileURL(outfile).href);
  })();
  return modulePromise;
}

/**
 * The search figures for `n` articles: one row per language, `{ n, lang, indexBytesRaw,
 * indexBytesGzip, bytesPerArticleGzip, loadParseMs, queryMedianMs, queryP95Ms, ... }`. Measures
 * the indexes a build wrote when `outDir` holds them, else a synthetic corpus. The returned array
 * also carries the worst row's `loadParseMs`, `queryMedianMs` and `queryP95Ms` as properties,
 * for callers that want one figure per size.
 */
export async function runSearchBench({ n, outDir } = { n: 1000 }) {
  const { runSearchBench: run } = await measureModule();
  const rows = await run({ n, root, ...(outDir ? { outDir } : {}) });
  for (const key of ['loadParseMs', 'queryMedianMs', 'queryP95Ms', 'bytesPerArticleGzip'])
    rows[key] = Math.max(...rows.map((r) => r[key]));
  return rows;
}

/** Measures an index built from any input (`IndexInput` of src/lib/search/build-index.ts). */
export async function benchSearch({ input, n = input.articles.length }) {
  const mod = await measureModule();
  const { buildSearchIndex } = mod;
  return mod.benchIndex(JSON.stringify(buildSearchIndex(input)), n, 'input');
}

/** Which targets a row breaks, as readable strings. */
export function brokenTargets(row) {
  const out = [];
  const p95 = TARGETS.p95Ms[row.n];
  if (p95 !== undefined && row.queryP95Ms >= p95)
    out.push(`${row.lang} n=${row.n}: query p95 ${row.queryP95Ms} ms ≥ ${p95} ms`);
  // Catalogs and the vocabulary are a fixed cost: per-article bytes are judged from 1,000 articles on.
  if (row.n >= 1000 && row.bytesPerArticleGzip >= TARGETS.bytesPerArticleGzip)
    out.push(
      `${row.lang} n=${row.n}: ${row.bytesPerArticleGzip} B gzip per article ≥ ${TARGETS.bytesPerArticleGzip}`,
    );
  const load = TARGETS.loadParseMs[row.n];
  if (load !== undefined && row.loadParseMs >= load)
    out.push(`${row.lang} n=${row.n}: load + parse ${row.loadParseMs} ms ≥ ${load} ms`);
  return out;
}

function table(rows) {
  const cols = [
    'n',
    'lang',
    'source',
    'records',
    'indexBytesRaw',
    'indexBytesGzip',
    'bytesPerArticleGzip',
    'loadParseMs',
    'loadColdMs',
    'firstQueryMs',
    'queryMedianMs',
    'queryP95Ms',
    'queries',
  ];
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padStart(width[i])).join('  ');
  return [
    line(cols),
    line(width.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(cols.map((c) => r[c]))),
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.includes('--large') ? [1000, 10000] : [1000];
  const rows = [];
  for (const n of sizes) rows.push(...(await runSearchBench({ n })));
  console.log(
    `Search benchmark (Node ${process.version}; synthetic corpus, ${rows[0]?.queries ?? 0} queries per row, limit 100)\n`,
  );
  console.log(table(rows));
  const { fuseComparison } = await measureModule();
  const cmp = fuseComparison({ n: 1000, root });
  console.log('\nWhy a prefilter and no prebuilt Fuse index (1,000 articles, pl):');
  console.log(
    `  Fuse over the whole corpus: median ${cmp.fullCorpusFuseMedianMs} ms, p95 ${cmp.fullCorpusFuseP95Ms} ms per query`,
  );
  console.log(
    `  Fuse.createIndex ${cmp.createIndexMs} ms vs Fuse.parseIndex of the serialised index ${cmp.parseSerialisedIndexMs} ms; it would add ${cmp.serialisedIndexExtraGzipBytes} B gzip to ${cmp.recordsGzipBytes} B`,
  );
  const broken = rows.flatMap(brokenTargets);
  console.log(broken.length ? `\nTargets broken:\n  ${broken.join('\n  ')}` : '\nAll targets met.');
  process.exitCode = broken.length ? 1 : 0;
}
