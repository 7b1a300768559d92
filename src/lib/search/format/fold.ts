/**
 * Text folding for the word search: lowercase, no diacritics (`Zaporę` → `zapore`), and the same
 * length as the input, so a range found in the folded text marks the same characters in the
 * original. Letters that Unicode does not decompose (ł, đ, ø...) are mapped by hand.
 */

const EXTRA: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  ħ: 'h',
  ı: 'i',
  ŧ: 't',
  æ: 'a',
  œ: 'o',
  ß: 's',
};
const MARKS = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;
const NON_ASCII = /[^\x00-\x7f]/g;
const charCache = new Map<string, string>();

/** One lowercase character folded, or itself when folding would change the length. */
function foldChar(ch: string): string {
  let out = charCache.get(ch);
  if (out === undefined) {
    const base = EXTRA[ch] ?? ch.normalize('NFD').replace(MARKS, '');
    out = base.length === ch.length ? base : ch;
    charCache.set(ch, out);
  }
  return out;
}

/**
 * A lowercase text without diacritics (`usług` → `uslug`), one UTF-16 unit for each of the input:
 * what the stemmers fold their stems with.
 */
export function foldDiacritics(lower: string): string {
  return ASCII.test(lower) ? lower : lower.replace(NON_ASCII, foldChar);
}

/** The folded form of a text, one UTF-16 unit for each of the input. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most words are plain ASCII: lowercasing is all they need. Other characters are folded one by
  // one through a cache (a vocabulary repeats the same few accented letters).
  if (lower.length === text.length) return foldDiacritics(lower);
  // Rare: a letter whose lowercase is longer (İ); fold code point by code point.
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l.replace(NON_ASCII, foldChar) : ch;
  }
  return out;
}

// Letters, marks, digits and underscores: `0x8009030c` and `sec_e_logon_denied` stay whole.
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/** The words of a folded text. */
export function words(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

/** The words of a folded text with where each starts. */
export function wordsAt(folded: string): Array<{ word: string; at: number }> {
  return [...folded.matchAll(WORD)].map((m) => ({ word: m[0], at: m.index }));
}

/**
 * Whether a word is never matched fuzzily (it has digits or underscores, like a code): a number
 * one digit off is another event, not a typo. Such words match whole words or their beginnings.
 */
export function isCodeLikeWord(word: string): boolean {
  return /[\d_]/.test(word);
}
