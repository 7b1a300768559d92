import { fold, wordsAt } from './fold.ts';
import type { Range, SearchHit, SearchRecord } from './model.ts';
import type { TermMatch } from './term-index.ts';

/** A query token that hit the code map. */
export interface CodeToken {
  /** The normalised keys it may mean. */
  keys: string[];
  /** Its folded words (`0x8009030c`; `kb`, `123456`). */
  text: string[];
  /** The token folded as typed (`5.7.1`, `kb 123456`), to mark where a text names it. */
  phrase: string;
  /** The records carrying one of its keys. */
  hits: Set<number>;
}

/** What of a query is shown as marked text. */
export interface QueryMarks {
  /** Plain folded words. */
  words: readonly string[];
  /** Per word, the index terms it matched (exactly, as a beginning or as a near spelling). */
  matches: readonly TermMatch[][];
  /** Code tokens. */
  codes: readonly CodeToken[];
}

/** Sorts ranges and joins those that overlap or touch. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

/** Where a folded phrase occurs in a folded text as whole words. */
function phraseRanges(folded: string, phrase: string): Range[] {
  const out: Range[] = [];
  if (!phrase) return out;
  for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    if (!WORD_CHAR.test(folded[at - 1] ?? ' ') && !WORD_CHAR.test(folded[end] ?? ' '))
      out.push([at, end]);
  }
  return out;
}

/**
 * The ranges of a display text that match the query: the words (the typed beginning of a word,
 * or the whole word for an exact or near match) and the codes as typed. Found in the folded text,
 * which has the same length, so they apply to the original.
 */
export function textRanges(text: string, marks: QueryMarks): Range[] {
  const folded = fold(text);
  const ranges: Range[] = [];
  const kinds = marks.matches.map((m) => new Map(m.map((t) => [t.term, t.kind])));
  for (const { word: token, at } of wordsAt(folded)) {
    marks.words.forEach((w, i) => {
      const kind = kinds[i]?.get(token);
      if (kind === 'prefix') ranges.push([at, at + w.length]);
      else if (kind) ranges.push([at, at + token.length]);
    });
  }
  for (const code of marks.codes) ranges.push(...phraseRanges(folded, code.phrase));
  return mergeRanges(ranges);
}

/** A record as a result: its marks in title and context, and whether its own code matched. */
export function markHit(
  record: SearchRecord,
  rec: number,
  texts: { href: string; badge: string; title: string; context: string },
  marks: QueryMarks,
): SearchHit {
  const { title, context } = texts;
  return {
    record,
    ...texts,
    titleMarks: textRanges(title, marks),
    contextMarks: textRanges(context, marks),
    badgeMark: marks.codes.some(
      (t) => t.hits.has(rec) && record.own.some((k) => t.keys.includes(k)),
    ),
  };
}
