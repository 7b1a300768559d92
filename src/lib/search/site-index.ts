import { getCollection } from 'astro:content';
import { createHash } from 'node:crypto';
import type { Lang } from '../../i18n/index.ts';
import { articlesIn } from '../content/collections.ts';
import { buildSearchIndex } from './build-index.ts';
import { indexInput } from './index-input.ts';
import type { IndexData } from './model.ts';

const cache = new Map<Lang, Promise<{ data: IndexData; json: string; version: string }>>();

/** Builds one language's index from the content collections (server side, once per build). */
async function build(lang: Lang): Promise<{ data: IndexData; json: string; version: string }> {
  const [articles, events, errors] = await Promise.all([
    articlesIn(lang),
    getCollection('events'),
    getCollection('errors'),
  ]);
  const data = buildSearchIndex(
    indexInput(
      lang,
      articles.map((a) => a.data),
      events.map((e) => e.data),
      errors.map((e) => e.data),
    ),
  );
  const json = JSON.stringify(data);
  // The version in the URL changes with the content, so a cached index never outlives it.
  const version = createHash('sha256').update(json).digest('hex').slice(0, 12);
  return { data, json, version };
}

/** The search index of a language as served at `/{lang}/search-index.json`. */
export async function siteSearchIndex(lang: Lang): Promise<string> {
  if (!cache.has(lang)) cache.set(lang, build(lang));
  return (await cache.get(lang)!).json;
}

/** The URL a page fetches its index from, versioned by content. */
export async function searchIndexUrl(lang: Lang): Promise<string> {
  if (!cache.has(lang)) cache.set(lang, build(lang));
  return `/${lang}/search-index.json?v=${(await cache.get(lang)!).version}`;
}
