import type { Lang } from '~/i18n/keys.ts';
import { forEachTerm } from '../format/tokenize.ts';
import { FIELDS, type Field, type SearchDocument } from './documents.ts';

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
export type Postings = Map<string, number[]>;

/**
 * Scores every term of every document at build time (impact-ordered indexing): the client only
 * adds up impacts, with no statistics to download. Rarity (idf) is over all documents. Terms are
 * numbered and each text is tokenised once (a step's text is also its article's body), so the
 * cost stays linear in the text with little garbage.
 */
export function scoreDocuments(docs: readonly SearchDocument[], lang: Lang): Postings {
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const memo = new Map<string, Int32Array>();
  const termIds = (text: string): Int32Array => {
    let out = memo.get(text);
    if (!out) {
      const list: number[] = [];
      forEachTerm(text, lang, (term) => {
        let id = ids.get(term);
        if (id === undefined) {
          id = terms.length;
          ids.set(term, id);
          terms.push(term);
        }
        list.push(id);
      });
      out = Int32Array.from(list);
      memo.set(text, out);
    }
    return out;
  };
  // Pass 1: each document's term ids per field, field lengths, and document frequencies.
  const occ = docs.map((doc) =>
    FIELDS.map((field) => {
      const value = doc.fields[field];
      const parts = (Array.isArray(value) ? value : value ? [value] : []).map(termIds);
      return parts.length === 1 ? parts[0]! : Int32Array.from(parts.flatMap((p) => [...p]));
    }),
  );
  memo.clear();
  const totals = FIELDS.map((_, f) => occ.reduce((s, o) => s + o[f]!.length, 0));
  const counts = FIELDS.map((_, f) => occ.filter((o) => o[f]!.length > 0).length);
  const avg = FIELDS.map((_, f) => (counts[f]! > 0 ? totals[f]! / counts[f]! : 1) || 1);
  const df = new Int32Array(terms.length);
  const seen = new Int32Array(terms.length).fill(-1);
  occ.forEach((fields, d) => {
    for (const ids of fields)
      for (const id of ids)
        if (seen[id] !== d) {
          seen[id] = d;
          df[id]!++;
        }
  });
  // Pass 2: per document, the weighted frequency of each term, then its impact.
  const n = docs.length;
  const idf = Float64Array.from(df, (k) => Math.log(1 + (n - k + 0.5) / (k + 0.5)));
  const flat: number[][] = terms.map(() => []);
  const weight = new Float64Array(terms.length);
  const touched: number[] = [];
  occ.forEach((fields, d) => {
    fields.forEach((ids, f) => {
      if (ids.length === 0) return;
      const field = FIELDS[f]!;
      const norm = FIELD_WEIGHTS[field] / (1 - B[field] + (B[field] * ids.length) / avg[f]!);
      for (const id of ids) {
        if (weight[id] === 0) touched.push(id);
        weight[id]! += norm;
      }
    });
    const ref = docs[d]!.ref;
    for (const id of touched) {
      const w = weight[id]!;
      const impact = Math.max(1, Math.round(((idf[id]! * w * (K1 + 1)) / (w + K1)) * IMPACT_SCALE));
      flat[id]!.push(ref, impact);
      weight[id] = 0;
    }
    touched.length = 0;
  });
  return new Map(terms.map((t, i) => [t, flat[i]!]));
}
