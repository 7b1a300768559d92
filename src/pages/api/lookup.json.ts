import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildLookup } from '../../lib/permalinks/lookup.ts';
import { siteUrl } from '../../lib/site-url.ts';

/** `/api/lookup.json`: KB numbers, event IDs and error codes (every form) to their URLs. */
export const GET: APIRoute = async ({ site }) => {
  const articles = await getCollection('articles');
  const byKb = new Map<
    string,
    { kb: string; title: { pl: string; en: string }; formerIds: string[] }
  >();
  for (const { data } of articles) {
    const entry = byKb.get(data.kb) ?? {
      kb: data.kb,
      title: { pl: '', en: '' },
      formerIds: data.aliases.articles,
    };
    entry.title[data.lang] = data.title;
    byKb.set(data.kb, entry);
  }
  const lookup = buildLookup({
    site: siteUrl(site).href,
    articles: [...byKb.values()].sort((a, b) => Number(a.kb) - Number(b.kb)),
    events: (await getCollection('events')).map((e) => e.data),
    errors: (await getCollection('errors')).map((e) => e.data),
  });
  return new Response(JSON.stringify(lookup), { headers: { 'Content-Type': 'application/json' } });
};
