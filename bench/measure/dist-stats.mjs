import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size at level 9, the size a well-configured server sends. */
export const gzipBytes = (buf) => gzipSync(buf, { level: 9 }).length;

/** Every file under `dir`, as absolute paths. */
function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/**
 * Figures of a built site: total bytes, HTML pages, the article pages (`{lang}/kb/{id}/index.html`)
 * and the search index of each language if the build wrote one (every file under
 * `{lang}/search-index/`: manifest, term shards and result fragments, summed).
 */
export function distStats(outDir, langs = ['pl', 'en']) {
  const files = walk(outDir);
  let bytes = 0;
  let pages = 0;
  const articlePages = [];
  for (const file of files) {
    bytes += statSync(file).size;
    if (!file.endsWith('.html')) continue;
    pages += 1;
    if (/^(pl|en)\/kb\/\d+\/index\.html$/.test(relative(outDir, file))) articlePages.push(file);
  }
  const searchIndex = {};
  for (const lang of langs) {
    const dir = join(outDir, lang, 'search-index');
    if (!existsSync(dir)) {
      searchIndex[lang] = null;
      continue;
    }
    const stats = { files: 0, rawBytes: 0, gzipBytes: 0 };
    for (const file of walk(dir)) {
      const buf = readFileSync(file);
      stats.files += 1;
      stats.rawBytes += buf.length;
      stats.gzipBytes += gzipBytes(buf);
    }
    searchIndex[lang] = stats;
  }
  return { files: files.length, bytes, pages, articlePages: articlePages.sort(), searchIndex };
}
