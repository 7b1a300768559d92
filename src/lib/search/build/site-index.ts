import { getCollection } from 'astro:content';
import type { Lang } from '~/i18n/keys.ts';
import { readBody } from '~/lib/content/side-store.ts';
import { articlesIn } from '~/lib/content/collections.ts';
import { buildSearchFiles, type IndexFiles } from './files.ts';
import { indexInput } from './index-input.ts';

const cache = new Map<Lang, Promise<IndexFiles>>();

/** Builds one language's index from the content collections, for `astro dev`. */
async function build(lang: Lang): Promise<IndexFiles> {
  const [articles, events, errors] = await Promise.all([
    articlesIn(lang),
    getCollection('events'),
    getCollection('errors'),
  ]);
  return buildSearchFiles(
    indexInput(
      lang,
      // The body is read from what the content load rendered, not rendered again.
      articles.map((a) => ({ ...a.data, ...readBody(a.data.body) })),
      events.map((e) => e.data),
      errors.map((e) => e.data),
    ),
  );
}

/**
 * The index files of a language (path under `/{lang}/search-index/` to JSON text), built once
 * while this module is loaded. A build writes them from the content load instead (start-index.ts).
 */
export function siteSearchFiles(lang: Lang): Promise<IndexFiles> {
  let p = cache.get(lang);
  if (!p) cache.set(lang, (p = build(lang)));
  return p;
}
