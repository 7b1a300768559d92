import { FIELD_WEIGHTS, type MatchKind, type TermIndex, type TermMatch } from './term-index.ts';

/** The records holding every word, with a rough score, and what each word matched. */
export interface Prefiltered {
  /** The records holding every word. */
  recs: number[];
  /** Per record, its score (higher is better; above 0 exactly for the records in `recs`). */
  scores: Float32Array;
  /** Per query word (in the order given), the index terms it matched. */
  matches: TermMatch[][];
}

// A word met exactly counts more than one met as a beginning or a near spelling.
const QUALITY: Record<MatchKind, number> = { exact: 1, prefix: 0.8, fuzzy: 0.6 };

/** What the prefilter needs to know of the records beyond the term index. */
export interface PrefilterScope {
  /** Each record's article (for steps) or -1. */
  parents: Int32Array;
  /** Per catalog entry (the first records), the records carrying it. */
  citers: ReadonlyArray<readonly number[]>;
}

/**
 * Finds the records that hold every word, through the term index rather than by looking at each
 * record, and scores each by the best field each word was found in (title > step titles > codes
 * > summary > body; a whole word over a beginning over a near spelling).
 */
export function prefilter(
  terms: TermIndex,
  scope: PrefilterScope,
  words: readonly string[],
): Prefiltered {
  const { parents, citers } = scope;
  const recordCount = parents.length;
  const matches = words.map((w) => terms.match(w));
  const scores = new Float32Array(recordCount);
  if (words.length === 0 || matches.some((m) => m.length === 0))
    return { recs: [], scores, matches };
  // Per record: how many words it has met so far, and the best weight of the current word.
  const seen = new Uint8Array(recordCount);
  const best = new Float32Array(recordCount);
  let alive: number[] = [];
  matches.forEach((m, step) => {
    const touched: number[] = [];
    const credit = (rec: number, w: number) => {
      if (seen[rec] !== step) return;
      if (best[rec] === 0) touched.push(rec);
      if (w > best[rec]!) best[rec] = w;
    };
    const quality = m.map((t) => QUALITY[t.kind]);
    terms.scan(
      m.map((t) => t.term),
      (entry, i) => {
        const rec = entry >>> 3;
        const field = entry & 7;
        const w = FIELD_WEIGHTS[field]! * quality[i]!;
        // A code's texts count for every record citing the code (indexed once, on the code).
        const citing = field === 2 ? citers[rec] : undefined;
        if (citing) for (const c of citing) credit(c, w);
        else credit(rec, w);
        // A step's title is also its article's step-titles field (indexed once, on the step).
        const parent = parents[rec]!;
        if (parent >= 0 && field === 0) credit(parent, FIELD_WEIGHTS[1]! * quality[i]!);
      },
    );
    for (const rec of touched) {
      seen[rec] = step + 1;
      scores[rec] = scores[rec]! + best[rec]!;
      best[rec] = 0;
    }
    alive = touched;
  });
  // Records that fell out at a later word keep a partial score; only the survivors count.
  const survivors = new Float32Array(recordCount);
  for (const rec of alive) survivors[rec] = scores[rec]!;
  return { recs: alive, scores: survivors, matches };
}
