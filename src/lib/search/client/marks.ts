import type { Lang } from '~/i18n/keys.ts';
import { fold } from '../format/fold.ts';
import { tokenize } from '../format/tokenize.ts';

/** One range of text to highlight: `[start, end)`. */
export type Range = [start: number, end: number];

/** What of a query is shown marked: the index terms it matched, and codes as typed. */
export interface QueryMarks {
  /** The language of the texts (for the tokeniser). */
  lang: Lang;
  /** Index terms the query's words matched (exactly, as a beginning or as a near spelling). */
  terms: ReadonlySet<string>;
  /** Terms matched only as the beginning being typed, with that beginning (folded). */
  prefixes: ReadonlyMap<string, string>;
  /** Code tokens as typed, folded (`5.7.1`, `kb 123456`), marked where a text names them. */
  phrases: readonly string[];
  /** How many different words a line can hold at best (query words and codes). */
  wanted: number;
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
 * The ranges of a text that match the query: every word whose term (through the index's own
 * tokeniser and stemmer) the query matched, and the codes as typed. Folding keeps lengths, so
 * ranges found in the folded text mark the same characters of the original.
 */
export function textRanges(text: string, marks: QueryMarks): Range[] {
  const ranges: Range[] = [];
  const folded = fold(text);
  for (const t of tokenize(text, marks.lang)) {
    if (!marks.terms.has(t.term)) continue;
    // A word met by its typed beginning marks what was typed (`zapo|rę`).
    const typed = marks.prefixes.get(t.term);
    const end = typed && folded.startsWith(typed, t.at) ? t.at + typed.length : t.end;
    ranges.push([t.at, end]);
  }
  for (const p of marks.phrases) ranges.push(...phraseRanges(folded, p));
  return mergeRanges(ranges);
}

/**
 * The line of the texts (a paragraph, a list item, a table row) holding the most different
 * matched words, with its marks; undefined when none has one. Lines are first screened by a
 * plain substring test (each term's first letters), so a long body is not tokenised whole for
 * every result.
 */
export function bestLine(
  texts: readonly string[],
  marks: QueryMarks,
): { text: string; ranges: Range[] } | undefined {
  const probes = [
    ...new Set([...marks.terms].map((t) => t.slice(0, Math.min(4, t.length)))),
    ...marks.phrases,
  ].filter(Boolean);
  if (probes.length === 0) return undefined;
  const want = marks.wanted;
  let best: { text: string; ranges: Range[]; score: number } | undefined;
  for (const text of texts)
    for (const line of text.split('\n')) {
      const folded = fold(line);
      if (!probes.some((p) => folded.includes(p))) continue;
      const ranges = textRanges(line, marks);
      const score = new Set(ranges.map(([s, e]) => folded.slice(s, e))).size;
      if (score > (best?.score ?? 0)) best = { text: line, ranges, score };
      if (best && best.score >= want) return best;
    }
  return best;
}

/**
 * A window of at most `max` characters of a text, placed where the most different matched words
 * are close together, with `…` where it was cut; the ranges are moved to match.
 */
export function snippet(
  text: string,
  ranges: readonly Range[],
  max: number,
): { text: string; ranges: Range[] } {
  if (text.length <= max) return { text, ranges: [...ranges] };
  let best = 0;
  let bestScore = -1;
  ranges.forEach(([s], i) => {
    const inside = new Set<string>();
    for (let j = i; j < ranges.length && ranges[j]![1] <= s + max; j++)
      inside.add(text.slice(ranges[j]![0], ranges[j]![1]).toLowerCase());
    if (inside.size > bestScore) {
      bestScore = inside.size;
      best = s;
    }
  });
  // Start a little before the first mark, at a word boundary, unless it is near the start.
  let start = best > max / 4 ? text.lastIndexOf(' ', best - Math.floor(max / 5)) + 1 : 0;
  start = Math.max(0, Math.min(start, text.length - max));
  let end = Math.min(text.length, start + max);
  const space = text.lastIndexOf(' ', end);
  if (end < text.length && space > start + max / 2) end = space;
  const head = start > 0 ? '…' : '';
  const shift = head.length - start;
  const moved = ranges.flatMap(([s, e]): Range[] =>
    e <= start || s >= end ? [] : [[Math.max(s, start) + shift, Math.min(e, end) + shift]],
  );
  const body = text.slice(start, end).replace(/\n/g, ' ');
  return { text: `${head}${body}${end < text.length ? '…' : ''}`, ranges: moved };
}
