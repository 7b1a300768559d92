import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bodyText } from '../../src/lib/search/build/html-text.ts';
import { buildSearchFiles, type IndexFiles } from '../../src/lib/search/build/files.ts';
import { indexInput } from '../../src/lib/search/build/index-input.ts';
import { IndexClient } from '../../src/lib/search/client/index-client.ts';
import { search } from '../../src/lib/search/client/rank.ts';
import { loadSite } from '../../src/lib/content/load-site.ts';
import type { SiteContent } from '../../src/lib/content/model.ts';
import { decode, paths } from '../../src/lib/search/format/decode.ts';
import { refInfo } from '../../src/lib/search/format/refs.ts';
import { wholeTerm } from '../../src/lib/search/format/tokenize.ts';
import { scriptBytes } from './scripts.ts';
import { median, quantile, round } from './stats.ts';

/** One line of the search benchmark: one corpus size in one language. */
export interface SearchBenchRow {
  n: number;
  lang: 'pl' | 'en';
  /** Index build (documents, BM25F, shards, fragments) of this language, in this process. */
  indexBuildMs: number;
  /** The same in CPU time (on a loaded machine, wall time mostly measures the others). */
  indexBuildCpuMs: number;
  files: number;
  shards: number;
  /** Largest index file, gzip. */
  largestFileGzip: number;
  manifestGzip: number;
  /** Search scripts (box, results page, engine and their imports), gzip; `bundled` when no build was given. */
  scriptsGzip: number;
  scriptsSource: string;
  /** The search page's other features' scripts (log analysis, language switch), gzip; not counted. */
  otherPageScriptsGzip?: number;
  /** Bytes (gzip) before the first results of a rare body word in the box: median and worst. */
  firstRareGzipMedian: number;
  firstRareGzipMax: number;
  /** Of the first results' bytes, the median manifest, shards and fragments (gzip). */
  firstManifestGzip: number;
  firstShardsGzipMedian: number;
  firstFragmentsGzipMedian: number;
  /** Bytes (gzip) a second rare word adds: median and worst. */
  laterRareGzipMedian: number;
  laterRareGzipMax: number;
  /** Query times after loading, over a mix of rare and common words, pairs, prefixes, typos, codes. */
  queryMedianMs: number;
  queryP95Ms: number;
  /** p95 of the queries' CPU time. */
  queryP95CpuMs: number;
  queries: number;
  /** The rare words sampled are held by at most this many articles. */
  rareDf: number;
  /** The rare words drawn (for measuring another engine on the same queries). */
  rareWords: string[];
  /** The whole query mix timed. */
  mix: string[];
  /** Typos (a rare word with a middle letter left out): share whose word Fuse found, and its time. */
  typoFound: number;
  typoFuseMedianMs: number;
}

const gz = (text: string) => gzipSync(text).length;

/** Gzip bytes read, in all and by kind of file. */
interface Counter {
  bytes: number;
  manifest?: number;
  shards?: number;
  fragments?: number;
}

/** A client over built files that counts the gzip bytes of each file it reads. */
function countingClient(files: IndexFiles, counter: Counter): IndexClient {
  return new IndexClient(async (path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`no index file ${path}`);
    const bytes = gz(text);
    counter.bytes += bytes;
    const kind = path.startsWith('s/')
      ? 'shards'
      : path.startsWith('f/')
        ? 'fragments'
        : 'manifest';
    counter[kind] = (counter[kind] ?? 0) + bytes;
    return text;
  });
}

/** Index files as a build wrote them under `outDir/{lang}/search-index/`. */
function filesFromDist(outDir: string, lang: string): IndexFiles | undefined {
  const base = join(outDir, lang, 'search-index');
  if (!existsSync(join(base, 'manifest.json'))) return undefined;
  const files: IndexFiles = new Map([
    ['manifest.json', readFileSync(join(base, 'manifest.json'), 'utf8')],
  ]);
  for (const dir of ['s', 'f', 'l'].filter((d) => existsSync(join(base, d))))
    for (const f of readdirSync(join(base, dir)))
      files.set(`${dir}/${f}`, readFileSync(join(base, dir, f), 'utf8'));
  return files;
}

