import Fuse from 'fuse.js';
import { gzipSync } from 'node:zlib';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { foldedFields, loadIndex } from '../../src/lib/search/load-index.ts';
import type { IndexData } from '../../src/lib/search/model.ts';
import { FIELD_WEIGHTS, FIELDS } from '../../src/lib/search/term-index.ts';
import { queryMix } from './queries.ts';
import { median, quantile, round } from './stats.ts';
import { syntheticInput } from './synthetic.ts';

/**
 * The measurements behind two decisions: a full-corpus Fuse search (what the prefilter avoids)
 * and a serialised `Fuse.createIndex` (what the reader would download and parse instead of
 * building). Synthetic Polish corpus of `n` articles.
 */
export function fuseComparison({ n, root = process.cwd() }: { n: number; root?: string }) {
  const json = JSON.stringify(buildSearchIndex(syntheticInput(n, 'pl', root)));
  const data = JSON.parse(json) as IndexData;
  const loaded = loadIndex(data);
  const docs = loaded.records.map((r) => foldedFields(loaded, r));
  const keys = FIELDS.map((name, i) => ({ name, weight: FIELD_WEIGHTS[i]! }));
  const queries = queryMix(data, 60);
  const time = (fn: () => unknown) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  const full = new Fuse(docs, { keys });
  const fullMs = queries.map((q) => time(() => full.search(q, { limit: 100 })));
  const built = Fuse.createIndex(keys, docs);
  const serialised = JSON.stringify(built.toJSON());
  const createMs = [0, 1, 2].map(() => time(() => Fuse.createIndex(keys, docs)));
  const parseMs = [0, 1, 2].map(() =>
    time(() => Fuse.parseIndex(JSON.parse(serialised) as Parameters<typeof Fuse.parseIndex>[0])),
  );
  return {
    n,
    fullCorpusFuseMedianMs: round(median(fullMs)),
    fullCorpusFuseP95Ms: round(quantile(fullMs, 0.95)),
    createIndexMs: round(median(createMs)),
    parseSerialisedIndexMs: round(median(parseMs)),
    serialisedIndexExtraGzipBytes: gzipSync(serialised).length,
    recordsGzipBytes: gzipSync(json).length,
  };
}
