import type { Lang } from '~/i18n/keys.ts';
import { fold } from '../format/fold.ts';
import { KEY_IMPACT, KEY_PREFIX } from '../format/wire.ts';
import { groupSteps } from './group-steps.ts';
import type { SearchResult } from './hit.ts';
import type { IndexClient } from './index-client.ts';
import { addPostings, matchWord } from './match-word.ts';
import { kindWord, queryTokens } from './query.ts';
import { toHits } from './to-hits.ts';

/** Options of {@link search}. */
export interface SearchOptions {
  /** At most this many results (default 30): only these fetch their fragments. */
  limit?: number;
}

/** One candidate on its way to the result list. */
interface Scored {
  ref: number;
  /** 1 for the own page of a code whose kind the query named (`event 7004`), else 0. */
  named: number;
  codeHits: number;
  words: number;
  catalog: boolean;
  score: number;
}

/**
 * Searches one language's index. Code tokens (event IDs, error codes in any form, KB numbers,
 * symbolic names) are looked up exactly and rank first, by how many a result carries. Words rank
 * by BM25F impacts computed at build time; every word must be there (the last may be a
 * beginning), and when no result has them all, the best partial matches come with `partial`.
 * For words, articles and steps come before catalog pages; steps follow their article.
 */
export async function search(
  client: IndexClient,
  lang: Lang,
  query: string,
  options: SearchOptions = {},
): Promise<SearchResult> {
  const limit = options.limit ?? 30;
  const manifest = await client.manifest();
  const tokens = queryTokens(query, lang);
  const keyed = await Promise.all(
    tokens.map(async (t) => {
      const docs = new Map<number, number>();
      for (const key of t.keys) addPostings(docs, await client.postings(KEY_PREFIX + key, true), 1);
      return docs;
    }),
  );
  const codes = tokens.flatMap((t, i) =>
    keyed[i]!.size > 0 ? [{ token: t, docs: keyed[i]! }] : [],
  );
  // `event 7004`: next to a code, a word naming a kind of page picks the page rather than being searched.
  const kinds = new Set(codes.length > 0 ? tokens.flatMap((t) => kindWord(t) ?? []) : []);
  const plain = tokens.filter((t, i) => keyed[i]!.size === 0 && !(kinds.size > 0 && kindWord(t)));
  // One word alone is ranked by its best documents; words with others, every document.
  const whole = plain.length > 1 || codes.length > 0;
  const words = (await Promise.all(plain.map((t) => matchWord(client, t, whole)))).flat();
  // A code named in a text without being cited: it counts only with every other word.
  const mentions = await Promise.all(codes.map((c) => client.postings(c.token.term, true)));
  const scored = new Map<number, Scored>();
  const get = (ref: number) => {
    let s = scored.get(ref);
    if (!s)
      scored.set(
        ref,
        (s = { ref, named: 0, codeHits: 0, words: 0, catalog: ref < manifest.catalog, score: 0 }),
      );
    return s;
  };
  for (const c of codes)
    for (const [ref, impact] of c.docs) {
      const s = get(ref);
      s.codeHits++;
      if (impact >= KEY_IMPACT.own && kinds.size > 0) s.named = kindOf(ref);
      if (words.length === 0) s.score += impact;
    }
  // Every word required: walk the rarest word's documents and look the others up (no union of
  // a common word's thousands of documents); the union only when that finds nothing.
  const rarest = [...words].sort((a, b) => a.docs.size - b.docs.size)[0];
  const credit = (ref: number) => {
    let n = 0;
    let sum = 0;
    for (const w of words) {
      const v = w.docs.get(ref);
      if (v !== undefined) {
        n++;
        sum += v;
      }
    }
    const s = get(ref);
    s.words = n;
    s.score += sum;
  };
  if (rarest)
    for (const ref of rarest.docs.keys()) if (words.every((w) => w.docs.has(ref))) credit(ref);
  for (const s of scored.values()) if (s.words === 0 && words.length > 0) credit(s.ref);
  const complete = [...scored.values()].some((s) => s.words === words.length);
  if (!complete && words.length > 1 && codes.length === 0)
    for (const w of words) for (const ref of w.docs.keys()) if (!scored.has(ref)) credit(ref);
  function kindOf(ref: number): number {
    if (ref >= manifest.catalog) return 0;
    return kinds.has(ref < manifest.events ? 'event' : 'error') ? 1 : 0;
  }
  const mentionSets = mentions.map((flat) => {
    const m = new Map<number, number>();
    addPostings(m, flat, 1);
    return m;
  });
  const mentioned = (ref: number) => mentionSets.every((m) => m.has(ref));
  // Without other words, what names every code in its text follows what carries the codes.
  if (words.length === 0 && mentionSets.length > 0)
    for (const [ref, impact] of mentionSets[0]!) if (mentioned(ref)) get(ref).score += impact / 100;
  let list = [...scored.values()].filter(
    (s) =>
      s.codeHits > 0 ||
      ((words.length === 0 ? codes.length > 0 : s.words === words.length) && mentioned(s.ref)),
  );
  let partial = false;
  if (list.length === 0 && words.length > 1 && codes.length === 0) {
    const most = Math.max(0, ...[...scored.values()].map((s) => s.words));
    list = [...scored.values()].filter((s) => s.words === most && most > 0);
    partial = list.length > 0;
  }
  const byWords = words.length > 0;
  list.sort(
    (a, b) =>
      b.codeHits - a.codeHits ||
      b.named - a.named ||
      (byWords ? b.words - a.words || Number(a.catalog) - Number(b.catalog) : 0) ||
      b.score - a.score ||
      a.ref - b.ref,
  );
  const ordered = groupSteps(manifest, list.slice(0, Math.max(limit * 3, 100))).slice(0, limit);
  const own = new Set(
    codes.flatMap((c) => [...c.docs].filter(([, v]) => v >= KEY_IMPACT.own).map(([r]) => r)),
  );
  const hits = await toHits(
    client,
    manifest,
    lang,
    ordered.map((s) => s.ref),
    {
      terms: new Set(words.flatMap((w) => w.terms)),
      prefixes: new Map(words.flatMap((w) => [...w.prefixes])),
      phrases: codes.map((c) => fold(c.token.raw)),
      wanted: words.length + codes.length,
      own,
    },
  );
  return { hits, partial };
}
