import Fuse, { type IFuseOptions } from 'fuse.js';
import { parseQuery } from '../codes/parse-query.ts';
import { fold, words } from './fold.ts';
import { badgeOf, foldedFields, hrefOf, textOf, type SearchIndex } from './load-index.ts';
import { markHit, type CodeToken, type QueryMarks } from './marks.ts';
import type { FoldedFields, SearchHit } from './model.ts';
import { prefilter } from './prefilter.ts';
import { FIELD_WEIGHTS, FIELDS } from './term-index.ts';

/** Options of {@link search}. */
export interface SearchOptions {
  /** At most this many results (default 50). */
  limit?: number;
}

// Fuse re-ranks only the best prefiltered candidates: bitap matching costs about 0.1 ms per record,
// so the head of the list gets it and the tail keeps the prefilter's order (measured in bench/).
const FUSE_CANDIDATES = 40;
// Nobody types more words than this into a search box; the cap bounds the prefilter's work.
const MAX_WORDS = 12;

// The fields arrive folded, so Fuse neither lowercases nor strips diacritics again.
const FUSE_OPTIONS: IFuseOptions<FoldedFields> = {
  keys: FIELDS.map((name, i) => ({ name, weight: FIELD_WEIGHTS[i]! })),
  useTokenSearch: true,
  tokenMatch: 'all',
  isCaseSensitive: true,
  threshold: 0.34,
  includeScore: true,
  shouldSort: false,
};

/** One candidate on its way to the result list. */
interface Scored {
  rec: number;
  /** How many code tokens of the query it carries exactly. */
  codeHits: number;
  /** Whether it holds every word of the query. */
  allWords: boolean;
  /** Lower is better, below 10. */
  score: number;
  /** The prefilter's verdict, 0 (every word whole, in the title) to 1 (no word). */
  pre: number;
}

/** Orders candidates: more exact codes, then every word held, then score, then corpus order. */
const byRank = (a: Scored, b: Scored) =>
  b.codeHits - a.codeHits ||
  Number(b.allWords) - Number(a.allWords) ||
  a.score - b.score ||
  a.rec - b.rec;

/** The same order as one number (lower is better), for selecting the head of a long list cheaply. */
const rankKey = (codeHits: number, allWords: boolean, score: number) =>
  (100 - codeHits) * 20 + (allWords ? 0 : 10) + score;

/** Splits a query into code tokens that hit the code map and plain folded words. */
function interpret(index: SearchIndex, query: string): { codes: CodeToken[]; words: string[] } {
  const codes: CodeToken[] = [];
  const plain: string[] = [];
  for (const token of parseQuery(query)) {
    const hits = new Set(token.keys.flatMap((k) => index.codes.get(k) ?? []));
    if (hits.size > 0)
      codes.push({ keys: token.keys, text: words(fold(token.raw)), phrase: fold(token.raw), hits });
    else plain.push(...words(fold(token.raw)));
  }
  // One-letter words (Polish `w`, `z`, `i`) would match nearly everything.
  return { codes, words: [...new Set(plain.filter((w) => w.length > 1))].slice(0, MAX_WORDS) };
}

/** Records that name every code token in their own text as a whole word (without carrying its key). */
function textMentions(index: SearchIndex, codes: readonly CodeToken[]): Set<number> {
  let out: Set<number> | undefined;
  for (const t of codes) {
    // `5.7.1` is three one-digit words in text: too vague to count as a mention.
    if (t.text.length !== 1 || t.text[0]!.length < 2) return new Set();
    const recs = new Set<number>();
    index.terms.scan([t.text[0]!], (entry) => recs.add(entry >>> 3));
    out = out ? new Set([...out].filter((r) => recs.has(r))) : recs;
  }
  return out ?? new Set();
}

/**
 * Searches the index. Code tokens (event IDs, error codes in any form, KB numbers, symbolic
 * names) are looked up exactly in a map and rank first, by how many of them a record carries,
 * so `7004` never puts a record with only 7006 above one with 7004. Every other word must match:
 * the term index narrows the corpus to the records holding them all, Fuse.js re-ranks the best of
 * those. Steps follow their article.
 */
