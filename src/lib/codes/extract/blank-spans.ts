/** Spans of text that are never codes, and blanking them (see `mask.ts`). */

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Mail addresses and message IDs (around each `@`) and URLs (around each `://`). */
export function addressSpans(text: string, spans: number[]): void {
  const stop = /[\s<>"'(),;[\]]/;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && !stop.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && !stop.test(text[end]!)) end++;
    if (start === at || end === at + 1) continue;
    if (text[start - 1] === '<' && text[end] === '>') spans.push(start - 1, end + 1);
    else spans.push(start, end);
  }
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) {
    let start = at;
    while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
    let end = at + 3;
    while (end < text.length && !/[\s<>"']/.test(text[end]!)) end++;
    if (start < at) spans.push(start, end);
  }
}

/** The text with the spans (pairs of offsets, possibly overlapping) blanked; newlines stay. */
export function blankSpans(text: string, spans: number[]): string {
  if (spans.length === 0) return text;
  // Through a buffer of code units: one copy and one decode, however many spans there are.
  const buf = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) buf[i] = text.charCodeAt(i);
  for (let s = 0; s < spans.length; s += 2)
    for (let i = Math.max(0, spans[s]!); i < spans[s + 1]! && i < buf.length; i++)
      if (buf[i] !== 10) buf[i] = 32;
  return new TextDecoder('utf-16le').decode(buf);
}
