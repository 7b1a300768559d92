import { addressSpans, blankSpans } from './blank-spans.ts';

/**
 * One pass over the text that blanks out what is never a code (dates, times, IP addresses with
 * ports, GUIDs, message IDs, mail addresses, URLs, version numbers, sizes, durations and
 * percentages) with spaces of the same length, so offsets stay those of the original text and
 * no digit inside them can be read as a code. On the way it lists the numbers left standing that
 * the rules look at, so no rule has to scan the whole text for digits again: a hand-written
 * scanner, because a megabyte of log holds tens of thousands of numbers and a regular
 * expression per number would cost a hundred milliseconds.
 */

/** The masked text and the numbers in it by shape (offsets of their first character). */
export interface Masked {
  /** The text with never-a-code spans blanked. */
  text: string;
  /** Three-digit numbers standing alone (reply-shaped when 2xx-5xx). */
  threes: number[];
  /** Ten-digit numbers standing alone (an HRESULT's unsigned decimal form). */
  tens: number[];
  /** `d.d.d` runs (enhanced-status-shaped). */
  dotted: number[];
}

// The middle of a GUID: the expression starts with a literal, so it skips ahead quickly.
const GUID_MIDDLE = /-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-/gi;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-z])/i;
// One expression, so a run costs one test: ISO dates and timestamps (2007-11-25T10:15:01.123Z);
// 25.11.2007, 11/25/2007, 25-11-2007, 11/25/07, 2007.11.25 (5.7.26 is no date); times;
// IPv4 with an optional port; IPv6; versions of four or more numbers (15.0.1497.2).
const NEVER_CODE = new RegExp(
  [
    String.raw`\d{4}-\d{1,2}-\d{1,2}(?:T\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`,
    String.raw`\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}-\d{1,2}-\d{4}`,
    String.raw`\d{1,2}/\d{1,2}/\d{2}|\d{1,2}-\d{1,2}-\d{2}|\d{4}\.\d{1,2}\.\d{1,2}|\d{4}/\d{1,2}/\d{1,2}`,
    String.raw`\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?`,
    String.raw`\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?`,
    String.raw`[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}`,
    String.raw`\d+(?:\.\d+){3,}`,
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    .replace(/^/, '^(?:')
    .replace(/$/, ')$'),
  'i',
);
const IPV6 = /^[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}$/i;
const DOTTED = /^\d\.\d\.\d{1,3}$/;
const UNITS = new Set(
  'byte bytes bajt bajty bajtów b kb mb gb tb kib mib gib tib ms msec s sec secs second seconds sekund sekundy sekunda min minute minutes minut minuty h hr hrs hour hours godzin godziny dni day days dzień'.split(
    ' ',
  ),
);

const isDigit = (c: number) => c >= 48 && c <= 57;
const LETTER = /\p{L}/u;
const isLetter = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && LETTER.test(String.fromCharCode(c)));
const isWord = (c: number) => isDigit(c) || isLetter(c) || c === 95;
const isHex = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
// Characters of a run: word characters and the punctuation of dates, addresses and versions.
const inRun = (c: number) => isWord(c) || c === 46 || c === 58 || c === 47 || c === 45;

