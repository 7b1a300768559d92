import { getCollection } from 'astro:content';
import type { Lang } from '~/i18n/keys.ts';
import { readBody } from '~/lib/content/body-store.ts';
import { articlesIn } from '~/lib/content/collections.ts';
import { buildSearchFiles, type IndexFiles } from './files.ts';
import { indexInput } from './index-input.ts';

const cache = new Map<Lang, Promise<{ files: IndexFiles; version: string }>>();

/** Builds one language's index from the content collections (once per build). */
async function build(lang: Lang): Promise<{ files: IndexFiles; version: string }> {
  const [articles, events, errors] = await Promise.all([
    articlesIn(lang),
    getCollection('events'),
    getCollection('errors'),
  ]);
  const files = buildSearchFiles(
    indexInput(
      lang,
      // The body is read from what the content load rendered, not rendered again.
      articles.map((a) => ({ ...a.data, ...readBody(a.data.body) })),
      events.map((e) => e.data),
      errors.map((e) => e.data),
    ),
  );
  const manifest = JSON.parse(files.get('manifest.json')!) as { version: string };
  return { files, version: manifest.version };
}

/** The index files of a language (path under `/{lang}/search-index/` to JSON text). */
export function siteSearchFiles(lang: Lang): Promise<{ files: IndexFiles; version: string }> {
  let p = cache.get(lang);
  if (!p) cache.set(lang, (p = build(lang)));
  return p;
}
