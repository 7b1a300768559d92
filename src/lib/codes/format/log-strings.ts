import type { PluralForms } from '~/i18n/keys.ts';
import type { CodeKind } from '../extract/found.ts';

/** The UI strings of the log analysis and the header offer, handed over as JSON by the server. */
export interface LogStrings {
  lang: 'pl' | 'en';
  /** BCP 47 locale for plural rules. */
  locale: string;
  /** The published site's origin, for absolute links in the ticket text. */
  site: string;
  kinds: Record<CodeKind, string>;
  codes: PluralForms;
  articles: PluralForms;
  summary: string;
  none: string;
  loading: string;
  failed: string;
  reopened: string;
  table: string;
  colKind: string;
  colCode: string;
  colWhat: string;
  colCount: string;
  colCited: string;
  unknown: string;
  countUnknown: string;
  articlesHeading: string;
  noArticles: string;
  covers: string;
  step: string;
  copy: string;
  copied: string;
  copyFailed: string;
  analysis: string;
  offer: string;
  offerNone: string;
  analyse: string;
  searchInstead: string;
  dismiss: string;
}

/** A counted text in the right plural form. */
export function plural(strings: { locale: string }, forms: PluralForms, n: number): string {
  const category = new Intl.PluralRules(strings.locale).select(n);
  return (forms[category] ?? forms.other).replace('{n}', String(n));
}

/** The strings the header box's offer needs (on every page, so only these). */
export type OfferStrings = Pick<
  LogStrings,
  'lang' | 'locale' | 'codes' | 'offer' | 'offerNone' | 'analyse' | 'searchInstead' | 'dismiss'
>;

/** The offer's subset of the strings. */
export function offerStrings(s: LogStrings): OfferStrings {
  const { lang, locale, codes, offer, offerNone, analyse, searchInstead, dismiss } = s;
  return { lang, locale, codes, offer, offerNone, analyse, searchInstead, dismiss };
}
