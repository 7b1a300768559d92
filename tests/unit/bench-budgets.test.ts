import { expect, test } from 'vitest';
import { checkBudgets } from '../../bench/report/budgets.mjs';

const GiB = 1024 ** 3;
/** A 10,000-article result with the figures the large budgets read. */
const large = (ours: object, baseline: object) => ({
  n: 10000,
  ours: { ok: true, wallMs: 240_000, peakBytes: 3 * GiB, beforeFirstPageMs: 9_000, ...ours },
  baseline: { ok: true, wallMs: 200_000, peakBytes: 5 * GiB, ...baseline },
  search: { available: false },
});
const at1000 = { ours: { beforeFirstPageMs: 2_000 } };
const statuses = (r: object, base: object = at1000) =>
  Object.fromEntries(
    checkBudgets(r, base)
      .filter((b: { name: string }) => /N=10000|first page/.test(b.name))
      .map((b: { name: string; status: string }) => [
        b.name.replace(/ \(baseline.*$/, ''),
        b.status,
      ]),
  );

test('10,000 articles: time against bare Astro, memory below it, the pre-page phase against 1,000', () => {
  expect(statuses(large({}, {}))).toEqual({
    'build succeeds at N=10000': 'pass',
    'build time ≤ 2 × bare Astro (N=10000)': 'pass',
    "peak memory below bare Astro's (N=10000)": 'pass',
    'time before the first page ≤ 10 × its time at N=1000': 'pass',
  });
  expect(
    statuses(large({ wallMs: 401_000, peakBytes: 5 * GiB, beforeFirstPageMs: 20_001 }, {})),
  ).toMatchObject({
    'build time ≤ 2 × bare Astro (N=10000)': 'FAIL',
    "peak memory below bare Astro's (N=10000)": 'FAIL',
    'time before the first page ≤ 10 × its time at N=1000': 'FAIL',
  });
});

test('a baseline stopped at the time limit is a bound; nothing unmeasured passes', () => {
  const stopped = checkBudgets(large({}, { ok: false, timedOut: true, wallMs: 900_000 }), at1000);
  expect(stopped.find((b: { name: string }) => b.name.startsWith('build time'))).toMatchObject({
    name: 'build time ≤ 2 × bare Astro (N=10000) (baseline stopped at the limit: a bound)',
    status: 'pass',
  });
  expect(statuses(large({}, { ok: false, exitCode: 1 }), {})).toMatchObject({
    'build time ≤ 2 × bare Astro (N=10000)': 'n/a',
    'time before the first page ≤ 10 × its time at N=1000': 'n/a',
  });
});
