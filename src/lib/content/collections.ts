import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../../i18n/keys.ts';
import { citationIndex, groupBy, type Citation } from './citations.ts';
import type { ArticleData } from './model.ts';
import { readArticleData } from './side-store.ts';

/** An article of one language: its id (`123456/pl`), its data and its body's file. */
export interface ArticleEntry {
  id: string;
  data: ArticleData & {
    /** The file of the rendered body and the tree (read with `readBody`). */
    body: string;
  };
}

/** An article entry with its data read from the side store (see content.config.ts). */
const withData = ({ id, data }: CollectionEntry<'articles'>): ArticleEntry => ({
  id,
  data: { ...readArticleData(data.dataFile), body: data.bodyFile },
});

/** Every article version. */
export async function allArticles(): Promise<ArticleEntry[]> {
  return (await getCollection('articles')).map(withData);
}

/** The data of an event entry. */
export type EventData = CollectionEntry<'events'>['data'];
/** The data of an error-code entry. */
export type ErrorData = CollectionEntry<'errors'>['data'];

/** The articles of one language, by KB number. */
export async function articlesIn(lang: Lang): Promise<ArticleEntry[]> {
  const all = (await getCollection('articles', (e) => e.data.lang === lang)).map(withData);
  return all.sort((a, b) => Number(a.data.kb) - Number(b.data.kb));
}

/** Every event, grouped by event ID (one ID may exist in several sources). */
export async function eventsById(): Promise<Map<number, EventData[]>> {
  const all = (await getCollection('events'))
    .map((e) => e.data)
    .sort((a, b) => a.id - b.id || a.source.localeCompare(b.source));
  return groupBy(all, (e) => e.id);
}

/** Every error code, grouped by its normalised code (one code may exist in several kinds). */
export async function errorsByCode(): Promise<Map<string, ErrorData[]>> {
  const all = (await getCollection('errors'))
    .map((e) => e.data)
    .sort(
      (a, b) =>
        a.kind.localeCompare(b.kind) || a.code.localeCompare(b.code, 'en', { numeric: true }),
    );
  return groupBy(all, (e) => e.code);
}

let known: Promise<Set<string>> | undefined;

/** The KB numbers this site has, to link related articles (computed once per build, not per page). */
export function knownKbNumbers(): Promise<Set<string>> {
  known ??= getCollection('articles').then((all) => new Set(all.map((e) => e.data.kb)));
  return known;
}

const citationCache = new Map<string, Promise<Map<string, Citation[]>>>();

/** Every event (`Source/id`) or error code (`kind/code`) cited in `lang`, to its citations (once per build). */
export function citationsOf(
  lang: Lang,
  field: 'events' | 'errors',
): Promise<Map<string, Citation[]>> {
  const key = `${lang}:${field}`;
  let index = citationCache.get(key);
  if (!index)
    citationCache.set(
      key,
      (index = articlesIn(lang).then((list) =>
        citationIndex(
          list.map((a) => a.data),
          field,
        ),
      )),
    );
  return index;
}

/** The articles of `lang` citing an event (`Source/id`) or error code (`kind/code`), with their steps. */
export async function citationsFor(
  lang: Lang,
  field: 'events' | 'errors',
  key: string,
): Promise<Citation[]> {
  return (await citationsOf(lang, field)).get(key) ?? [];
}

/** The citations of every language in `field`, for a page's `cacheKey`. */
export async function citationsByLang(
  field: 'events' | 'errors',
): Promise<Record<Lang, Map<string, Citation[]>>> {
  const [pl, en] = await Promise.all([citationsOf('pl', field), citationsOf('en', field)]);
  return { pl, en };
}
