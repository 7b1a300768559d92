import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipBytes } from './dist-stats.mjs';

// es-module-lexer is what Vite itself uses to find imports (a dependency of astro); a regex is
// the fallback should it ever move, good enough for Vite's minified `import{a}from"./x.js"`.
let lexer;
try {
  lexer = await import('es-module-lexer');
  await lexer.init;
} catch {
  lexer = undefined;
}

/** Static import specifiers of a module (dynamic `import()` is left out: it loads on use, not on first view). */
function staticImports(code) {
  if (lexer) {
    try {
      return lexer
        .parse(code)[0]
        .filter((i) => i.d === -1 && i.n)
        .map((i) => i.n);
    } catch {
      // Fall through to the regex for code the lexer refuses.
    }
  }
  return [...code.matchAll(/\b(?:import|export)\s*(?:[^"'()]*?\bfrom\s*)?["']([^"']+)["']/g)].map(
    (m) => m[1],
  );
}

/** The value of one attribute in a tag's text. */
const attr = (tag, name) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/** A URL of the page as a file of the built site, or undefined for other origins. */
function toFile(url, pageFile, outDir) {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return undefined;
  const path = url.split(/[?#]/)[0];
  return path.startsWith('/') ? join(outDir, path) : resolve(dirname(pageFile), path);
}

/**
 * Measures one page's first view: the HTML plus every stylesheet, module preload and script it
 * references, and their static imports (`import`, CSS `@import`), each gzipped at level 9 and
 * counted once. `cache` (a Map) shares asset sizes between pages of one site.
 */
export function pageWeight(pageFile, outDir, cache = new Map()) {
  const html = readFileSync(pageFile);
  const text = html.toString('utf8');
  const seen = new Set();
  const missing = [];
  const totals = { html: gzipBytes(html), css: 0, js: 0 };
  const add = (file, kind) => {
    if (!file || seen.has(file)) return;
    seen.add(file);
    if (!existsSync(file) || !statSync(file).isFile()) {
      missing.push(file);
      return;
    }
    if (!cache.has(file)) {
      const buf = readFileSync(file);
      const code = buf.toString('utf8');
      const deps =
        kind === 'js'
          ? staticImports(code)
          : [...code.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/g)].map((m) => m[1]);
      cache.set(file, {
        gzip: gzipBytes(buf),
        deps: deps.map((d) => (d.startsWith('/') ? join(outDir, d) : resolve(dirname(file), d))),
      });
    }
    const { gzip, deps } = cache.get(file);
    totals[kind] += gzip;
    for (const dep of deps) add(dep, kind);
  };
  for (const [tag] of text.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet')) add(toFile(attr(tag, 'href') ?? '', pageFile, outDir), 'css');
    if (rel.includes('modulepreload')) add(toFile(attr(tag, 'href') ?? '', pageFile, outDir), 'js');
  }
  for (const [, open, body] of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = (attr(open, 'type') ?? '').toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue; // JSON data blocks
    const src = attr(open, 'src');
    if (src) add(toFile(src, pageFile, outDir), 'js');
    // An inline script's own bytes are in the HTML already; only what it imports is extra.
    else for (const dep of staticImports(body)) add(toFile(dep, pageFile, outDir), 'js');
  }
  const assets = [...seen].map((f) => f.slice(outDir.length));
  return { ...totals, total: totals.html + totals.css + totals.js, assets, missing };
}

/**
 * First-view weight over a site's article pages: the median page and the heaviest. Big sites
 * (over 2,000 article pages) are sampled: every k-th page plus the 50 largest HTML files, where
 * the heaviest page is, to keep a 20,000-page measurement to seconds.
 */
export function articleWeights(articlePages, outDir, maxSample = 2000) {
  if (articlePages.length === 0) return undefined;
  const step = Math.max(1, Math.ceil(articlePages.length / maxSample));
  const sizes = new Map(articlePages.map((f) => [f, statSync(f).size]));
  const bySize = [...articlePages].sort((a, b) => sizes.get(b) - sizes.get(a)).slice(0, 50);
  const sample = [...new Set([...articlePages.filter((_, i) => i % step === 0), ...bySize])];
  const cache = new Map();
  const weights = sample.map((file) => ({
    file: file.slice(outDir.length),
    ...pageWeight(file, outDir, cache),
  }));
  weights.sort((a, b) => a.total - b.total);
  const median = weights[Math.floor(weights.length / 2)];
  const heaviest = weights[weights.length - 1];
  const maxJs = Math.max(...weights.map((w) => w.js));
  return { measured: weights.length, of: articlePages.length, median, heaviest, maxJsBytes: maxJs };
}
