import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { allArticles } from '../../lib/content/collections.ts';
import { articlesByKb, buildLookup } from '../../lib/permalinks/lookup.ts';
import { siteUrl } from '../../lib/site-url.ts';

/** `/api/lookup.json`: KB numbers, event IDs and error codes (every form) to their URLs. */
export const GET: APIRoute = async ({ site }) => {
  const lookup = buildLookup({
    site: siteUrl(site).href,
    articles: articlesByKb((await allArticles()).map((a) => a.data)),
    events: (await getCollection('events')).map((e) => e.data),
    errors: (await getCollection('errors')).map((e) => e.data),
  });
  return new Response(JSON.stringify(lookup), { headers: { 'Content-Type': 'application/json' } });
};
