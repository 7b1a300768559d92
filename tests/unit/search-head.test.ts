import { expect, test } from 'vitest';
import { headBySort, headOf } from '../../src/lib/search/build/shards.ts';

// Refs 1–6; refs from 4 on are articles and steps (`catalog` = 4), the rest catalog pages.
const postings = [1, 90, 2, 50, 3, 50, 4, 10, 5, 30, 6, 30];

test('the head: articles and steps first, then the highest impact, ties by ref; in ref order', () => {
  // Ranked: 5 (30), 6 (30), 4 (10), then catalog pages 1 (90), 2 (50), 3 (50).
  expect(headOf(postings, 4, 2)).toEqual([5, 30, 6, 30]);
  expect(headOf(postings, 4, 4)).toEqual([1, 90, 4, 10, 5, 30, 6, 30]);
  expect(headOf(postings, 4, 5)).toEqual([1, 90, 2, 50, 4, 10, 5, 30, 6, 30]);
  expect(headOf(postings, 4, 100)).toEqual(postings);
});

test('impacts too large to count take the comparator, with the same order', () => {
  const big = postings.map((v, i) => (i % 2 ? v * 2 ** 30 : v));
  expect(headOf(big, 4, 4)).toEqual([
    1,
    90 * 2 ** 30,
    4,
    10 * 2 ** 30,
    5,
    30 * 2 ** 30,
    6,
    30 * 2 ** 30,
  ]);
});

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

test('on long lists with many ties counting agrees with the comparator', () => {
  for (const [n, maxImpact, seed] of [
    [300, 5, 1],
    [5000, 400, 2],
  ] as const) {
    const long = list(n, maxImpact, seed);
    const catalog = long[n]!; // the ref of the middle posting: half the list is catalog pages
    for (const head of [1, 128, n])
      expect(headOf(long, catalog, head)).toEqual(headBySort(long, catalog, head));
  }
});
