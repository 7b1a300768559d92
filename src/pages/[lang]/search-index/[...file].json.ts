import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '~/i18n/keys.ts';
import { pageKey } from '~/lib/page-key.ts';
import { SEARCH_INDEX_PACK } from '~/lib/search/build/pack.ts';
import { siteSearchFiles } from '~/lib/search/build/site-index.ts';

/**
 * A file's path without `.json`: the route's name ends in `.json`, so the dev server serves
 * `/pl/search-index/manifest.json` as a file, without the trailing slash pages get.
 */
const stem = (file: string) => file.replace(/\.json$/, '');

/**
 * Each language's search index: manifest, term shards, result fragments. The dev server serves
 * every file itself. A build writes one pack per language, which `scripts/build.mjs` spreads into
 * the files: thousands of small files through Astro's page pipeline cost about 1 ms each, several
 * seconds of a large build; written by the build step they cost a tenth of that.
 */
export async function getStaticPaths() {
  const perLang = await Promise.all(
    LANGS.map(async (lang) => {
      const { files, version } = await siteSearchFiles(lang);
      if (!import.meta.env.DEV)
        return [{ params: { lang, file: stem(SEARCH_INDEX_PACK) }, cacheKey: pageKey(version) }];
      return [...files.keys()].map((file) => ({ params: { lang, file: stem(file) } }));
    }),
  );
  return perLang.flat();
}

/** One index file as JSON (see `src/lib/search/format/wire.ts`), or a build's pack of them all. */
export const GET: APIRoute = async ({ params }) => {
  const { files } = await siteSearchFiles(params['lang'] as Lang);
  const file = `${params['file'] ?? ''}.json`;
  const body =
    file === SEARCH_INDEX_PACK && !import.meta.env.DEV
      ? JSON.stringify(Object.fromEntries(files))
      : files.get(file);
  if (body === undefined) return new Response('Not found', { status: 404 });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
