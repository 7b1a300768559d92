import type { Lang } from '~/i18n/keys.ts';
import { fold } from './fold.ts';
import { stem } from './stem/index.ts';

/**
 * The one tokeniser of the search, used by the index build and by the browser alike, so a word
 * typed and a word indexed become the same term. A text is cut into compounds: runs of letters
 * and digits joined by single connectors (`Msexcimc.exe`, `Get-ExchangeCertificate`,
 * `5.5.2657.72`, `SEC_E_LOGON_DENIED`). A compound is a term as a whole and, split at its
 * connectors and camel-case humps, as parts (`msexcimc`, `exe`; `get`, `exchange`,
 * `certificate`). Plain words are stemmed, then folded (lowercase, no diacritics).
 */

const COMPOUND = /[\p{L}\p{M}\p{N}]+(?:[._\-/\\@][\p{L}\p{M}\p{N}]+)*/gu;
const CONNECTOR = /[._\-/\\@]/;
const SUB_COMPOUND = /[\p{L}\p{M}\p{N}]+(?:[._-][\p{L}\p{M}\p{N}]+)*/gu;
const PIECE = /[\p{L}\p{M}\p{N}]+/gu;
// Camel-case humps: `SuppressExternal` → Suppress|External, `XMLParser` → XML|Parser.
const HUMP = /\p{Lu}+(?![\p{Ll}\p{M}])|\p{Lu}?[\p{Ll}\p{M}]+|\p{N}+|[^\p{Lu}\p{Ll}\p{M}\p{N}]+/gu;

/**
 * Whether a term is kept: one letter (Polish `w`, `z`, `i`) would match nearly everything, but a
 * lone digit names something (`Test article 2`, `step 5`).
 */
export function keepTerm(term: string): boolean {
  return term.length >= 2 || /^\p{N}$/u.test(term);
}

/** One term found in a text, with the range of the text it covers. */
export interface TextToken {
  /** The term, as the index holds it. */
  term: string;
  /** Start of the covered text (UTF-16 units). */
  at: number;
  /** End of the covered text. */
  end: number;
  /** Whether it is a part of a larger compound (the whole is a token of its own). */
  part: boolean;
}

const cache = { pl: new Map<string, string>(), en: new Map<string, string>() };

/** The term of a run of letters and digits: words stemmed and folded, anything with digits folded. */
export function pieceTerm(piece: string, lang: Lang): string {
  // A text repeats its words: each is stemmed once (the cache is as large as the vocabulary).
  let term = cache[lang].get(piece);
  if (term === undefined) {
    const lower = piece.normalize('NFC').toLowerCase();
    term = /\p{N}/u.test(lower) ? fold(lower) : fold(stem(lower, lang));
    cache[lang].set(piece, term);
  }
  return term;
}

/** The term of a whole compound: connectors kept, not stemmed (a file name is not a word). */
export function wholeTerm(compound: string, lang: Lang): string {
  return CONNECTOR.test(compound) ? fold(compound.normalize('NFC')) : pieceTerm(compound, lang);
}

/** The parts of a compound with their offsets in it: pieces between connectors, then camel humps. */
export function compoundParts(compound: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  for (const p of compound.matchAll(PIECE)) {
    // Letters with digits are a code or a name (`XEXCH50`, `rfc5321`): no humps there.
    const humps = /\p{N}/u.test(p[0]) ? [] : [...p[0].matchAll(HUMP)];
    if (humps.length > 1) for (const h of humps) out.push({ text: h[0], at: p.index + h.index });
    if (humps.length > 1 || CONNECTOR.test(compound)) out.push({ text: p[0], at: p.index });
  }
  return out;
}

/** The terms of one compound, with offsets in it: `[term, at, end, part]`. */
type CompoundTerms = Array<[term: string, at: number, end: number, part: boolean]>;

const compoundCache = {
  pl: new Map<string, CompoundTerms>(),
  en: new Map<string, CompoundTerms>(),
};
// A plain word (lowercase, or capitalised) has no parts: most of a text, decided by one test.
const PLAIN = /^\p{Lu}?[\p{Ll}\p{M}]*$/u;

/** The terms of a compound: whole, each dotted piece of a path, then its parts (cached). */
function compoundTerms(compound: string, lang: Lang): CompoundTerms {
  let out = compoundCache[lang].get(compound);
  if (out) return out;
  out = [];
  const whole = wholeTerm(compound, lang);
  if (keepTerm(whole)) out.push([whole, 0, compound.length, false]);
  if (!PLAIN.test(compound)) {
    // A path or an address (`contoso.com\\admin`, `user@contoso.com`): each dotted piece too.
    if (/[/\\@]/.test(compound))
      for (const sub of compound.matchAll(SUB_COMPOUND)) {
        const term = wholeTerm(sub[0], lang);
        if (sub[0] !== compound && /[._-]/.test(sub[0]) && term !== whole)
          out.push([term, sub.index, sub.index + sub[0].length, true]);
      }
    for (const p of compoundParts(compound)) {
      const term = pieceTerm(p.text, lang);
      if (keepTerm(term) && term !== whole) out.push([term, p.at, p.at + p.text.length, true]);
    }
  }
  compoundCache[lang].set(compound, out);
  return out;
}

/** Every term of a text with its range: each compound whole, then its parts. */
export function tokenize(text: string, lang: Lang): TextToken[] {
  const out: TextToken[] = [];
  for (const m of text.matchAll(COMPOUND))
    for (const [term, at, end, part] of compoundTerms(m[0], lang))
      out.push({ term, at: m.index + at, end: m.index + end, part });
  return out;
}

/**
 * The compounds of a text, in order, as {@link tokenize} finds them but without offsets or an
 * object per occurrence: the index build reads every text of the corpus this way.
 */
export function compoundTexts(text: string): readonly string[] {
  // `match` with a global expression starts from 0 and leaves it at 0: safe to share.
  return text.match(COMPOUND) ?? [];
}

/** The terms of one compound, whole first, then its parts: what {@link tokenize} gives for it. */
export function compoundTermList(compound: string, lang: Lang): string[] {
  return compoundTerms(compound, lang).map((t) => t[0]);
}

/** The compounds of a text as typed, with where each starts (for the query side). */
export function compounds(text: string): Array<{ text: string; at: number }> {
  return [...text.matchAll(COMPOUND)].map((m) => ({ text: m[0], at: m.index }));
}
