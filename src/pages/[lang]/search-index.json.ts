import type { APIRoute } from 'astro';
import type { Lang } from '../../i18n/index.ts';
import { siteSearchIndex } from '../../lib/search/site-index.ts';
import { langPaths } from '../../lib/static-paths.ts';

/** One search index per language, built from the content at build time and fetched lazily. */
export const getStaticPaths = langPaths;

/** The index of `lang` as compact JSON (see `src/lib/search/model.ts`). */
export const GET: APIRoute = async ({ params }) => {
  const body = await siteSearchIndex(params['lang'] as Lang);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
