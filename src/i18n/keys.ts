/**
 * The one set of UI string keys. Both dictionaries implement {@link UiStrings}, so a key missing
 * from either fails the type check.
 */
export interface UiStrings {
  'site.name': string;
  'site.tagline': string;
  'lang.name': string;
  'lang.switch': string;
  'lang.choose': string;
  'nav.home': string;
  'nav.events': string;
  'nav.errors': string;
  'nav.main': string;
  'nav.skip': string;
  'home.title': string;
  'home.intro': string;
  'home.articles': string;
  'home.browseEvents': string;
  'home.browseErrors': string;
  'article.summary': string;
  'article.products': string;
  'article.reviewed': string;
  'article.revision': string;
  'article.events': string;
  'article.errors': string;
  'article.steps': string;
  'article.toc': string;
  'article.related': string;
  'article.relatedExternal': string;
  'article.meta': string;
  'article.olderTranslation': string;
  'article.readNewer': string;
  'step.label': string;
  'anchor.heading': string;
  'event.source': string;
  'event.level': string;
  'event.log': string;
  'event.citedBy': string;
  'event.notCited': string;
  'event.level.critical': string;
  'event.level.verbose': string;
  'event.level.error': string;
  'event.level.warning': string;
  'event.level.information': string;
  'events.title': string;
  'events.intro': string;
  'events.id': string;
  'error.kind': string;
  'error.name': string;
  'error.text': string;
  'error.forms': string;
  'error.citedBy': string;
  'error.notCited': string;
  'error.kind.smtp': string;
  'error.kind.hresult': string;
  'error.kind.win32': string;
  'errors.title': string;
  'errors.intro': string;
  'errors.code': string;
  'cite.article': string;
  'cite.step': string;
  'search.label': string;
  'search.placeholder': string;
  'search.submit': string;
  'search.title': string;
  'search.empty': string;
  'search.noResults': string;
  'search.partial': string;
  'search.browseHint': string;
  'search.loading': string;
  'search.type.article': string;
  'search.type.step': string;
  'search.type.event': string;
  'search.type.error': string;
  'search.shortcut': string;
  'search.failed': string;
  'search.all': string;
  'search.resultsFor': string;
  'search.suggestions': string;
  'tree.title': string;
  'tree.intro': string;
  'tree.path': string;
  'tree.change': string;
  'tree.restart': string;
  'tree.goToStep': string;
  'tree.doStep': string;
  'tree.outcome': string;
  'tree.invalidState': string;
  'tree.reached': string;
  'tree.question': string;
  'notFound.title': string;
  'notFound.text': string;
  'redirect.title': string;
  'redirect.text': string;
  'footer.text': string;
  'copy.link': string;
  'copy.ticket': string;
  'copy.linkTo': string;
  'copy.ticketFor': string;
  'copy.copiedLink': string;
  'copy.copiedTicket': string;
  'copy.failed': string;
  'log.title': string;
  'log.label': string;
  'log.hint': string;
  'log.summary': string;
  'log.none': string;
  'log.loading': string;
  'log.failed': string;
  'log.reopened': string;
  'log.table': string;
  'log.col.kind': string;
  'log.col.code': string;
  'log.col.what': string;
  'log.col.count': string;
  'log.col.cited': string;
  'log.kind.event': string;
  'log.kind.smtp': string;
  'log.kind.enhanced': string;
  'log.kind.hresult': string;
  'log.kind.win32': string;
  'log.kind.kb': string;
  'log.unknown': string;
  'log.countUnknown': string;
  'log.articles': string;
  'log.noArticles': string;
  'log.covers': string;
  'log.clear': string;
  'log.analysis': string;
  'log.offer': string;
  'log.offerNone': string;
  'log.analyse': string;
  'log.searchInstead': string;
  'log.dismiss': string;
}

/** The languages of the site, default first. */
export const LANGS = ['pl', 'en'] as const;
/** One site language. */
export type Lang = (typeof LANGS)[number];
/** The language of `/` when nothing else decides. */
export const DEFAULT_LANG: Lang = 'pl';

/** Whether a value is one of the site's languages. */
export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

/** Keys of texts that take a number; each gives a form per plural category of its language. */
export type PluralKey =
  'search.results' | 'count.articles' | 'count.citations' | 'count.steps' | 'count.codes';

/** One plural text: `{n}` stands for the number; `other` is always given. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A whole UI dictionary of one language. */
export interface Dictionary {
  /** Plain strings. */
  strings: UiStrings;
  /** Strings with a number, by plural category. */
  plurals: Record<PluralKey, PluralForms>;
}
