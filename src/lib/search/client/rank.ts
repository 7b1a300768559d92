import type { Lang } from '~/i18n/keys.ts';
import { fold } from '../format/fold.ts';
import { refInfo } from '../format/refs.ts';
import { KEY_IMPACT, KEY_PREFIX, type WireManifest } from '../format/wire.ts';
import { nearTerms } from './fuzzy.ts';
import type { SearchResult } from './hit.ts';
import type { IndexClient } from './index-client.ts';
import { kindWord, queryTokens, type QueryToken } from './query.ts';
import { toHits } from './to-hits.ts';

/** Options of {@link search}. */
export interface SearchOptions {
  /** At most this many results (default 30): only these fetch their fragments. */
  limit?: number;
}

// A word met exactly counts more than one met as a beginning or a near spelling.
const QUALITY = { exact: 1, alternate: 0.8, prefix: 0.6, fuzzy: 0.5 };
// The most common completions of the word being typed: enough to answer, few enough to stay fast.
const MAX_PREFIX_TERMS = 12;

/** Adds a term's postings into `into` (ref → best impact × quality). */
function addPostings(into: Map<number, number>, flat: readonly number[] | undefined, q: number) {
  if (!flat) return;
  let ref = 0;
  for (let k = 0; k < flat.length; k += 2) {
    ref += flat[k]!;
    const v = flat[k + 1]! * q;
    if (v > (into.get(ref) ?? 0)) into.set(ref, v);
  }
}

/** One word of the query and the documents holding it, with the terms it matched. */
interface WordMatch {
  docs: Map<number, number>;
  terms: string[];
  /** Terms met only as the beginning typed, with that beginning. */
  prefixes: Map<string, string>;
}

/**
 * The documents holding a word: exactly, as the beginning being typed, or (failing both) nearly.
 * `whole` when other words or codes must be there too: long terms then give every document, not
 * only their best.
 */
async function matchWord(client: IndexClient, t: QueryToken, whole: boolean): Promise<WordMatch[]> {
  const docs = new Map<number, number>();
  const terms: string[] = [];
  const prefixes = new Map<string, string>();
  const exact = await client.postings(t.term, whole);
  if (exact) {
    addPostings(docs, exact, QUALITY.exact);
    terms.push(t.term);
  }
  for (const term of t.alternates) {
    const flat = await client.postings(term, whole);
    if (!flat) continue;
    addPostings(docs, flat, QUALITY.alternate);
    terms.push(term);
  }
  if (t.prefix) {
    const more = (await client.prefixed(t.prefix, MAX_PREFIX_TERMS)).filter((x) => x !== t.term);
    for (const term of more) {
      addPostings(docs, await client.postings(term, whole), QUALITY.prefix);
      prefixes.set(term, t.prefix);
    }
    terms.push(...more);
  }
  if (docs.size > 0) return [{ docs, terms, prefixes }];
  // A compound not in the index as a whole: each of its parts must be there.
  if (t.parts.length > 0) {
    const parts = t.parts.map((p) => ({
      ...t,
      term: p,
      alternates: [],
      parts: [],
      prefix: undefined,
    }));
    return (await Promise.all(parts.map((p) => matchWord(client, p, true)))).flat();
  }
  if (t.term.length >= 4 && !/[\d_.\-/\\@]/.test(t.term)) {
    for (const term of await nearTerms(t.term, await client.neighbours(t.term))) {
      addPostings(docs, await client.postings(term, whole), QUALITY.fuzzy);
      terms.push(term);
    }
  }
  return [{ docs, terms, prefixes }];
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

/** The steps shown under their article: the best few, so one article cannot fill the list. */
const STEPS_PER_ARTICLE = 2;

/**
 * Moves each step right after its article when the article is in the list too, keeping the best
 * {@link STEPS_PER_ARTICLE} of them there (the list is already best first).
 */
function groupSteps(manifest: WireManifest, list: readonly Scored[]): Scored[] {
  const present = new Set(list.map((s) => s.ref));
  const parentOf = (s: Scored) => refInfo(manifest, s.ref).parent;
  const children = new Map<number, Scored[]>();
  for (const s of list) {
    const parent = parentOf(s);
    if (!present.has(parent)) continue;
    const siblings = children.get(parent) ?? [];
    if (siblings.length < STEPS_PER_ARTICLE) children.set(parent, [...siblings, s]);
  }
  return list.flatMap((s) => (present.has(parentOf(s)) ? [] : [s, ...(children.get(s.ref) ?? [])]));
}
