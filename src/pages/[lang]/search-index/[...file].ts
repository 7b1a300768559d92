import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '~/i18n/keys.ts';
import { siteSearchFiles } from '~/lib/search/build/site-index.ts';

/** Every file of each language's search index: manifest, term shards, result fragments. */
export async function getStaticPaths() {
  const perLang = await Promise.all(
    LANGS.map(async (lang) =>
      [...(await siteSearchFiles(lang)).files.keys()].map((file) => ({ params: { lang, file } })),
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
