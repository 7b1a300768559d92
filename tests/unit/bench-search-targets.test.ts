import { describe, expect, test } from 'vitest';
import { brokenTargets, searchBudgets } from '../../bench/search/targets.mjs';

/** A row of the search bench with the figures the targets read. */
const row = (n: number, lang: string, figures: Record<string, number> = {}) => ({
  n,
  lang,
  indexBuildMs: 1000,
  firstRareGzipMedian: 40_000,
  firstRareGzipMax: 50_000,
  laterRareGzipMedian: 15_000,
  laterRareGzipMax: 20_000,
  queryP95Ms: 10,
  queryP95CpuMs: 8,
  queries: 180,
  ...figures,
});

describe('search bench targets (bench/search/targets.mjs)', () => {
  test('10,000 articles are held to their own targets', () => {
    const budgets = searchBudgets([row(10000, 'pl', { firstRareGzipMax: 85_000, queryP95Ms: 45 })]);
    const status = Object.fromEntries(budgets.map((b) => [b.name, b.status]));
    expect(status).toMatchObject({
      'first results of a rare body word ≤ 90,000 B gzip (pl, N=10000)': 'pass',
      'a later rare word adds ≤ 30,000 B gzip (pl, N=10000)': 'pass',
      'query p95 ≤ 40 ms (pl, N=10000)': 'FAIL',
    });
    expect(brokenTargets([row(1000, 'en', { firstRareGzipMax: 60_001 })])).toEqual([
      'first results of a rare body word ≤ 60,000 B gzip (en, N=1000): worst 60,001 B, median 40,000 B',
    ]);
  });

  test('the index build is a verdict on its share of the site build, n/a without one', () => {
    const rows = [row(1000, 'pl'), row(1000, 'en')];
    const share = (opts: object) => searchBudgets(rows, opts).at(-1)!;
    const inBuild = { siteBuildMs: 40_000, indexInBuildMs: 4000, indexCpuMs: 2500, indexWaitMs: 0 };
    expect(share(inBuild)).toMatchObject({
      status: 'pass',
      detail: expect.stringContaining(
        'index built and written in 2,500 ms CPU (both languages, on a worker thread beside the pages: 4,000 ms wall; the build waited 0 ms for it) of a 40,000 ms site build: 6.3%',
      ),
    });
    expect(share({ ...inBuild, indexCpuMs: 4001 }).status).toBe('FAIL');
    // Without the build's own figure, the index built here (2 × 1,000 ms) stands in for it.
    expect(share({ siteBuildMs: 19_000 }).status).toBe('FAIL');
    expect(share({ siteBuildMs: 21_000 }).detail).toContain('index build 2,000 ms');
    expect(share({}).status).toBe('n/a');
  });
});
