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
 * Pagefind's search library loaded from `outDir`, with a byte counter: `fresh()` gives a new
 * instance (nothing cached), `bytes` what it fetched so far.
 */
export async function pagefindClient(outDir, lang) {
  const counter = { bytes: 0 };
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (url) => {
    const path = decodeURIComponent(new URL(String(url), 'file:///').pathname);
    const file = path.startsWith(outDir) ? path : join(outDir, path.replace(/^.*\/pagefind\//, ''));
    if (!existsSync(file)) return new Response('not found', { status: 404 });
    const body = readFileSync(file);
    counter.bytes += /\.(js|json|css)$/.test(file) ? gzipSync(body).length : body.length;
    return new Response(body);
  };
  // A fresh module instance per client: the query string defeats the module cache.
  const url = `${pathToFileURL(join(outDir, 'pagefind.js')).href}?${Math.random()}`;
  counter.bytes += gzipSync(readFileSync(join(outDir, 'pagefind.js'))).length;
  const pagefind = await import(url);
  await pagefind.options({ basePath: `${outDir}/` });
  await pagefind.init(lang);
  return {
    counter,
    /** The result URLs of a query, the first `shown` with their fragments loaded (as a UI does). */
    search: async (q, shown = 8) => {
      const r = await pagefind.search(q);
      const data = await Promise.all(r.results.slice(0, shown).map((x) => x.data()));
      return data.map((d) => d.url);
    },
    restore: () => (globalThis.fetch = realFetch),
  };
}
