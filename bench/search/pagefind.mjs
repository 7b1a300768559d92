// Pagefind 1.6, untuned, on the same built site, for comparison (bench only, never shipped):
// its index build time, the bytes it fetches before the first results of a rare word and for a
// later one, its query times, and its score on the judged query set. Pagefind's browser library
// (pagefind.js and its WebAssembly) runs here in Node with `fetch` served from the files on disk,
// so every byte it asks for is counted (its index and fragments are stored gzip-compressed;
// pagefind.js is counted gzipped).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Runs the Pagefind CLI over `siteDir`, writing to `outDir`; returns its wall time. */
export function buildPagefind(root, siteDir, outDir) {
  rmSync(outDir, { recursive: true, force: true });
  const t0 = performance.now();
  execFileSync(
    join(root, 'node_modules', '.bin', 'pagefind'),
    ['--site', siteDir, '--output-path', outDir],
    {
      stdio: 'ignore',
    },
  );
  return Math.round(performance.now() - t0);
}

/**
 * Pagefind's search library loaded from `outDir` for one language, as a fresh page would: every
 * file it fetches is read from disk and counted (`counter.bytes`, gzip). `search(q, shown)`
 * gives the result URLs, loading the first `shown` fragments as a results list does.
 */
export async function pagefindClient(outDir, lang) {
  const counter = { bytes: 0 };
  // Just enough of a browser page for pagefind.js: an origin, and the page's language.
  globalThis.window = {
    location: { origin: 'http://bench.invalid', href: 'http://bench.invalid/' },
  };
  globalThis.document = {
    currentScript: null,
    querySelector: () => ({ getAttribute: () => lang }),
  };
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (url) => {
    const rel = String(url)
      .replace(/^.*?\/pagefind\//, '')
      .replace(/\?.*$/, '');
    const file = join(outDir, rel);
    if (!existsSync(file)) return new Response('not found', { status: 404 });
    const body = readFileSync(file);
    counter.bytes += /\.(js|json|css)$/.test(file) ? gzipSync(body).length : body.length;
    return new Response(body);
  };
  counter.bytes += gzipSync(readFileSync(join(outDir, 'pagefind.js'))).length;
  // A fresh module instance per client: the query string defeats the module cache.
  const pagefind = await import(
    `${pathToFileURL(join(outDir, 'pagefind.js')).href}?${Math.random()}`
  );
  await pagefind.options({ basePath: 'http://bench.invalid/pagefind/' });
  await pagefind.init();
  return {
    counter,
    search: async (q, shown = 8) => {
      const r = await pagefind.search(q);
      const data = await Promise.all(r.results.slice(0, shown).map((x) => x.data()));
      return data.map((d) => d.url);
    },
    close: async () => {
      await pagefind.destroy();
      globalThis.fetch = realFetch;
    },
  };
}

/** Pagefind's success@1, success@3, MRR@10 and empty results on the judged set, given built sites by corpus. */
export async function pagefindJudged(root, sites) {
  const { queries } = JSON.parse(readFileSync(join(root, 'tests/search/judged.json'), 'utf8'));
  const ranks = [];
  let empty = 0;
  for (const [corpus, siteDir] of Object.entries(sites)) {
    const out = join(
      root,
      'node_modules',
      '.cache',
      `pagefind-judged-${corpus.replace(/\W+/g, '-')}`,
    );
    buildPagefind(root, siteDir, out);
    for (const lang of ['pl', 'en']) {
      const client = await pagefindClient(out, lang);
      for (const j of queries.filter((q) => q.corpus === corpus && q.lang === lang)) {
        const urls = (await client.search(j.q, 10)).map((u) => u.replace(/index\.html$/, ''));
        if (urls.length === 0) empty++;
        ranks.push(urls.findIndex((u) => j.accept.includes(u)) + 1);
      }
      await client.close();
    }
  }
  const n = ranks.length;
  const at = (k) => ranks.filter((r) => r > 0 && r <= k).length / n;
  return {
    queries: n,
    success1: +at(1).toFixed(3),
    success3: +at(3).toFixed(3),
    mrr10: +(ranks.reduce((s, r) => s + (r > 0 ? 1 / r : 0), 0) / n).toFixed(3),
    empty,
  };
}

/**
 * Pagefind's figures on a built site, with the same rare words and query mix as ours (`rows`):
 * its index build, bytes before the first results and per later query, query median and p95.
 */
export async function pagefindRows(root, outDir, rows) {
  const pf = join(root, 'node_modules', '.cache', 'pagefind-bench');
  const buildMs = buildPagefind(root, outDir, pf);
  const out = [];
  for (const row of rows) {
    const first = [];
    const later = [];
    const rare = row.rareWords;
    for (let i = 0; i + 1 < rare.length; i += 2) {
      const client = await pagefindClient(pf, row.lang);
      await client.search(rare[i], 8);
      first.push(client.counter.bytes);
      const before = client.counter.bytes;
      await client.search(rare[i + 1], 8);
      later.push(client.counter.bytes - before);
      await client.close();
    }
    const client = await pagefindClient(pf, row.lang);
    for (const q of row.mix) await client.search(q, 30);
    const times = [];
    for (const q of row.mix) {
      const t = performance.now();
      await client.search(q, 30);
      times.push(performance.now() - t);
    }
    await client.close();
    const q = (xs, p) =>
      [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
    out.push({
      engine: 'pagefind',
      n: row.n,
      lang: row.lang,
      indexBuildMs: Math.round(buildMs / rows.length),
      firstRareGzipMedian: q(first, 0.5),
      firstRareGzipMax: Math.max(...first),
      laterRareGzipMedian: q(later, 0.5),
      laterRareGzipMax: Math.max(...later),
      queryMedianMs: Math.round(q(times, 0.5) * 100) / 100,
      queryP95Ms: Math.round(q(times, 0.95) * 100) / 100,
      queries: times.length,
    });
  }
  return out;
}
