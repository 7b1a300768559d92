import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSearch, type BuiltSearch } from '../search/in-process.ts';

/**
 * The judged query set (`tests/search/judged.json`): queries a reader would type over the
 * embedded content and the test fixtures, each with the results acceptable first. Computes
 * success@1, success@3, MRR@10 and the number of empty results on indexes built in this process.
 */

interface Judged {
  corpus: string;
  lang: 'pl' | 'en';
  kind: string;
  q: string;
  accept: string[];
}

const { queries } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../search/judged.json'), 'utf8'),
) as { queries: Judged[] };
const corpora = new Map<string, BuiltSearch>();
for (const c of new Set(queries.map((q) => q.corpus))) corpora.set(c, await buildSearch(c));

/** The rank (1-based) of the first acceptable result in the top 10, or 0; and whether it was empty. */
async function judge(j: Judged): Promise<{ rank: number; empty: boolean; top: string[] }> {
  const { hits } = await corpora.get(j.corpus)!.query(j.lang, j.q, 10);
  const top = hits.map((h) => h.href);
  return { rank: top.findIndex((h) => j.accept.includes(h)) + 1, empty: top.length === 0, top };
}

describe('the judged query set', () => {
  test('success@1, success@3, MRR@10 and empty results meet their thresholds', async () => {
    const results = await Promise.all(queries.map(async (j) => ({ j, ...(await judge(j)) })));
    const n = results.length;
    const at = (k: number) => results.filter((r) => r.rank > 0 && r.rank <= k).length / n;
    const mrr = results.reduce((s, r) => s + (r.rank > 0 ? 1 / r.rank : 0), 0) / n;
    const empty = results.filter((r) => r.empty);
    const misses = results.filter((r) => r.rank !== 1);
    console.log(
      [
        `judged set: ${n} queries (${queries.filter((q) => q.lang === 'pl').length} pl)`,
        `success@1 ${at(1).toFixed(3)}  success@3 ${at(3).toFixed(3)}  MRR@10 ${mrr.toFixed(3)}  empty ${empty.length}`,
        ...misses.map(
          (r) => `  ${r.rank || '-'}  [${r.j.lang} ${r.j.kind}] ${r.j.q} → ${r.top[0] ?? '(none)'}`,
        ),
      ].join('\n'),
    );
    expect(n).toBeGreaterThanOrEqual(80);
    expect(empty.map((r) => `${r.j.lang}: ${r.j.q}`)).toEqual([]);
    expect(at(3)).toBeGreaterThanOrEqual(0.95);
    expect(mrr).toBeGreaterThanOrEqual(0.9);
  });
});
