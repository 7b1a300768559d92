import type { Lang } from '~/i18n/keys.ts';
import type { CitingArticle } from '~/lib/content/citations.ts';
import { errorKey, eventKey, kbKey, nameKey } from '../parse-query.ts';
import {
  CODE_DATA_VERSION,
  shardCount,
  shardOf,
  type WireCiter,
  type WireCode,
  type WireShard,
} from '../format/code-data.ts';

/** An article version as the code data needs it: what a citation needs, and its former numbers. */
export interface CodeDataArticle extends CitingArticle {
  /** Former KB numbers that lead to it. */
  formerIds: readonly string[];
}

/** What the code data of one language is built from. */
export interface CodeDataInput {
  lang: Lang;
  articles: readonly CodeDataArticle[];
  events: ReadonlyArray<{ id: number; source: string; title: Record<Lang, string> }>;
  errors: ReadonlyArray<{
    code: string;
    kind: string;
    name?: string | undefined;
    text?: string | undefined;
    title: Record<Lang, string>;
  }>;
}

/** The key of an article reference's target: `Source/7004` → `event:7004`, `smtp/504` → `error:504`. */
function refKey(field: 'events' | 'errors', ref: string): string {
  const tail = ref.slice(ref.lastIndexOf('/') + 1);
  return field === 'events' ? eventKey(tail) : errorKey(tail);
}

/**
 * Builds the shards of one language: every event ID, error code, symbolic name and KB number
 * (with former numbers) with its titles and citing articles. Linear in the content.
 */
export function buildCodeData(input: CodeDataInput): { shards: WireShard[]; count: number } {
  const { lang } = input;
  const codes = new Map<string, WireCode>();
  const entry = (key: string) => {
    let e = codes.get(key);
    if (!e) codes.set(key, (e = { d: [], c: [] }));
    return e;
  };
  for (const ev of input.events) {
    const e = entry(eventKey(ev.id));
    if (!e.d.some(([kind]) => kind === 'event')) e.d.push(['event', ev.title[lang]]);
  }
  for (const er of input.errors) {
    const e = entry(errorKey(er.code));
    e.d.push([er.kind, er.title[lang]]);
    if (er.name) (e.n ??= []).push(er.name);
    if (er.text) (e.x ??= []).push(er.text);
  }
  for (const a of input.articles) {
    const self: WireCiter = [a.kb, a.title, 1, []];
    const own = entry(kbKey(a.kb));
    own.d.push(['kb', a.title]);
    own.c.push(self);
    for (const former of a.formerIds) codes.set(kbKey(former), { ...own, k: kbKey(a.kb) });
    const cites = new Map<string, WireCiter>();
    const cite = (key: string) => {
      let c = cites.get(key);
      if (!c) cites.set(key, (c = [a.kb, a.title, 0, []]));
      return c;
    };
    for (const field of ['events', 'errors'] as const) {
      for (const ref of a[field]) cite(refKey(field, ref))[2] = 1;
      a.steps.forEach((s, i) => {
        for (const ref of s[field]) {
          const steps = cite(refKey(field, ref))[3];
          if (!steps.some(([id]) => id === s.id)) steps.push([s.id, i + 1, s.title]);
        }
      });
    }
    for (const [key, c] of cites) entry(key).c.push(c);
  }
  // A name stands for its code, carrying the code's data so one shard answers it.
  for (const [key, e] of [...codes])
    for (const n of e.n ?? []) codes.set(nameKey(n), { ...e, k: key });
  const count = shardCount(codes.size);
  const shards: WireShard[] = Array.from({ length: count }, () => ({
    v: CODE_DATA_VERSION,
    l: lang,
    e: {},
  }));
  for (const key of [...codes.keys()].sort()) shards[shardOf(key, count)]!.e[key] = codes.get(key)!;
  return { shards, count };
}
