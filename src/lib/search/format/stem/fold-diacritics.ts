/**
 * Diacritics folding for stems: `usług` → `uslug`, `wiadomośc` → `wiadomosc`. The same mapping as
 * the word search's fold (src/lib/search/fold.ts) on lowercase text, kept here so the stemmers
 * import nothing outside this folder: NFD without combining marks, plus the letters Unicode does
 * not decompose (ł, ø...). A character whose folded form would change the length stays as it is.
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
const NON_ASCII = /[^\x00-\x7f]/g;
const cache = new Map<string, string>();

/** One character folded (cached: a vocabulary repeats the same few accented letters). */
function foldChar(ch: string): string {
  let out = cache.get(ch);
  if (out === undefined) {
    const base = EXTRA[ch] ?? ch.normalize('NFD').replace(MARKS, '');
    out = base.length === ch.length ? base : ch;
    cache.set(ch, out);
  }
  return out;
}

/** A lowercase text without diacritics, one UTF-16 unit for each of the input. */
export function foldDiacritics(text: string): string {
  return text.replace(NON_ASCII, foldChar);
}
