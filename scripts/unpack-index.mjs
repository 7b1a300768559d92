// Spreads each language's search-index pack (written by the `[lang]/search-index` route in a
// build) into its files, then removes the pack. It runs in scripts/build.mjs (the project's Node 24,
// which reads the pack name from its .ts module) after Astro and before the link gate.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SEARCH_INDEX_PACK as PACK } from '../src/lib/search/build/pack.ts';

/** An index file's path: folders and names of letters, digits, `-` and `_`, ending in `.json`. */
const SAFE = /^(?:[\w-]+\/)*[\w-]+\.json$/;

/**
 * Writes the files of every `{lang}/search-index/pack.json` under `outDir` and removes the packs.
 * Returns how many files it wrote and the time it took; throws on a path that is not a plain
 * relative one (nothing outside the index folder is ever written).
 */
export function unpackSearchIndexes(outDir) {
  const started = performance.now();
  let files = 0;
  for (const entry of readdirSync(outDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = join(outDir, entry.name, 'search-index');
    let text;
    try {
      text = readFileSync(join(dir, PACK), 'utf8');
    } catch {
      continue;
    }
    const made = new Set();
    for (const [path, body] of Object.entries(JSON.parse(text))) {
      if (!SAFE.test(path)) throw new Error(`Search index pack names an unsafe path: ${path}`);
      const folder = dirname(join(dir, path));
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
      writeFileSync(join(dir, path), body);
      files += 1;
    }
    rmSync(join(dir, PACK));
  }
  return { files, ms: Math.round(performance.now() - started) };
}
