import { expect, test } from 'vitest';
import { headOf } from '../../src/lib/search/build/shards.ts';

/** The reference: every posting as a pair, sorted by a comparator (the former implementation). */
function reference(postings: number[], catalog: number, head: number): number[] {
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < postings.length; k += 2) pairs.push([postings[k]!, postings[k + 1]!]);
  const rank = (p: [number, number]) => (p[0] >= catalog ? 0 : 1);
  return pairs
    .sort((a, b) => rank(a) - rank(b) || b[1] - a[1] || a[0] - b[0])
    .slice(0, head)
    .sort((a, b) => a[0] - b[0])
    .flat();
}

/** A seeded list of `n` postings with ascending refs and impacts from 1 to `maxImpact`. */
function list(n: number, maxImpact: number, seed: number): number[] {
  let x = seed;
  const rnd = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out: number[] = [];
  let ref = 0;
  for (let i = 0; i < n; i++)
    out.push((ref += 1 + Math.floor(rnd() * 5)), 1 + Math.floor(rnd() * maxImpact));
  return out;
}

test('the head of a long list is the one a comparator sort gives: rank, impact, then ref', () => {
  for (const [n, maxImpact, seed] of [
    [300, 5, 1],
    [5000, 400, 2],
    [2000, 2 ** 31, 3], // impacts too large to pack: the comparator path
  ] as const) {
    const postings = list(n, maxImpact, seed);
    const catalog = postings[n]!; // half the refs are catalog pages
    for (const head of [1, 128, n])
      expect(headOf(postings, catalog, head)).toEqual(reference(postings, catalog, head));
  }
});
