import { nearTerms } from './fuzzy.ts';
import type { IndexClient } from './index-client.ts';
import type { QueryToken } from './query.ts';

// One word of a query against the index: its exact term, its alternates, the completions of the
// beginning being typed and, when none of these is there, its near spellings.

// A word met exactly counts more than one met as a beginning or a near spelling.
const QUALITY = { exact: 1, alternate: 0.8, prefix: 0.6, fuzzy: 0.5 };
// The most common completions of the word being typed: enough to answer, few enough to stay fast.
const MAX_PREFIX_TERMS = 12;

/** Adds a term's postings into `into` (ref → best impact × quality). */
export function addPostings(
  into: Map<number, number>,
  flat: readonly number[] | undefined,
  q: number,
) {
  if (!flat) return;
  let ref = 0;
  for (let k = 0; k < flat.length; k += 2) {
    ref += flat[k]!;
    const v = flat[k + 1]! * q;
    if (v > (into.get(ref) ?? 0)) into.set(ref, v);
  }
}

/** One word of the query and the documents holding it, with the terms it matched. */
export interface WordMatch {
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
export async function matchWord(
  client: IndexClient,
  t: QueryToken,
  whole: boolean,
): Promise<WordMatch[]> {
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