/** Words of article bodies as written, by how many articles hold their term. */
function bodyWords(site: SiteContent, lang: 'pl' | 'en', files: IndexFiles) {
  const manifest = decode('manifest', files.get('manifest.json')!);
  const df = new Map<string, number>();
  for (const [path, json] of files) {
    if (!path.startsWith('s/')) continue;
    const shard = decode('shard', json);
    const at = Number(path.slice(2, -5));
    shard.terms.forEach((term, i) => {
      let ref = 0;
      let n = 0;
      // A long term's shard holds its best documents only; its whole list is a file of its own.
      const flat =
        shard.long?.[i] === undefined
          ? shard.postings[i]!
          : decode('long', files.get(paths.long(at, i))!).postings;
      for (let k = 0; k < flat.length; k += 2) {
        ref += flat[k]!;
        if (refInfo(manifest, ref).kind === 'article') n++;
      }
      df.set(term, n);
    });
  }
  const words = new Map<string, number>();
  for (const a of site.articles.filter((x) => x.lang === lang)) {
    const t = bodyText(a.html);
    for (const w of [t.body, ...t.steps.values()].join('\n').match(/\p{L}{4,}/gu) ?? [])
      words.set(w, df.get(wholeTerm(w, lang)) ?? 0);
  }
  return [...words].map(([w, n]) => ({ w, df: n }));
}

/** A seeded shuffle (mulberry32), so every run draws the same words. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return list
    .map((x) => ({ x, r: rnd() }))
    .sort((a, b) => a.r - b.r)
    .map((e) => e.x);
}

/** The search figures of one corpus: build, bytes before results, query times, per language. */
export async function runSearchBench(opts: {
  n: number;
  root: string;
  contentDir: string;
  outDir?: string;
}): Promise<SearchBenchRow[]> {
  const site = await loadSite(opts.root, opts.contentDir);
  const rows: SearchBenchRow[] = [];
  const scripts = opts.outDir ? scriptBytes(opts.outDir) : undefined;
  for (const lang of ['pl', 'en'] as const) {
    const articles = site.articles
      .filter((v) => v.lang === lang)
      .map((v) => ({ ...v.data, kb: v.kb, headings: v.headings, html: v.html }));
    const input = indexInput(lang, articles, site.events, site.errors);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const built = buildSearchFiles(input);
    const indexBuildMs = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    const indexBuildCpuMs = (cpu.user + cpu.system) / 1000;
    const files = (opts.outDir && filesFromDist(opts.outDir, lang)) || built;
    const scriptsGzip = scripts?.gzip ?? (await bundledScriptBytes(opts.root));
    const words = bodyWords(site, lang, files);
    // Rare: the body words held by the fewest articles (the generator's vocabulary is finite,
    // so at 1,000 articles the rarest may be in a few articles rather than one).
    const byRarity = words.filter((w) => w.df > 0).sort((a, b) => a.df - b.df);
    const rare = shuffled(
      byRarity.slice(0, 80).map((w) => w.w),
      7,
    ).slice(0, 40);
    const rareDf = byRarity[Math.min(79, byRarity.length - 1)]?.df ?? 0;
    const common = shuffled(
      words.filter((w) => w.df > 20).map((w) => w.w),
      8,
    ).slice(0, 40);
    // Bytes: a fresh page, a rare word typed into the box (8 suggestions), then another one.
    const first: number[] = [];
    const later: number[] = [];
    const parts = { manifest: [] as number[], shards: [] as number[], fragments: [] as number[] };
    for (let i = 0; i + 1 < rare.length; i += 2) {
      const counter: Counter = { bytes: 0 };
      const client = countingClient(files, counter);
      await search(client, lang, rare[i]!, { limit: 8 });
      first.push(scriptsGzip + counter.bytes);
      for (const k of ['manifest', 'shards', 'fragments'] as const) parts[k].push(counter[k] ?? 0);
      const before = counter.bytes;
      await search(client, lang, rare[i + 1]!, { limit: 8 });
      later.push(counter.bytes - before);
    }
    // Query time once the files a query needs are loaded: each query run once to load, then timed.
    const mix = [
      ...rare,
      ...common,
      ...common.slice(0, 20).map((w, i) => `${w} ${rare[i] ?? ''}`),
      ...common.slice(0, 20).map((w) => w.slice(0, 4)),
      ...rare.slice(0, 20).map((w) => w.slice(0, -2) + w.slice(-1)),
      ...site.events.slice(0, 20).map((e) => String(e.id)),
      ...site.errors.slice(0, 20).map((e) => e.code.toUpperCase()),
    ];
    const client = countingClient(files, { bytes: 0 });
    for (const q of mix) await search(client, lang, q, { limit: 30 });
    const times: number[] = [];
    const cpuTimes: number[] = [];
    for (const q of mix) {
      const t = performance.now();
      const c = process.cpuUsage();
      await search(client, lang, q, { limit: 30 });
      const u = process.cpuUsage(c);
      times.push(performance.now() - t);
      cpuTimes.push((u.user + u.system) / 1000);
    }
    // Fuse over the terms of one shard: does it find the word a typo meant, and how fast?
    const { nearTerms } = await import('../../src/lib/search/client/fuzzy.ts');
    let found = 0;
    const fuseTimes: number[] = [];
    for (const w of rare) {
      // A letter left out in the middle (typos keep the first three letters, where Fuse looks).
      const k = Math.max(3, Math.floor(w.length / 2));
      const typo = w.slice(0, k) + w.slice(k + 1);
      const term = wholeTerm(w, lang);
      const terms = await client.neighbours(wholeTerm(typo, lang));
      const t = performance.now();
      const near = await nearTerms(wholeTerm(typo, lang), terms);
      fuseTimes.push(performance.now() - t);
      if (near.includes(term)) found++;
    }
    const sizes = [...files.values()].map(gz);
    rows.push({
      n: opts.n,
      lang,
      indexBuildMs: Math.round(indexBuildMs),
      indexBuildCpuMs: Math.round(indexBuildCpuMs),
      files: files.size,
      shards: [...files.keys()].filter((k) => k.startsWith('s/')).length,
      largestFileGzip: Math.max(...sizes),
      manifestGzip: gz(files.get('manifest.json')!),
      scriptsGzip,
      scriptsSource: scripts ? 'dist' : 'bundled',
      ...(scripts ? { otherPageScriptsGzip: scripts.otherGzip } : {}),
      firstRareGzipMedian: Math.round(median(first)),
      firstRareGzipMax: Math.max(...first),
      firstManifestGzip: Math.round(median(parts.manifest)),
      firstShardsGzipMedian: Math.round(median(parts.shards)),
      firstFragmentsGzipMedian: Math.round(median(parts.fragments)),
      laterRareGzipMedian: Math.round(median(later)),
      laterRareGzipMax: Math.max(...later),
      queryMedianMs: round(median(times)),
      queryP95Ms: round(quantile(times, 0.95)),
      queryP95CpuMs: round(quantile(cpuTimes, 0.95)),
      queries: times.length,
      rareDf,
      rareWords: rare,
      mix,
      typoFound: round(found / Math.max(1, rare.length)),
      typoFuseMedianMs: round(median(fuseTimes)),
    });
  }
  return rows;
}

