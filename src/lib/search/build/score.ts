import type { Lang } from '~/i18n/keys.ts';
import { FIELDS, type Field, type SearchDocument } from './documents.ts';
import { termIds } from './term-ids.ts';

/**
 * How much a word counts in each field: title > step title > heading > summary > body > catalog
 * text. BM25F: occurrences are weighted by field and normalised by the field's length before
 * saturation, so a word in a short title outweighs the same word repeated in a long body.
 */
export const FIELD_WEIGHTS: Record<Field, number> = {
  title: 4,
  stepTitle: 3,
  heading: 2,
  summary: 1.6,
  body: 1,
  catalog: 0.7,
};
// Length normalisation per field: bodies vary a lot, titles hardly.
const B: Record<Field, number> = {
  title: 0.3,
  stepTitle: 0.5,
  heading: 0.5,
  summary: 0.5,
  body: 0.75,
  catalog: 0.6,
};
const K1 = 1.2;
/** Impacts are sent as integers: score × this. */
export const IMPACT_SCALE = 100;

/** Per term, its postings flattened as `[ref, impact, ref, impact, ...]`, refs ascending. */
export type Postings = Map<string, ArrayLike<number>>;

/**
 * Scores every term of every document at build time (impact-ordered indexing): the client only
 * adds up impacts, with no statistics to download. Rarity (idf) is over all documents. The
 * documents come in ref order, so each term's postings do too. Counts and postings live in typed
 * arrays sized up front (a list per term grew by millions of pushes at 10,000 articles).
 */
export function scoreDocuments(docs: readonly SearchDocument[], lang: Lang): Postings {
  const F = FIELDS.length;
  const { terms, ids, bounds } = termIds(docs, lang);
  const T = terms.length;
  // Pass 1: field lengths, and document frequencies.
  const totals = new Float64Array(F);
  const counts = new Float64Array(F);
  const df = new Int32Array(T);
  const last = new Int32Array(T).fill(-1);
  for (let d = 0; d < docs.length; d++) {
    for (let f = 0; f < F; f++) {
      const len = bounds[d * F + f + 1]! - bounds[d * F + f]!;
      totals[f]! += len;
      if (len > 0) counts[f]!++;
    }
    for (let k = bounds[d * F]!; k < bounds[(d + 1) * F]!; k++) {
      const id = ids[k]!;
      if (last[id] !== d) {
        last[id] = d;
        df[id]!++;
      }
    }
  }
  const avg = FIELDS.map((_, f) => (counts[f]! > 0 ? totals[f]! / counts[f]! : 1) || 1);
  // Pass 2: per document, the weighted frequency of each term, then its impact.
  const n = docs.length;
  const idf = Float64Array.from(df, (k) => Math.log(1 + (n - k + 0.5) / (k + 0.5)));
  const start = new Int32Array(T + 1);
  for (let t = 0; t < T; t++) start[t + 1] = start[t]! + 2 * df[t]!;
  const postings = new Int32Array(start[T]!);
  const cursor = start.slice(0, T);
  const weight = new Float64Array(T);
  const touched = new Int32Array(T);
  for (let d = 0; d < n; d++) {
    let count = 0;
    for (let f = 0; f < F; f++) {
      const from = bounds[d * F + f]!;
      const to = bounds[d * F + f + 1]!;
      if (to === from) continue;
      const field = FIELDS[f]!;
      const norm = FIELD_WEIGHTS[field] / (1 - B[field] + (B[field] * (to - from)) / avg[f]!);
      for (let k = from; k < to; k++) {
        const id = ids[k]!;
        if (weight[id] === 0) touched[count++] = id;
        weight[id]! += norm;
      }
    }
    const ref = docs[d]!.ref;
    for (let i = 0; i < count; i++) {
      const id = touched[i]!;
      const w = weight[id]!;
      const impact = Math.max(1, Math.round(((idf[id]! * w * (K1 + 1)) / (w + K1)) * IMPACT_SCALE));
      postings[cursor[id]!++] = ref;
      postings[cursor[id]!++] = impact;
      weight[id] = 0;
    }
  }
  return new Map(terms.map((t, i) => [t, postings.subarray(start[i]!, start[i + 1]!)]));
}
