import type { APIRoute } from 'astro';
import { LANGS } from '~/i18n/index.ts';
import { siteCodeData } from '~/lib/codes/build/site-code-data.ts';
import { pageKey } from '~/lib/page-key.ts';

/** One shard of a language's code data per file (see `src/lib/codes/format/code-data.ts`). */
export async function getStaticPaths() {
  const all = await Promise.all(
    LANGS.map(async (lang) => ({ lang, data: await siteCodeData(lang) })),
  );
  return all.flatMap(({ lang, data }) =>
    data.shards.map((json, shard) => ({
      params: { lang, shard: String(shard) },
      props: { json },
      // Unchanged since the last build: copied from it.
      cacheKey: pageKey(json),
    })),
  );
}

/** The shard as JSON; the page fetches it with the content version in the query. */
export const GET: APIRoute = ({ props }) =>
  new Response((props as { json: string }).json, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
