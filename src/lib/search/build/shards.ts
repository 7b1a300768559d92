import type { WireShard } from '../format/wire.ts';

/** Raw JSON bytes a shard aims at: a few KB gzip, so a query fetches little beyond its terms. */
export const SHARD_TARGET_BYTES = 24_000;

/** One term's postings (`[ref, impact, ...]`, refs ascending) as sent: each ref as the gap from the one before. */
export function gaps(postings: readonly number[]): number[] {
  const out = postings.slice();
  for (let k = out.length - 2; k >= 2; k -= 2) out[k] = out[k]! - out[k - 2]!;
  return out;
}

/**
 * Cuts the sorted terms into shards of about {@link SHARD_TARGET_BYTES}. A term never spans two
 * shards (a very common word may make a shard larger); each shard's first term goes to the
 * manifest, the first as ''.
 */
export function shard(postings: Map<string, readonly number[]>): {
  shards: WireShard[];
  starts: string[];
} {
  const terms = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const shards: WireShard[] = [];
  const starts: string[] = [];
  let current: WireShard = { terms: [], postings: [] };
  let size = 0;
  for (const term of terms) {
    const flat = gaps(postings.get(term)!);
    // About what JSON will take: the term, its quotes and commas, and the numbers.
    const bytes = term.length + 4 + flat.reduce((s, x) => s + String(x).length + 1, 0);
    if (size > 0 && size + bytes > SHARD_TARGET_BYTES) {
      shards.push(current);
      current = { terms: [], postings: [] };
      size = 0;
    }
    if (current.terms.length === 0) starts.push(shards.length === 0 ? '' : term);
    current.terms.push(term);
    current.postings.push(flat);
    size += bytes;
  }
  if (current.terms.length > 0 || shards.length === 0) {
    if (current.terms.length === 0) starts.push('');
    shards.push(current);
  }
  return { shards, starts };
}
