import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '~/i18n/keys.ts';
import { pageKey } from '~/lib/page-key.ts';
import { siteSearchFiles } from '~/lib/search/build/site-index.ts';

/**
 * Every file of each language's search index: manifest, term shards, result fragments. A file
 * whose text is unchanged since the last build is copied from it (its `cacheKey` is its text's).
 */
export async function getStaticPaths() {
  const perLang = await Promise.all(
    LANGS.map(async (lang) =>
      [...(await siteSearchFiles(lang)).files].map(([file, text]) => ({
        params: { lang, file },
        cacheKey: pageKey(text),
      })),
    ),
  );
  return perLang.flat();
}

/** One index file as JSON (see `src/lib/search/format/wire.ts`). */
export const GET: APIRoute = async ({ params }) => {
  const { files } = await siteSearchFiles(params['lang'] as Lang);
  const body = files.get(params['file'] ?? '');
  if (body === undefined) return new Response('Not found', { status: 404 });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
