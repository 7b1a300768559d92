import { fold, isCodeLikeWord } from './fold.ts';
import type { FoldedFields } from './model.ts';

/** The searchable fields in weight order; an entry (`record << 3 | field`) keeps the field in its low 3 bits. */
export const FIELDS = ['t', 'st', 'c', 's', 'b'] as const satisfies ReadonlyArray<
  keyof FoldedFields
>;

/** How much a word found in each field counts (title > step titles > codes > summary > body). */
export const FIELD_WEIGHTS: readonly number[] = [1, 0.7, 0.5, 0.3, 0.15];

/** How a query word met a term of the index. */
export type MatchKind = 'exact' | 'prefix' | 'fuzzy';

/** The terms of the index one query word matches. */
export interface TermMatch {
  term: string;
  kind: MatchKind;
}

/** Whether `a` and `b` are within `max` edits (insert, delete, substitute, swap of neighbours). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
      if (v < best) best = v;
    }
    // Every later row only grows from here: stop as soon as the whole row is past the limit.
    if (best > max) return false;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]! <= max;
}

/**
 * Which records hold which folded words, and in which field. It narrows the candidates the fuzzy
 * ranking looks at from the whole corpus to the records that hold every query word, so a query
 * stays fast at 10,000 articles, without building per-word lists when the index loads.
 */
export class TermIndex {
  private folded: string[] | undefined;
  private terms: Map<string, number[]> | undefined;
  private sorted: string[] | undefined;

  /**
   * @param x the texts as vocabulary positions
   * @param entryAt where each position of `x` belongs (see `postings.ts`)
   * @param vocab the vocabulary; entries from `wordsFrom` on are words
   * @param extra entries of words outside the texts (typed code forms, products)
   */
  constructor(
    private readonly x: readonly number[],
    private readonly entryAt: Int32Array,
    private readonly vocab: readonly string[],
    private readonly wordsFrom: number,
    private readonly extra: Map<string, number[]>,
  ) {}

  /**
   * The vocabulary folded (lowercase, no diacritics), made on the first word query rather than on
   * load: a query of codes never needs it, and the reader is still typing when it is made.
   */
  foldedVocabulary(): string[] {
    // Separators have no letters to fold.
    this.folded ??= this.vocab.map((w, i) => (i < this.wordsFrom ? w : fold(w)));
    return this.folded;
  }

  /** Makes now what the first word query would otherwise make (the page calls it when idle). */
  prepare(): void {
    this.vocabulary();
  }

  /** Each folded term of the texts to the vocabulary entries folding to it (made on first use). */
  private byTerm(): Map<string, number[]> {
    if (!this.terms) {
      const map = new Map<string, number[]>();
      this.foldedVocabulary().forEach((term, id) => {
        if (id < this.wordsFrom) return;
        const ids = map.get(term);
        if (ids) ids.push(id);
        else map.set(term, [id]);
      });
      this.terms = map;
    }
    return this.terms;
  }

  /**
   * Calls `visit(entry, i)` for every occurrence of the terms: `entry` is `record << 3 | field`,
   * `i` the position in `terms` of the term found. One pass over the texts for all the terms.
   */
  scan(terms: readonly string[], visit: (entry: number, i: number) => void): void {
    // Which term (1-based) each vocabulary entry is, 0 for none: the scan reads one byte per word.
    const mark =
      terms.length < 255 ? new Uint8Array(this.vocab.length) : new Uint32Array(this.vocab.length);
    const byTerm = this.byTerm();
    terms.forEach((term, i) => {
      for (const id of byTerm.get(term) ?? []) mark[id] = i + 1;
    });
    const { x, entryAt } = this;
    for (let k = 0; k < x.length; k++) {
      const m = mark[x[k]!]!;
      if (m !== 0) {
        const entry = entryAt[k]!;
        if (entry >= 0) visit(entry, m - 1);
      }
    }
    terms.forEach((term, i) => {
      for (const entry of this.extra.get(term) ?? []) visit(entry, i);
    });
  }

  /** The distinct terms in code-unit order, sorted on first use (only prefix lookups need it). */
  private vocabulary(): string[] {
    this.sorted ??= [...new Set([...this.byTerm().keys(), ...this.extra.keys()])].sort();
    return this.sorted;
  }

  /** Terms starting with `prefix`, by binary search in the sorted vocabulary. */
  private withPrefix(prefix: string): string[] {
    const vocab = this.vocabulary();
    let lo = 0;
    let hi = vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (vocab[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < vocab.length && vocab[i]!.startsWith(prefix); i++) out.push(vocab[i]!);
    return out;
  }

  /**
   * The terms a folded query word matches: itself, words it begins, and only if there are none
   * (a typo), words one or two edits away. Code-like words (digits, `_`) are never fuzzy.
   */
  match(word: string): TermMatch[] {
    const found = this.withPrefix(word).map((term): TermMatch => ({
      term,
      kind: term === word ? 'exact' : 'prefix',
    }));
    if (found.length > 0 || isCodeLikeWord(word) || word.length < 4) return found;
    const max = word.length >= 8 ? 2 : 1;
    for (const term of this.vocabulary()) {
      if (!isCodeLikeWord(term) && withinEdits(word, term, max))
        found.push({ term, kind: 'fuzzy' });
    }
    return found;
  }
}