export function search(
  index: SearchIndex,
  query: string,
  options: SearchOptions = {},
): SearchHit[] {
  const limit = options.limit ?? 50;
  const { codes, words: wordList } = interpret(index, query);
  if (codes.length === 0 && wordList.length === 0) return [];
  const codeHits = new Map<number, number>();
  for (const t of codes) for (const rec of t.hits) codeHits.set(rec, (codeHits.get(rec) ?? 0) + 1);
  const pre = prefilter(index.terms, index, wordList);
  const n = wordList.length + 1;
  const preScore = (rec: number) => 1 - pre.scores[rec]! / n;
  const candidates: Scored[] = [];
  for (const [rec, hits] of codeHits) {
    const allWords = wordList.length === 0 || pre.scores[rec]! > 0;
    candidates.push({
      rec,
      codeHits: hits,
      allWords,
      score: wordList.length ? preScore(rec) : codeOnlyScore(index, rec, codes),
      pre: preScore(rec),
    });
  }
  // Without its key a record still counts if its own text names every code (then it must hold the words too).
  const mentions = codes.length > 0 ? textMentions(index, codes) : undefined;
  const textOnly = (wordList.length ? pre.recs : [...(mentions ?? [])]).filter(
    (rec) => !codeHits.has(rec) && (!mentions || mentions.has(rec)),
  );
  const textScore = (rec: number) => (wordList.length ? preScore(rec) : 3);
  // A common word may hold thousands of records: only the head of them can reach the results.
  for (const rec of head(
    textOnly,
    (r) => rankKey(0, true, textScore(r)),
    limit + FUSE_CANDIDATES,
  )) {
    candidates.push({
      rec,
      codeHits: 0,
      allWords: true,
      score: textScore(rec),
      pre: preScore(rec),
    });
  }
  if (wordList.length > 0) rankWords(index, candidates, wordList);
  candidates.sort(byRank);
  const marks: QueryMarks = { words: wordList, matches: pre.matches, codes };
  return groupSteps(index, candidates)
    .slice(0, limit)
    .map((s) => {
      const record = index.records[s.rec]!;
      return markHit(
        record,
        s.rec,
        {
          href: hrefOf(index, record),
          badge: badgeOf(record),
          title: textOf(index, record.t0, record.t1),
          context: textOf(index, record.c0, record.c1),
        },
        marks,
      );
    });
}

/** The `size` records of lowest key, in no particular order (all of them when there are few). */
function head(recs: readonly number[], key: (rec: number) => number, size: number): number[] {
  if (recs.length <= size) return [...recs];
  // A typed-array sort finds the cut-off without sorting objects; ties at the cut-off may add a few.
  const keys = Float64Array.from(recs, key);
  const cut = Float64Array.from(keys).sort()[size - 1]!;
  return recs.filter((_, i) => keys[i]! <= cut);
}

/** Re-ranks the best candidates by Fuse over their folded fields; the rest follow what it confirms. */
function rankWords(index: SearchIndex, list: Scored[], wordList: readonly string[]): void {
  list.sort(byRank);
  const top = list.slice(0, FUSE_CANDIDATES);
  const fuse = new Fuse(
    top.map((s) => foldedFields(index, index.records[s.rec]!)),
    FUSE_OPTIONS,
  );
  const confirmed = new Set<Scored>();
  for (const r of fuse.search(wordList.join(' '))) {
    const s = top[r.refIndex]!;
    // Fuse may also find a word inside a longer one (`auth` in `unauthenticated`).
    s.allWords = true;
    // The prefilter's verdict (whole word, beginning, near spelling) breaks Fuse's near-ties.
    s.score = (r.score ?? 1) + s.pre * 0.05;
    confirmed.add(s);
  }
  for (const s of list) if (!confirmed.has(s)) s.score = 1 + s.pre;
}

/** For a query of codes only: the item that is the code itself, then articles, then steps. */
function codeOnlyScore(index: SearchIndex, rec: number, codes: readonly CodeToken[]): number {
  const r = index.records[rec]!;
  const own = codes.some((t) => r.own.some((k) => t.keys.includes(k)));
  // An article whose title names the code is more about it than one that lists it among many.
  const title = textOf(index, r.t0, r.t1, true);
  const inTitle = codes.some((t) => t.text.length === 1 && title.includes(t.text[0]!));
  return (own ? 0 : r.type === 'step' ? 2 : 1) + (inTitle ? 0 : 0.5);
}

/** Moves each step right after its article when the article is in the list too. */
function groupSteps(index: SearchIndex, list: readonly Scored[]): Scored[] {
  const present = new Set(list.map((s) => s.rec));
  const parentOf = (s: Scored) => index.records[s.rec]!.parent;
  const children = new Map<number, Scored[]>();
  for (const s of list)
    if (present.has(parentOf(s)))
      children.set(parentOf(s), [...(children.get(parentOf(s)) ?? []), s]);
  return list.flatMap((s) => (present.has(parentOf(s)) ? [] : [s, ...(children.get(s.rec) ?? [])]));
}
