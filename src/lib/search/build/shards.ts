import { HEAD_POSTINGS, KEY_PREFIX, type WireShard } from '../format/wire.ts';

/**
 * Raw JSON bytes a shard aims at: about 3 kB gzip, so a query fetches little beyond its terms.
 * Halving it from 24 kB cut a rare word's first results by a fifth at 1,000 articles; the
 * manifest grows by one short separator per shard, so smaller would trade shard bytes for it.
 */
export const SHARD_TARGET_BYTES = 12_000;

/** One term's postings (`[ref, impact, ...]`, refs ascending) as sent: each ref as the gap from the one before. */
export function gaps(postings: readonly number[]): number[] {
  const out = postings.slice();
  for (let k = out.length - 2; k >= 2; k -= 2) out[k] = out[k]! - out[k - 2]!;
  return out;
}

/**
 * The shortest beginning of `first` that sorts after `last` (`authenticate`, `authorize` →
 * `autho`): it parts the two shards as well as the whole term and keeps the manifest, which
 * lists one per shard, small as the corpus grows.
 */
export function separator(last: string, first: string): string {
  for (let k = 1; k < first.length; k++) if (first.slice(0, k) > last) return first.slice(0, k);
  return first;
}

/**
 * The best `head` postings of a long list (`[ref, impact, ...]`, refs ascending): articles and
 * steps (refs from `catalog` on) before catalog pages, then by impact; returned in ref order.
 * Each posting's order is packed into one number (rank, inverted impact, position) and the numbers
 * sorted as a typed array: a tuple per posting and a comparator were a tenth of the index build
 * at 10,000 articles. Lists beyond what a number packs exactly take the comparator.
 */
export function headOf(postings: readonly number[], catalog: number, head: number): number[] {
  const n = postings.length / 2;
  let maxImpact = 0;
  for (let k = 1; k < postings.length; k += 2) maxImpact = Math.max(maxImpact, postings[k]!);
  if (n >= POSITIONS || maxImpact >= IMPACTS) return headBySort(postings, catalog, head);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const rank = postings[2 * i]! >= catalog ? 0 : 1;
    keys[i] = (rank * IMPACTS + (IMPACTS - 1 - postings[2 * i + 1]!)) * POSITIONS + i;
  }
  keys.sort();
  const best = Int32Array.from(keys.subarray(0, head), (key) => key % POSITIONS).sort();
  const out: number[] = [];
  for (const i of best) out.push(postings[2 * i]!, postings[2 * i + 1]!);
  return out;
}

/** Positions and impacts a packed key holds exactly (2^22 × 2^30 × 2 < 2^53). */
const POSITIONS = 2 ** 22;
const IMPACTS = 2 ** 30;

/** {@link headOf} with a comparator, for lists too long or impacts too large to pack. */
export function headBySort(postings: readonly number[], catalog: number, head: number): number[] {
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < postings.length; k += 2) pairs.push([postings[k]!, postings[k + 1]!]);
  const rank = (p: [number, number]) => (p[0] >= catalog ? 0 : 1);
  return pairs
    .sort((a, b) => rank(a) - rank(b) || b[1] - a[1] || a[0] - b[0])
    .slice(0, head)
    .sort((a, b) => a[0] - b[0])
    .flat();
}

/**
 * Cuts the sorted terms into shards of about {@link SHARD_TARGET_BYTES}. A term never spans two
 * shards (a very common word may make a shard larger); each shard's start goes to the
 * manifest: the first as '', the others as the shortest {@link separator} from the shard before.
 */
export function shard(
  postings: Map<string, readonly number[]>,
  { catalog = 0, head = HEAD_POSTINGS } = {},
): {
  shards: WireShard[];
  starts: string[];
  /** The whole postings of long terms, by shard and position (`paths.long`). */
  long: Array<{ shard: number; position: number; postings: number[] }>;
} {
  const terms = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const shards: WireShard[] = [];
  const starts: string[] = [];
  const long: Array<{ shard: number; position: number; postings: number[] }> = [];
  let current: WireShard = { terms: [], postings: [] };
  let size = 0;
  for (const term of terms) {
    const all = postings.get(term)!;
    // Code keys stay whole: their ranking reads every carrier (the code's own page first).
    const cut = all.length > 2 * head && !term.startsWith(KEY_PREFIX);
    const flat = gaps(cut ? headOf(all, catalog, head) : all);
    // About what JSON will take: the term, its quotes and commas, and the numbers.
    const bytes = term.length + 4 + flat.reduce((s, x) => s + String(x).length + 1, 0);
    if (size > 0 && size + bytes > SHARD_TARGET_BYTES) {
      shards.push(current);
      current = { terms: [], postings: [] };
      size = 0;
    }
    if (current.terms.length === 0)
      starts.push(shards.length === 0 ? '' : separator(shards.at(-1)!.terms.at(-1)!, term));
    if (cut) {
      current.long = { ...current.long, [current.terms.length]: all.length / 2 };
      long.push({ shard: shards.length, position: current.terms.length, postings: gaps(all) });
    }
    current.terms.push(term);
    current.postings.push(flat);
    size += bytes;
  }
  if (current.terms.length > 0 || shards.length === 0) {
    if (current.terms.length === 0) starts.push('');
    shards.push(current);
  }
  return { shards, starts, long };
}