/** Masks the text and lists its standing numbers by shape. */
export function maskNonCodes(text: string): Masked {
  const spans: number[] = [];
  const out: Masked = { text, threes: [], tens: [], dotted: [] };
  addressSpans(text, spans);
  for (const m of text.matchAll(GUID_MIDDLE)) {
    const start = m.index - 8;
    if (start < 0 || !GUID.test(text.slice(start, start + 37))) continue;
    const end = start + 36;
    spans.push(start - (text[start - 1] === '{' || text[start - 1] === '(' ? 1 : 0));
    spans.push(end + (text[end] === '}' || text[end] === ')' ? 1 : 0));
  }
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) continue;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (isWord(prev)) {
      // Inside a word (MAIL01, 08CB6A3D): skip to its end; an IPv6 address may start with letters.
      let j = i;
      let colon = false;
      for (let ch = text.charCodeAt(j); j < n && inRun(ch); ch = text.charCodeAt(++j))
        if (ch === 58) colon = true;
      if (colon && isHex(prev)) ipv6(text, i, j, spans);
      i = j;
      continue;
    }
    // What the run is made of decides which shapes to test, so most runs cost no expression.
    let j = i;
    let letters = 0;
    let dots = 0;
    let colons = 0;
    let dashes = 0;
    let slashes = 0;
    for (let ch = c; j < n && inRun(ch); ch = text.charCodeAt(++j)) {
      if (ch === 46) dots++;
      else if (ch === 58) colons++;
      else if (ch === 45) dashes++;
      else if (ch === 47) slashes++;
      else if (!isDigit(ch)) letters++;
    }
    // Punctuation closing a sentence or a field is not part of the run.
    for (let ch = text.charCodeAt(j - 1); j > i + 1 && !isWord(ch); ch = text.charCodeAt(--j - 1)) {
      if (ch === 46) dots--;
      else if (ch === 58) colons--;
      else if (ch === 45) dashes--;
      else if (ch === 47) slashes--;
      else letters--;
    }
    if (letters + dots + colons + dashes + slashes === 0) {
      if (unitAfter(text, j, spans, i) || portBefore(text, i)) spans.push(i, j);
      else shape(out, i, j - i);
    } else if (letters > 0 && colons + dashes + slashes === 0) {
      // 0x8009030C, 08CB6A3D4F1E2A70, 8BITMIME: no date, address or version; nothing to list.
    } else {
      const run = text.slice(i, j);
      if (NEVER_CODE.test(run)) spans.push(i, meridiem(text, j, run));
      else if (letters + colons + dashes + slashes === 0 && dots === 1) {
        if (unitAfter(text, j, spans, i)) spans.push(i, j);
      } else if (dashes === 0) {
        if (dots === 2 && letters + slashes === 0 && DOTTED.test(run)) out.dotted.push(i);
      } else {
        // `550-5.7.1`, `250-mx.example.net`: each dash-separated piece on its own.
        let from = 0;
        for (const piece of run.split('-')) {
          if (/^\d+$/.test(piece)) shape(out, i + from, piece.length);
          else if (DOTTED.test(piece)) out.dotted.push(i + from);
          from += piece.length + 1;
        }
      }
    }
    i = j;
  }
  out.text = blankSpans(text, spans);
  return out;
}

/** Lists a standing number of `len` digits at `at` by its shape. */
function shape(out: Masked, at: number, len: number): void {
  if (len === 3) out.threes.push(at);
  else if (len === 10) out.tens.push(at);
}

/** Whether a unit follows offset `j` (`250 MB`, `5 min`, `43%`); blanks the unit too. */
function unitAfter(text: string, j: number, spans: number[], start: number): boolean {
  let k = j;
  if (text[k] === '%') return spans.push(start, k + 1) > 0;
  if (text[k] === ' ' || text[k] === '\t') k++;
  let e = k;
  while (e < text.length && e - k < 8 && isLetter(text.charCodeAt(e))) e++;
  if (e === k || (e < text.length && isWord(text.charCodeAt(e)))) {
    // `MB/s`: a rate.
    if (!(text[e] === '/' && text[e + 1] === 's')) return false;
  }
  if (!UNITS.has(text.slice(k, e).toLowerCase())) return false;
  spans.push(start, text[e] === '/' ? e + 2 : e);
  return true;
}

/** Whether the number at `i` follows `port`, `ports:`, `port #`. */
function portBefore(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === ':' || text[k] === '=' || text[k] === '#')) k--;
  const last = text[k];
  if (last !== 't' && last !== 'T' && last !== 's' && last !== 'S') return false;
  return /ports?$/i.test(text.slice(Math.max(0, k - 4), k + 1));
}

/** The end of a time, past a trailing `AM`/`PM`. */
function meridiem(text: string, j: number, run: string): number {
  if (!run.includes(':')) return j;
  const m = /^[ \t]?[ap]\.?m\.?(?![\w])/i.exec(text.slice(j, j + 6));
  return m ? j + m[0].length : j;
}

/** Blanks an IPv6 address whose first group starts with letters (fe80::1). */
function ipv6(text: string, i: number, j: number, spans: number[]): void {
  let from = i;
  while (from > 0 && isHex(text.charCodeAt(from - 1))) from--;
  if (IPV6.test(text.slice(from, j))) spans.push(from, j);
}
