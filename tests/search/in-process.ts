import { resolve } from 'node:path';
import type { Lang } from '../../src/i18n/keys.ts';
import { loadSite } from '../../src/lib/content/load-site.ts';
import type { SiteContent } from '../../src/lib/content/model.ts';
import { buildSearchFiles, type IndexFiles } from '../../src/lib/search/build/files.ts';
import { indexInput } from '../../src/lib/search/build/index-input.ts';
import { IndexClient } from '../../src/lib/search/client/index-client.ts';
import { search } from '../../src/lib/search/client/rank.ts';
import type { SearchResult } from '../../src/lib/search/client/hit.ts';

/** A content tree's search index built in this process (no Astro), both languages. */
export interface BuiltSearch {
  /** The content as loaded and rendered. */
  site: SiteContent;
  files: Record<Lang, IndexFiles>;
  /** Searches one language, with a fresh client (nothing cached from a query before). */
  query: (lang: Lang, q: string, limit?: number) => Promise<SearchResult>;
  /** A client that records the files it reads, for byte counts. */
  client: (lang: Lang, onRead?: (path: string, text: string) => void) => IndexClient;
}

/** Loads and renders a content tree as the site build does, then builds its search files. */
export async function buildSearch(contentDir: string): Promise<BuiltSearch> {
  const root = resolve(import.meta.dirname, '../..');
  const site = await loadSite(root, resolve(root, contentDir));
  const files = {} as Record<Lang, IndexFiles>;
  for (const lang of ['pl', 'en'] as const) {
    const articles = site.articles
      .filter((v) => v.lang === lang)
      .map((v) => ({ ...v.data, kb: v.kb, headings: v.headings, html: v.html }));
    files[lang] = buildSearchFiles(indexInput(lang, articles, site.events, site.errors));
  }
  const client = (lang: Lang, onRead?: (path: string, text: string) => void) =>
    new IndexClient(async (path) => {
      const text = files[lang].get(path);
      if (text === undefined) throw new Error(`no index file ${path}`);
      onRead?.(path, text);
      return text;
    });
  return {
    site,
    files,
    client,
    query: (lang, q, limit = 10) => search(client(lang), lang, q, { limit }),
  };
}