/** Without a build: the box, the results page and the engine bundled and minified here, as Vite would. */
async function bundledScriptBytes(root: string): Promise<number> {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: ['kb-search-box.ts', 'kb-search-results.ts'].map((f) =>
      join(root, 'src/lib/search/client', f),
    ),
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: join(root, 'node_modules/.cache/kb-search-scripts'),
    write: false,
    logLevel: 'error',
  });
  // Fuse.js is fetched only for a word without a match (a typo): not before the first results.
  return out.outputFiles
    .filter((f) => !/fuse/i.test(f.text.slice(0, 2000)) || f.path.includes('kb-search-box'))
    .reduce((s, f) => s + gzipSync(f.contents).length, 0);
}

/** Our success@1, success@3, MRR@10 and empty results on the judged set, built in this process. */
export async function judgedScore(root: string) {
  const { queries } = JSON.parse(readFileSync(join(root, 'tests/search/judged.json'), 'utf8')) as {
    queries: Array<{ corpus: string; lang: 'pl' | 'en'; q: string; accept: string[] }>;
  };
  const ranks: number[] = [];
  let empty = 0;
  for (const corpus of new Set(queries.map((q) => q.corpus))) {
    const site = await loadSite(root, join(root, corpus));
    for (const lang of ['pl', 'en'] as const) {
      const articles = site.articles
        .filter((v) => v.lang === lang)
        .map((v) => ({ ...v.data, kb: v.kb, headings: v.headings, html: v.html }));
      const files = buildSearchFiles(indexInput(lang, articles, site.events, site.errors));
      for (const j of queries.filter((q) => q.corpus === corpus && q.lang === lang)) {
        const { hits } = await search(countingClient(files, { bytes: 0 }), lang, j.q, {
          limit: 10,
        });
        if (hits.length === 0) empty++;
        ranks.push(hits.findIndex((h) => j.accept.includes(h.href)) + 1);
      }
    }
  }
  const n = ranks.length;
  const at = (k: number) => ranks.filter((r) => r > 0 && r <= k).length / n;
  return {
    queries: n,
    success1: round(at(1) * 10) / 10,
    success3: round(at(3) * 10) / 10,
    mrr10: round((ranks.reduce((s, r) => s + (r > 0 ? 1 / r : 0), 0) / n) * 10) / 10,
    empty,
  };
}
