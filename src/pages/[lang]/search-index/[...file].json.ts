import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '~/i18n/keys.ts';
import { siteSearchFiles } from '~/lib/search/build/site-index.ts';

/**
 * A file's path without `.json`: the route's name ends in `.json`, so the dev server serves
 * `/pl/search-index/manifest.json` as a file, without the trailing slash pages get.
 */
const stem = (file: string) => file.replace(/\.json$/, '');

/**
 * Each language's search index in `astro dev`: manifest, term shards, result fragments. A build
 * writes none of them here: the content load builds the index on a worker thread beside the pages
 * (src/integrations/search-index.ts), as thousands of small files cost about 1 ms each through
 * Astro's page pipeline.
 */
export async function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
  const perLang = await Promise.all(
    LANGS.map(async (lang) => {
      const files = await siteSearchFiles(lang);
      return [...files.keys()].map((file) => ({ params: { lang, file: stem(file) } }));
    }),
  );
  return perLang.flat();
}

/** One index file as JSON (see `src/lib/search/format/wire.ts`). */
export const GET: APIRoute = async ({ params }) => {
  const files = await siteSearchFiles(params['lang'] as Lang);
  const body = files.get(`${params['file'] ?? ''}.json`);
  if (body === undefined) return new Response('Not found', { status: 404 });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
