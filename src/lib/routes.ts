import type { Lang } from '../i18n/keys.ts';

const query = (q?: string) => (q === undefined ? '' : `?q=${encodeURIComponent(q)}`);

/** URL builders for every page of the contract (`docs/content-format.md`), all with a trailing slash. */
export const routes = {
  /** The language chooser. */
  root: () => '/',
  /** Home of one language. */
  home: (lang: Lang) => `/${lang}/`,
  /** An article, optionally at a fragment (a step id or heading id). */
  article: (lang: Lang, id: string, fragment?: string) =>
    `/${lang}/kb/${id}/${fragment ? `#${fragment}` : ''}`,
  /** The list of events. */
  events: (lang: Lang) => `/${lang}/events/`,
  /** One event ID, all sources. */
  event: (lang: Lang, eventId: number | string) => `/${lang}/events/${eventId}/`,
  /** The list of error codes. */
  errors: (lang: Lang) => `/${lang}/errors/`,
  /** One normalised error code. */
  error: (lang: Lang, code: string) => `/${lang}/errors/${code}/`,
  /** The files of a language's search index (manifest, shards, fragments) live under this. */
  searchIndex: (lang: Lang) => `/${lang}/search-index/`,
  /** Search results; the query is URL-encoded. */
  search: (lang: Lang, q?: string) => `/${lang}/search/${query(q)}`,
  /** The OpenSearch description (`kb 7004` from the browser's address bar). */
  openSearch: () => '/opensearch.xml',
  /** KB numbers, event IDs and error codes in every form, to their URLs. */
  lookup: () => '/api/lookup.json',
  /** The site icon. */
  favicon: () => '/favicon.svg',
  /** The analysis of a log reopened from its codes (`7004`, `0x8009030c`, `event:504`), comma-separated. */
  searchCodes: (lang: Lang, codes: readonly string[]) =>
    `/${lang}/search/?codes=${codes.map((c) => c.replace(/[^\w.:-]/g, encodeURIComponent)).join(',')}`,
  /** The manifest of a language's code data: shard count and content version. */
  codeDataManifest: (lang: Lang) => `/${lang}/code-data/manifest.json`,
  /** One shard of the code data the log analysis reads, versioned by content. */
  codeData: (lang: Lang, shard: number, version: string) =>
    `/${lang}/code-data/${shard}.json?v=${version}`,
};

/**
 * The language-neutral short links for tickets (`/kb/{id}/`, `/events/{eventId}/`,
 * `/errors/{code}/`, `/search/?q=`): each resolves to the reader's language.
 */
export const shortLinks = {
  /** An article (`/kb/123456/`). */
  article: (id: string) => `/kb/${id}/`,
  /** One event ID. */
  event: (eventId: number | string) => `/events/${eventId}/`,
  /** One normalised error code. */
  error: (code: string) => `/errors/${code}/`,
  /** Search; the query is URL-encoded. */
  search: (q?: string) => `/search/${query(q)}`,
};

/** The same page in another language: every page has the same path after its `/{lang}` prefix. */
export function pathInLang(path: string, lang: Lang): string {
  return path.replace(/^\/(pl|en)\//, `/${lang}/`);
}

/**
 * The language-neutral URL of a page for `hreflang="x-default"`: the short link where the
 * contract has one (`/kb/{id}/`), else the root chooser for home pages, else the default language.
 */
export function neutralPath(path: string): string {
  const page = parsePath(path);
  if (!page || page.type === 'root' || page.type === 'home') return routes.root();
  if (page.type === 'article') return shortLinks.article(page.param);
  if (page.type === 'event') return shortLinks.event(page.param);
  if (page.type === 'error') return shortLinks.error(page.param);
  if (page.type === 'search') return shortLinks.search();
  return pathInLang(path, 'pl');
}

/** A site path taken apart: which page type it names and with what parameter. */
export type ParsedPath =
  | { type: 'root' }
  | { type: 'home' | 'events' | 'errors' | 'search'; lang: Lang }
  | { type: 'article' | 'event' | 'error'; lang: Lang; param: string }
  | { type: 'short'; target: 'article' | 'event' | 'error' | 'search'; param: string };

const PAGE = /^\/(pl|en)\/(?:(kb|events|errors|search)\/(?:([^/]+)\/)?)?$/;
const SHORT = /^\/(kb|events|errors|search)\/(?:([^/]+)\/)?$/;
const TYPE = { kb: 'article', events: 'event', errors: 'error', search: 'search' } as const;

/** Parses a site path (no query, no fragment) into its page type, or `undefined` if none. */
export function parsePath(path: string): ParsedPath | undefined {
  if (path === '/') return { type: 'root' };
  const page = PAGE.exec(path);
  if (page) {
    const lang = page[1] as Lang;
    const section = page[2] as keyof typeof TYPE | undefined;
    const param = page[3];
    if (!section) return { type: 'home', lang };
    if (param === undefined)
      return section === 'kb'
        ? undefined
        : {
            type: section === 'events' ? 'events' : section === 'errors' ? 'errors' : 'search',
            lang,
          };
    if (section === 'search') return undefined;
    return {
      type: TYPE[section] as 'article' | 'event' | 'error',
      lang,
      param: decodeURIComponent(param),
    };
  }
  const short = SHORT.exec(path);
  if (short) {
    const section = short[1] as keyof typeof TYPE;
    if (section === 'search' ? short[2] !== undefined : short[2] === undefined) return undefined;
    return {
      type: 'short',
      target: TYPE[section],
      param: short[2] === undefined ? '' : decodeURIComponent(short[2]),
    };
  }
  return undefined;
}
