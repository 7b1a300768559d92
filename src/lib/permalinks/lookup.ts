import type { Lookup } from '../../schemas/lookup.ts';
import { codeForms, type ErrorKind } from '../codes/error-codes.ts';
import { routes } from '../routes.ts';

/** What the lookup is built from. */
export interface LookupInput {
  site: string;
  articles: ReadonlyArray<{
    kb: string;
    title: { pl: string; en: string };
    formerIds: readonly string[];
  }>;
  events: ReadonlyArray<{ id: number; source: string }>;
  errors: ReadonlyArray<{ code: string; kind: ErrorKind; name?: string | undefined }>;
}

/** One language version of an article, as the lookup needs it. */
export interface ArticleVersion {
  kb: string;
  lang: 'pl' | 'en';
  title: string;
  aliases: { articles: readonly string[] };
}

/**
 * Groups the language versions of the articles by KB number (one entry with both titles and the
 * former numbers), in KB order: the `articles` of {@link LookupInput}.
 */
export function articlesByKb(versions: Iterable<ArticleVersion>): LookupInput['articles'] {
  const byKb = new Map<string, LookupInput['articles'][number]>();
  for (const v of versions) {
    const entry = byKb.get(v.kb) ?? {
      kb: v.kb,
      title: { pl: '', en: '' },
      formerIds: v.aliases.articles,
    };
    entry.title[v.lang] = v.title;
    byKb.set(v.kb, entry);
  }
  return [...byKb.values()].sort((a, b) => Number(a.kb) - Number(b.kb));
}

/**
 * Builds `/api/lookup.json`: every KB number, event ID and error code with its URLs in both
 * languages, and a table of every form a reader may write (any case) to what it names.
 */
export function buildLookup(input: LookupInput): Lookup {
  const abs = (path: string) => new URL(path, input.site).href;
  const urls = (path: (lang: 'pl' | 'en') => string) => ({
    pl: abs(path('pl')),
    en: abs(path('en')),
  });
  // Prototype-free tables: a key such as `__proto__` or `constructor` (an error code's name is
  // free text) is then an ordinary key, kept in the JSON, never a lookup of Object.prototype.
  const table = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;
  const lookup: Lookup = {
    version: 1,
    site: abs('/'),
    articles: table(),
    events: table(),
    errors: table(),
    forms: table(),
  };
  for (const a of input.articles) {
    for (const kb of [a.kb, ...a.formerIds]) {
      lookup.articles[kb] = { ...urls((l) => routes.article(l, a.kb)), title: a.title };
      for (const form of [kb, `kb${kb}`, `q${kb}`])
        lookup.forms[form] = { type: 'article', key: kb };
    }
  }
  for (const e of input.events) {
    const key = String(e.id);
    const entry = (lookup.events[key] ??= { ...urls((l) => routes.event(l, key)), sources: [] });
    entry.sources.push(e.source);
    lookup.forms[key] ??= { type: 'event', key };
  }
  for (const e of input.errors) {
    const entry = (lookup.errors[e.code] ??= {
      ...urls((l) => routes.error(l, e.code)),
      kinds: [],
      names: [],
    });
    entry.kinds.push(e.kind);
    if (e.name) entry.names.push(e.name);
    // An error code wins a bare number over an event ID only when it is not one already.
    for (const form of [...codeForms(e.kind, e.code), ...(e.name ? [e.name.toLowerCase()] : [])])
      lookup.forms[form] ??= { type: 'error', key: e.code };
  }
  return lookup;
}
