import type { Range } from './marks.ts';

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
