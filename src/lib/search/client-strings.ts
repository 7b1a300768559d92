import type { Lang, PluralForms } from '../../i18n/keys.ts';
import type { RecordType } from './model.ts';

/**
 * The UI strings the search scripts need, handed over from the server as JSON (a data attribute)
 * so the browser bundle carries no dictionary and every text is in the page's language.
 */
export interface SearchStrings {
  /** The page language. */
  lang: Lang;
  /** BCP 47 locale for plural rules. */
  locale: string;
  /** What each kind of result is called. */
  types: Record<RecordType, string>;
  /** A step's number (`Krok {n}`). */
  step: string;
  /** The count of results, by plural category (`{n} wyników`). */
  results: PluralForms;
  /** Status with results: `{count} dla „{q}”`. */
  resultsFor: string;
  /** Status without results: `Brak wyników dla „{q}”.` */
  noResults: string;
  /** Status before a query. */
  empty: string;
  /** While the index loads. */
  loading: string;
  /** When the index could not be loaded. */
  failed: string;
  /** The last option of the box: `Wszystkie wyniki dla „{q}”`. */
  all: string;
  /** Accessible name of the list of suggestions. */
  suggestions: string;
  /** Options offered when nothing matched. */
  browseEvents: string;
  browseErrors: string;
}

/** Fills `{name}` placeholders in one pass, so a query containing `{n}` stays as typed. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}

/** The count of results in the right plural form (1 wynik, 2 wyniki, 5 wyników). */
export function resultCount(strings: SearchStrings, n: number): string {
  const category = new Intl.PluralRules(strings.locale).select(n);
  return fill(strings.results[category] ?? strings.results.other, { n });
}

/** Reads the strings from an element's `data-strings`; throws when they are missing. */
export function readStrings(el: HTMLElement): SearchStrings {
  const json = el.dataset['strings'];
  if (!json) throw new Error('search: data-strings is missing');
  return JSON.parse(json) as SearchStrings;
}
