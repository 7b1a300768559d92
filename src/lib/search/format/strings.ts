import type { Lang, PluralForms } from '~/i18n/keys.ts';

/** What a result is: article, step, event or error code. */
export type HitType = 'article' | 'step' | 'event' | 'error';

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
  types: Record<HitType, string>;
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
  /** Above partial matches: no result has every word of the query. */
  partial: string;
  /** Options offered when nothing matched. */
  browseEvents: string;
  browseErrors: string;
}
