import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeCorpus } from '../../bench/gen/corpus.mjs';
import { tokenKeys } from '../../src/lib/codes/parse-query.ts';
import { bodyText } from '../../src/lib/search/build/html-text.ts';
import { IndexClient } from '../../src/lib/search/client/index-client.ts';
import { search } from '../../src/lib/search/client/rank.ts';
import { decode, paths } from '../../src/lib/search/format/decode.ts';
import { refInfo } from '../../src/lib/search/format/refs.ts';
import { wholeTerm } from '../../src/lib/search/format/tokenize.ts';
import { KEY_PREFIX } from '../../src/lib/search/format/wire.ts';
import { buildSearch } from '../search/in-process.ts';

/**
 * Recall on the benchmark's synthetic corpus (bench/gen): words sampled from article bodies, half
 * of them rare (in one article only), each find their article (or one of its steps) among the
 * top 10 articles of the results.
 */

const N = 60;
const SAMPLES = 500;
const contentDir = join(tmpdir(), `kb-search-recall-${N}`);
writeCorpus({ seed: 'kb-search-recall', n: N, contentDir });
const built = await buildSearch(contentDir);
const { site } = built;

/** A small seeded PRNG (mulberry32), so the sample is the same on every run. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** In how many articles each index term occurs (steps and catalog pages not counted). */
function articleFrequencies(lang: 'pl' | 'en'): Map<string, number> {
  const files = built.files[lang];
  const manifest = decode('manifest', files.get('manifest.json')!);
  const df = new Map<string, number>();
  for (const [path, json] of files) {
    if (!path.startsWith('s/')) continue;
    const shard = decode('shard', json);
    const at = Number(path.slice(2, -5));
    shard.terms.forEach((term, i) => {
      // A long term's shard holds its best documents only; its whole list is a file of its own.
      const flat =
        shard.long?.[i] === undefined
          ? shard.postings[i]!
          : decode('long', files.get(paths.long(at, i))!).postings;
      let ref = 0;
      let n = 0;
      for (let k = 0; k < flat.length; k += 2) {
        ref += flat[k]!;
        if (refInfo(manifest, ref).kind === 'article') n++;
      }
      df.set(term, n);
    });
  }
  return df;
}

describe.each(['pl', 'en'] as const)('recall on the synthetic corpus (%s)', (lang) => {
  const df = articleFrequencies(lang);
  // Words and technical tokens as written in each body (`Get-ExchangeCertificate`, `contoso.com`),
  // with how many articles hold their term. Codes of the catalog are left out: there the pages
  // that cite the code rightly come first (the code tests cover them).
  const candidates = site.articles
    .filter((a) => a.lang === lang)
    .flatMap((a) => {
      const text = bodyText(a.html);
      const all = [text.body, ...text.steps.values()].join('\n');
      const words = new Set(all.match(/[\p{L}\p{N}](?:[\p{L}\p{N}._-]*[\p{L}\p{N}])?/gu) ?? []);
      return [...words]
        .filter((w) => w.length >= 4 && !tokenKeys(w).some((k) => df.has(`${KEY_PREFIX}${k}`)))
        .map((w) => ({ w, kb: a.kb, df: df.get(wholeTerm(w, lang)) ?? 0 }));
    });
  const random = rng(lang === 'pl' ? 1 : 2);
  // Rare: one article has the word. Others: at most ten (a word in more cannot promise one
  // article a place among ten).
  const rare = candidates.filter((c) => c.df === 1);
  const some = candidates.filter((c) => c.df > 1 && c.df <= 10);
  /** `k` items of a list in a seeded random order, each once while the list lasts. */
  const pick = <T>(list: T[], k: number) => {
    const order = list.map((x) => ({ x, r: random() })).sort((a, b) => a.r - b.r);
    return Array.from({ length: k }, (_, i) => order[i % order.length]!.x);
  };
  const sample = [...pick(rare, SAMPLES / 2), ...pick(some, SAMPLES / 2)];

  test(`${SAMPLES} body words (half of them rare) each find their article in the top 10`, async () => {
    expect(rare.length).toBeGreaterThan(20);
    const misses: string[] = [];
    for (const { w, kb } of sample) {
      // The top 10 articles: an article's steps listed under it are not other articles.
      const { hits } = await built.query(lang, w, 40);
      const articles = [...new Set(hits.map((h) => /\/kb\/(\d+)\//.exec(h.href)?.[1] ?? h.href))];
      if (!articles.slice(0, 10).includes(kb)) misses.push(`${w} (KB ${kb})`);
    }
    console.log(
      `${lang}: ${SAMPLES - misses.length}/${SAMPLES} found in the top 10 (drawn from ${rare.length} rare and ${some.length} other body words)`,
    );
    expect(misses).toEqual([]);
  }, 120_000);

  test('one word ranks the same on the heads of long terms as on their whole lists', async () => {
    const files = built.files[lang];
    /** A client that always reads long terms whole. */
    class WholeClient extends IndexClient {
      override postings(term: string) {
        return super.postings(term, true);
      }
    }
    const whole = new WholeClient(async (path) => files.get(path)!);
    const heads = built.client(lang);
    // The most common words (long terms), whole and as beginnings being typed.
    const common = [...new Map(candidates.map((c) => [c.w.toLowerCase(), c])).values()]
      .sort((a, b) => b.df - a.df)
      .slice(0, 60)
      .map((c) => c.w);
    expect([...files.keys()].filter((p) => p.startsWith('l/')).length).toBeGreaterThan(20);
    for (const q of [...common, ...common.map((w) => w.slice(0, 4))]) {
      const href = async (client: IndexClient) =>
        (await search(client, lang, q, { limit: 30 })).hits.map((h) => h.href);
      expect(await href(heads), q).toEqual(await href(whole));
    }
  }, 120_000);
});
