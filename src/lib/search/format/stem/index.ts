import { foldDiacritics } from '../fold.ts';
import { stemEnglish } from './stem-en.ts';
import { diacriticEndings, stemPolish } from './stem-pl.ts';

/**
 * Stemming for the word search, the same at build time and in the browser (no Node APIs).
 *
 * Contract: index and query terms are `stemFolded(word, lang)` = fold(stem(lowercase(word))). The
 * Snowball stemmer sees the word with its diacritics and they are folded AFTER stemming, so
 * `usługę`, `usługa` and `uslugi` all give `uslug`.
 *
 * A query typed without diacritics shows the stemmer other endings. Many still give the same stem
 * (`usluge`, `zapore`, `wiadomosci`), but endings that exist only with a diacritic do not
 * (`certyfikatow` keeps its `-ow`, `wysylajacy` its `-ajacy`): of the diacritised forms in
 * tests/fixtures/search/polish-forms.txt, 36% keep their stem when typed plain. `queryStems` adds
 * the stems of the word with such endings restored, which finds 99.9%. It cannot restore a
 * diacritic inside the stem (`usunales` for `usunąłeś`).
 *
 * Snowball's Polish stemmer is light: it does not undo stem vowel changes (`błąd`/`błędu` give
 * `blad`/`bled`) and leaves several stems per verb, so prefix matching still earns its place.
 * Callers keep code-like tokens (digits, underscores: `0x8009030c`, `sec_e_logon_denied`) whole:
 * the stemmers only know words.
 */

/** The languages with a stemmer. */
export type StemLang = 'pl' | 'en';

/** The Snowball stem (Polish, or English Porter2) of a lowercase word. */
export function stem(word: string, lang: StemLang): string {
  return lang === 'pl' ? stemPolish(word) : stemEnglish(word);
}

/** The index and query term of a word: its stem, lowercased, without diacritics. */
export function stemFolded(word: string, lang: StemLang): string {
  return foldDiacritics(stem(word.toLowerCase(), lang));
}

let restore: Map<string, string[]> | undefined;

/** Polish endings with diacritics by their folded spelling (`ow` → `ów`), built on first use. */
function restorations(): Map<string, string[]> {
  if (!restore) {
    restore = new Map();
    for (const e of diacriticEndings()) {
      const key = foldDiacritics(e);
      restore.set(key, [...(restore.get(key) ?? []), e]);
    }
  }
  return restore;
}

/**
 * The terms a query word may match, most likely first: `stemFolded(word)`, then (Polish) the
 * stems of the word with a diacritic ending restored, for queries typed without diacritics:
 * `certyfikatow` → [`certyfikatow`, `certyfikat`]. Alternates can match another lemma
 * (`portal` → `portał` → `port`), so a ranker should score them below the first term.
 */
export function queryStems(word: string, lang: StemLang): string[] {
  const lower = word.toLowerCase();
  const out = [stemFolded(lower, lang)];
  if (lang !== 'pl') return out;
  for (let k = 1; k <= Math.min(8, lower.length - 2); k++) {
    const end = lower.slice(-k);
    for (const e of restorations().get(end) ?? []) {
      const term = stemFolded(lower.slice(0, -k) + e, lang);
      if (!out.includes(term)) out.push(term);
    }
  }
  return out;
}

export { foldDiacritics };
