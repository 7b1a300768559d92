import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { loadIndex } from '../../src/lib/search/load-index.ts';
import type { IndexData } from '../../src/lib/search/model.ts';
import { search } from '../../src/lib/search/rank.ts';
import { queryMix } from './queries.ts';
import { median, quantile, round } from './stats.ts';
import { syntheticInput } from './synthetic.ts';

/** One line of the search benchmark: one corpus size in one language. */
export interface SearchBenchRow {
  n: number;
  lang: string;
  /** `synthetic` (bench/search/synthetic.ts) or `site` (the index a build wrote). */
  source: string;
  records: number;
  indexBytesRaw: number;
  indexBytesGzip: number;
  bytesPerArticleGzip: number;
  /** Median of 7 loads (JSON.parse + loadIndex) in a fresh worker, the first (cold) one included. */
  loadParseMs: number;
  /** The first of them: a fresh heap and code the JIT has not seen, as on a reader's first focus. */
  loadColdMs: number;
  /** The first word query after that first load (it folds the vocabulary, deferred from loading). */
  firstQueryMs: number;
  queryMedianMs: number;
  queryP95Ms: number;
  queries: number;
}

/** Load times of `runs` loads (JSON.parse + loadIndex), and the time of `query` right after the first. */
function loadTimes(
  json: string,
  runs: number,
  query: string,
): { loads: number[]; firstQueryMs: number } {
  let firstQueryMs = 0;
  const loads = Array.from({ length: runs }, (_, i) => {
    const t0 = performance.now();
    const index = loadIndex(JSON.parse(json) as IndexData);
    const t1 = performance.now();
    if (i === 0) {
      search(index, query, { limit: 100 });
      firstQueryMs = performance.now() - t1;
    }
    return t1 - t0;
  });
  return { loads, firstQueryMs };
}

// In a worker started by loadTimesInWorker: measure and report back.
if (!isMainThread && (workerData as { kind?: string } | null)?.kind === 'search-load') {
  const { json, runs, query } = workerData as { json: string; runs: number; query: string };
  parentPort?.postMessage(loadTimes(json, runs, query));
}

/**
 * Load times measured in a fresh worker: its own heap (no garbage of the corpus generator to
 * collect) and cold code, as in a page that has just fetched the index; then the first query.
 */
export function loadTimesInWorker(
  json: string,
  query: string,
  runs = 7,
): Promise<{ loads: number[]; firstQueryMs: number }> {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { kind: 'search-load', json, runs, query },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: { loads: number[]; firstQueryMs: number }) => {
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', reject);
  });
}

/** Measures one index (its JSON as served): size, load and parse, query times over the mix. */
export async function benchIndex(
  json: string,
  n: number,
  source: string,
  queryCount = 400,
): Promise<SearchBenchRow> {
  const data = JSON.parse(json) as IndexData;
  const queries = queryMix(data, queryCount);
  // The first query a reader types: a word (the costlier kind), the first of the mix that is one.
  const firstWord = queries.find((q) => /^\p{L}/u.test(q)) ?? queries[0] ?? '';
  const { loads, firstQueryMs } = await loadTimesInWorker(json, firstWord);
  const index = loadIndex(data);
  // A few queries first so the figures are not about the JIT's first minutes; the first
  // measured query still pays for the lazily sorted vocabulary.
  for (const q of queryMix(data, 20, 99)) search(index, q, { limit: 100 });
  const times = queries.map((q) => {
    const t0 = performance.now();
    search(index, q, { limit: 100 });
    return performance.now() - t0;
  });
  const gzip = gzipSync(json).length;
  return {
    n,
    lang: data.l,
    source,
    records: index.records.length,
    indexBytesRaw: Buffer.byteLength(json),
    indexBytesGzip: gzip,
    bytesPerArticleGzip: round(gzip / Math.max(1, n)),
    loadParseMs: round(median(loads)),
    loadColdMs: round(loads[0] ?? 0),
    firstQueryMs: round(firstQueryMs),
    queryMedianMs: round(median(times)),
    queryP95Ms: round(quantile(times, 0.95)),
    queries: queries.length,
  };
}

/**
 * The search figures for `n` articles in both languages. With `outDir` (a built site) the
 * indexes the build wrote are measured; otherwise a synthetic corpus is generated.
 */
export async function runSearchBench({
  n,
  outDir,
  root = process.cwd(),
}: {
  n: number;
  outDir?: string;
  root?: string;
}): Promise<SearchBenchRow[]> {
  const rows: SearchBenchRow[] = [];
  for (const lang of ['pl', 'en'] as const) {
    const built = outDir ? join(outDir, lang, 'search-index.json') : '';
    const json = built && existsSync(built) ? readFileSync(built, 'utf8') : '';
    // An index of another format version is a stale build: measure a synthetic corpus instead.
    if (json && (JSON.parse(json) as IndexData).v === 3) {
      rows.push(await benchIndex(json, (JSON.parse(json) as IndexData).a.length, 'site'));
    } else {
      rows.push(
        await benchIndex(
          JSON.stringify(buildSearchIndex(syntheticInput(n, lang, root))),
          n,
          'synthetic',
        ),
      );
    }
  }
  return rows;
}

export { buildSearchIndex } from '../../src/lib/search/build-index.ts';
export { fuseComparison } from './fuse-comparison.ts';
export { queryMix } from './queries.ts';
