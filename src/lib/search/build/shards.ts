import { HEAD_POSTINGS, KEY_PREFIX, type WireShard } from '../format/wire.ts';

/**
 * Raw JSON bytes a shard aims at: about 3 kB gzip, so a query fetches little beyond its terms.
 * Halving it from 24 kB cut a rare word's first results by a fifth at 1,000 articles; the
 * manifest grows by one short separator per shard, so smaller would trade shard bytes for it.
 */
export const SHARD_TARGET_BYTES = 12_000;

/** One term's postings (`[ref, impact, ...]`, refs ascending) as sent: each ref as the gap from the one before. */
export function gaps(postings: ArrayLike<number>): Int32Array {
  // Typed: a list of a million numbers grown by push was a tenth of the index build.
  const out = new Int32Array(postings.length);
  for (let k = 0; k < postings.length; k += 2) {
    out[k] = k === 0 ? postings[0]! : postings[k]! - postings[k - 2]!;
    out[k + 1] = postings[k + 1]!;
  }
  return out;
}

/** The characters of an int32 in JSON, without making its string. */
function digits(x: number): number {
  let n = x < 0 ? 2 : 1;
  for (let v = Math.abs(x); v >= 10; v = Math.floor(v / 10)) n++;
  return n;
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
 * steps (refs from `catalog` on) before catalog pages, then by impact, ties by ref; returned in
 * ref order. Impacts are small whole numbers, so this counts them instead of sorting: one pass
 * finds the last (rank, impact) that makes the cut, one more takes the postings above it and, in
 * ref order, as many at it as fit. Impacts beyond what is worth counting take the comparator.
 */
export function headOf(postings: ArrayLike<number>, catalog: number, head: number): number[] {
  let max = 0;
  for (let k = 1; k < postings.length; k += 2) {
    const impact = postings[k]!;
    if (!(Number.isInteger(impact) && impact >= 0 && impact < COUNTED))
      return headBySort(postings, catalog, head);
    max = Math.max(max, impact);
  }
  // Bucket 0 is the best: articles and steps with the highest impact; catalog pages come after.
  const bucket = (k: number) => (postings[k]! >= catalog ? 0 : max + 1) + max - postings[k + 1]!;
  const sizes = new Int32Array(2 * (max + 1));
  for (let k = 0; k < postings.length; k += 2) sizes[bucket(k)]!++;
  let cut = 0;
  let left = head;
  while (cut < sizes.length && left > sizes[cut]!) left -= sizes[cut++]!;
  const out: number[] = [];
  for (let k = 0; k < postings.length; k += 2) {
    const b = bucket(k);
    if (b < cut || (b === cut && left-- > 0)) out.push(postings[k]!, postings[k + 1]!);
  }
  return out;
}

/** Impacts counted by {@link headOf}: a score × 100 stays far below. */
const COUNTED = 2 ** 16;

/** {@link headOf} with a comparator, for impacts too large to count (and as its reference). */
export function headBySort(postings: ArrayLike<number>, catalog: number, head: number): number[] {
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
  postings: Map<string, ArrayLike<number>>,
  { catalog = 0, head = HEAD_POSTINGS } = {},
): {
  shards: WireShard[];
  starts: string[];
  /** The whole postings of long terms, by shard and position (`paths.long`). */
  long: Array<{ shard: number; position: number; postings: Int32Array }>;
} {
  const terms = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const shards: WireShard[] = [];
  const starts: string[] = [];
  const long: Array<{ shard: number; position: number; postings: Int32Array }> = [];
  let current: WireShard = { terms: [], postings: [] };
  let size = 0;
  for (const term of terms) {
    const all = postings.get(term)!;
    // Code keys stay whole: their ranking reads every carrier (the code's own page first).
    const cut = all.length > 2 * head && !term.startsWith(KEY_PREFIX);
    const flat = gaps(cut ? headOf(all, catalog, head) : all);
    // About what JSON will take: the term, its quotes and commas, and the numbers.
    let bytes = term.length + 4;
    for (const x of flat) bytes += digits(x) + 1;
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
    current.postings.push(Array.from(flat));
    size += bytes;
  }
  if (current.terms.length > 0 || shards.length === 0) {
    if (current.terms.length === 0) starts.push('');
    shards.push(current);
  }
  return { shards, starts, long };
}
