import type { Range } from './model.ts';

/** A piece of a text, marked or not. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Cuts a text at the ranges (sorted, not overlapping; out-of-bounds parts are ignored). */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  for (const [rawStart, rawEnd] of ranges) {
    const start = Math.max(pos, Math.min(rawStart, text.length));
    const end = Math.min(rawEnd, text.length);
    if (end <= start) continue;
    if (start > pos) out.push({ text: text.slice(pos, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    pos = end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), mark: false });
  return out;
}

/**
 * The text with its ranges in `<mark>`, built from text nodes only: a title, a summary or the
 * reader's query is never parsed as HTML, whatever it contains.
 */
export function highlight(doc: Document, text: string, ranges: readonly Range[]): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const seg of segments(text, ranges)) {
    const node = doc.createTextNode(seg.text);
    if (seg.mark) {
      const mark = doc.createElement('mark');
      mark.append(node);
      fragment.append(mark);
    } else {
      fragment.append(node);
    }
  }
  return fragment;
}

/**
 * A window of at most `max` characters of a long text (a summary), placed so the first mark is
 * in view, with `…` where it was cut; the ranges are moved to match.
 */
export function excerpt(
  text: string,
  ranges: readonly Range[],
  max = 160,
): { text: string; ranges: Range[] } {
  if (text.length <= max) return { text, ranges: [...ranges] };
  const first = ranges[0]?.[0] ?? 0;
  // Start a little before the first mark, at a word boundary, unless the mark is near the start.
  let start = first > max - 40 ? text.lastIndexOf(' ', first - 20) + 1 : 0;
  start = Math.max(0, Math.min(start, text.length - max));
  let end = Math.min(text.length, start + max);
  const space = text.lastIndexOf(' ', end);
  if (end < text.length && space > start + max / 2) end = space;
  const head = start > 0 ? '…' : '';
  const shift = head.length - start;
  const moved = ranges.flatMap(([s, e]): Range[] =>
    e <= start || s >= end ? [] : [[Math.max(s, start) + shift, Math.min(e, end) + shift]],
  );
  return { text: `${head}${text.slice(start, end)}${end < text.length ? '…' : ''}`, ranges: moved };
}
