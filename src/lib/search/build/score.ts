import type { Lang } from '~/i18n/keys.ts';
import { tokenize } from '../format/tokenize.ts';
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

/** Per term, its documents and their impact (BM25F × {@link IMPACT_SCALE}, at least 1). */
export type Postings = Map<string, Map<number, number>>;

/**
 * Scores every term of every document at build time (impact-ordered indexing): the client only
 * adds up impacts, with no statistics to download. Rarity (idf) is over all documents.
 */
export function scoreDocuments(docs: readonly SearchDocument[], lang: Lang): Postings {
  const perDoc: Array<Map<string, Float32Array>> = [];
  const lengths = docs.map(() => new Float32Array(FIELDS.length));
  const totals = new Float64Array(FIELDS.length);
  const counts = new Float64Array(FIELDS.length);
  docs.forEach((doc, d) => {
    const tf = new Map<string, Float32Array>();
    FIELDS.forEach((field, f) => {
      const text = doc.fields[field];
      if (!text) return;
      const tokens = tokenize(text, lang);
      for (const t of tokens) {
        let row = tf.get(t.term);
        if (!row) tf.set(t.term, (row = new Float32Array(FIELDS.length)));
        row[f]! += 1;
      }
      lengths[d]![f] = tokens.length;
      totals[f]! += tokens.length;
      counts[f]! += 1;
    });
    perDoc.push(tf);
  });
  const avg = FIELDS.map((_, f) => (counts[f]! > 0 ? totals[f]! / counts[f]! : 1) || 1);
  const df = new Map<string, number>();
  for (const tf of perDoc) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = docs.length;
  const postings: Postings = new Map();
  perDoc.forEach((tf, d) => {
    const len = lengths[d]!;
    const norm = FIELDS.map(
      (field, f) => FIELD_WEIGHTS[field] / (1 - B[field] + (B[field] * len[f]!) / avg[f]!),
    );
    for (const [term, row] of tf) {
      let w = 0;
      for (let f = 0; f < row.length; f++) if (row[f]) w += row[f]! * norm[f]!;
      const k = df.get(term)!;
      const idf = Math.log(1 + (n - k + 0.5) / (k + 0.5));
      const impact = Math.max(1, Math.round(((idf * w * (K1 + 1)) / (w + K1)) * IMPACT_SCALE));
      let m = postings.get(term);
      if (!m) postings.set(term, (m = new Map()));
      m.set(docs[d]!.ref, impact);
    }
  });
  return postings;
}
