import { getCollection } from 'astro:content';
import { createHash } from 'node:crypto';
import type { Lang } from '~/i18n/index.ts';
import { articlesIn } from '../../content/collections.ts';
import { buildCodeData } from './code-data.ts';

/** The code data of a language as served: shard JSON texts and a content version. */
export interface SiteCodeData {
  /** Each shard's JSON, by shard number. */
  shards: string[];
  /** Changes with the content, so a cached shard never outlives it. */
  version: string;
}

const cache = new Map<Lang, Promise<SiteCodeData>>();

/** The code data of `lang`, built once per build from the content collections. */
export function siteCodeData(lang: Lang): Promise<SiteCodeData> {
  let data = cache.get(lang);
  if (!data) cache.set(lang, (data = build(lang)));
  return data;
}

async function build(lang: Lang): Promise<SiteCodeData> {
  const [articles, events, errors] = await Promise.all([
    articlesIn(lang),
    getCollection('events'),
    getCollection('errors'),
  ]);
  const { shards } = buildCodeData({
    lang,
    articles: articles.map(({ data }) => ({
      kb: data.kb,
      title: data.title,
      formerIds: data.aliases.articles,
      events: data.events,
      errors: data.errors,
      steps: data.steps,
    })),
    events: events.map((e) => e.data),
    errors: errors.map((e) => e.data),
  });
  const json = shards.map((s) => JSON.stringify(s));
  const version = createHash('sha256').update(json.join('\n')).digest('hex').slice(0, 12);
  return { shards: json, version };
}
