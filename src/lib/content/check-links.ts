import { parsePath } from '../routes.ts';
import type { ArticleVersion } from './model.ts';
import type { IssueList } from './content-error.ts';
import { excerpt } from './excerpt.ts';
import { layoutIds } from './reserved-ids.ts';

/** What internal links may point at. */
export interface LinkTargets {
  articles: ReadonlyMap<string, ArticleVersion>;
  eventIds: ReadonlySet<string>;
  errorCodes: ReadonlySet<string>;
}

/** An `href` attribute in rendered HTML (values are quoted by rehype-stringify). */
const HREF = /\shref="([^"]*)"/g;

/** Every `href` in rendered HTML. */
function hrefs(html: string): string[] {
  return [...html.matchAll(HREF)].map((m) =>
    m[1]!.replaceAll('&#x26;', '&').replaceAll('&amp;', '&'),
  );
}

/**
 * Only the `href` attributes of rendered HTML: all the link check reads of it, so
 * `check:content` keeps this instead of whole pages (a smaller cache to read).
 */
export function linkMarkup(html: string): string {
  return [...html.matchAll(HREF)].map((m) => m[0]).join('');
}

/** The ids a reader can land on in an article page: headings (and their former ids), steps, step aliases and the layout's own. */
export function pageIds(version: ArticleVersion): Set<string> {
  // Many links point into one article: its ids are collected once per load, not once per link.
  let ids = idCache.get(version);
  if (!ids) idCache.set(version, (ids = collectIds(version)));
  return ids;
}

const idCache = new WeakMap<ArticleVersion, Set<string>>();

function collectIds(version: ArticleVersion): Set<string> {
  return new Set<string>([
    ...layoutIds(version.data.tree),
    ...version.headings.flatMap((h) => [h.id, h.formerId ?? '']).filter(Boolean),
    ...version.data.steps.map((s) => s.id),
    ...Object.keys(version.data.aliases.steps),
  ]);
}

/** The source a version was rendered from, to quote (and find) a refused link as written. */
export interface LinkSource {
  body: string;
}

/** A percent-decoded URL part, or `undefined` when its percent-encoding is malformed (`%E0%A4%A`). */
export function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * A rendered `href` as the author wrote it, when the body has that form: the Markdown parser
 * percent-encodes what a URL may not hold (`[` as `%5B`, a stray `%` as `%25`).
 */
function asWritten(href: string, body: string): string {
  const ascii = href.replace(/%([0-7][0-9A-F])/g, (all, hex: string) => {
    const c = String.fromCharCode(parseInt(hex, 16));
    return /[\w%]/.test(c) ? all : c;
  });
  const forms = [href, href.replaceAll('%25', '%'), ascii, ascii.replaceAll('%25', '%')];
  return forms.find((f) => body.includes(f)) ?? href;
}

/** Refuses internal links and `#fragments` in article bodies that lead nowhere on this site. */
export function checkInternalLinks(
  version: ArticleVersion,
  targets: LinkTargets,
  issues: IssueList,
  source: LinkSource = { body: '' },
): void {
  const self = `https://kb.invalid/${version.lang}/kb/${version.kb}/`;
  for (const href of hrefs(version.html)) {
    const written = asWritten(href, source.body);
    let url: URL;
    try {
      url = new URL(href, self);
    } catch {
      issues.add(
        version.file,
        'body',
        `link ${excerpt(written)} is not a valid URL; expected an address such as https://example.com/page or /en/kb/{id}/`,
        { text: written },
      );
      continue;
    }
    if (url.origin !== 'https://kb.invalid') continue; // external links are listed elsewhere, never fetched
    const problem = brokenReason(url, targets);
    if (problem)
      issues.add(version.file, 'body', `broken link ${excerpt(written, 60)}: ${problem}`, {
        text: written,
      });
  }
}

function brokenReason(url: URL, targets: LinkTargets): string | undefined {
  const page = parsePath(url.pathname);
  if (!page)
    return 'no page of this site has that path; expected a contract URL such as /en/kb/{id}/';
  const fragment = safeDecode(url.hash.slice(1));
  if (fragment === undefined)
    return `its #fragment has malformed percent-encoding; expected %XX sequences of UTF-8 bytes`;
  if (page.type === 'article') {
    const target = targets.articles.get(`${page.param}/${page.lang}`);
    if (!target) return `no article ${page.param} exists in "${page.lang}"`;
    if (fragment && !pageIds(target).has(fragment))
      return `article ${page.param} has no section or step ${excerpt(`#${fragment}`, 60)}`;
    return undefined;
  }
  // A short link (`/events/7004/`) names the same thing as its language page.
  const target = page.type === 'short' ? page.target : page.type;
  const param = 'param' in page ? page.param : '';
  if (target === 'article' && !targets.articles.has(`${param}/pl`))
    return `no article ${param} exists`;
  if (target === 'event' && !targets.eventIds.has(param))
    return `no event ${param} is in the catalog`;
  if (target === 'error' && !targets.errorCodes.has(param))
    return `no error code ${param} is in the catalog`;
  if (fragment && page.type !== 'short') return `only article pages have fragments to link to`;
  return undefined;
}
