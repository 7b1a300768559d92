import type { APIRoute } from 'astro';
import { langPaths } from '~/lib/static-paths.ts';
import type { Lang } from '~/i18n/index.ts';
import { siteCodeData } from '~/lib/codes/build/site-code-data.ts';
import { CODE_DATA_VERSION, type WireCodeManifest } from '~/lib/codes/format/code-data.ts';

/** One manifest of the code data per language. */
export const getStaticPaths = langPaths;

/** The shard count and content version (see `WireCodeManifest`). */
export const GET: APIRoute = async ({ params }) => {
  const { shards, version } = await siteCodeData(params['lang'] as Lang);
  const manifest: WireCodeManifest = { v: CODE_DATA_VERSION, shards: shards.length, version };
  return new Response(JSON.stringify(manifest), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
