/** Where a file's bytes are not text: the byte offset, its 1-based line and column, and what was found. */
export interface ByteProblem {
  offset: number;
  line: number;
  /** 1-based, in characters (code points) from the start of the line. */
  column: number;
  what: string;
}

/** Lead bytes of multi-byte UTF-8 sequences: [first, last, length, second byte's range]. */
const LEADS: ReadonlyArray<[number, number, number, number, number]> = [
  [0xc2, 0xdf, 2, 0x80, 0xbf],
  [0xe0, 0xe0, 3, 0xa0, 0xbf], // no overlong forms
  [0xe1, 0xec, 3, 0x80, 0xbf],
  [0xed, 0xed, 3, 0x80, 0x9f], // no surrogates
  [0xee, 0xef, 3, 0x80, 0xbf],
  [0xf0, 0xf0, 4, 0x90, 0xbf], // no overlong forms
  [0xf1, 0xf3, 4, 0x80, 0xbf],
  [0xf4, 0xf4, 4, 0x80, 0x8f], // nothing past U+10FFFF
];

/** The length of the UTF-8 sequence starting at `i`, or 0 when it is not valid UTF-8. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const lead = LEADS.find(([first, last]) => b >= first && b <= last);
  if (!lead) return 0;
  const [, , n, lo, hi] = lead;
  if (i + n > bytes.length || bytes[i + 1]! < lo || bytes[i + 1]! > hi) return 0;
  for (let k = 2; k < n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return n;
}

/**
 * The first place where a content file is not clean UTF-8 text: an invalid byte sequence (which a
 * reader would see as U+FFFD) or a NUL byte. Runs in one pass over the bytes.
 */
export function findByteProblem(bytes: Uint8Array): ByteProblem | undefined {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b === 0) return { offset: i, line, column, what: 'a NUL byte' };
    const n = sequenceLength(bytes, i);
    if (n === 0) {
      const hex = `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
      return { offset: i, line, column, what: `the byte ${hex}, which is not valid UTF-8` };
    }
    if (b === 0x0a) {
      line += 1;
      column = 1;
    } else column += 1;
    i += n;
  }
  return undefined;
}
