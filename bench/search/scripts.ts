import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The search's scripts in a built site, and what the search page loads besides them. */
export interface ScriptBytes {
  /** Gzip bytes of the search's scripts (see {@link scriptBytes}). */
  gzip: number;
  /** Their files under `_astro/`. */
  files: string[];
  /** Gzip bytes of the search page's other scripts (other features: log analysis, language switch). */
  otherGzip: number;
  /** Their files. */
  otherFiles: string[];
}

/**
 * The gzip bytes of the scripts the search needs before its first results, from a built site:
 * the box's and the results page's entry scripts (those defining `kb-search-*`), the engine
 * chunk, and what they import statically. Fuse.js is imported dynamically, for typos only, so it
 * does not count. The search page's other entry scripts (the log analysis offered there, the
 * language switch) are other features' bytes: they are measured apart, in `otherGzip`.
 */
export function scriptBytes(outDir: string): ScriptBytes {
  const html = readFileSync(join(outDir, 'en', 'search', 'index.html'), 'utf8');
  const astro = join(outDir, '_astro');
  const read = (file: string) => readFileSync(join(astro, file), 'utf8');
  const closure = (entries: readonly string[], seen = new Set<string>()) => {
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of read(file).matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g))
        visit(m[1]!);
    };
    entries.forEach(visit);
    return seen;
  };
  const entries = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="\/_astro\/([^"]+\.js)"/g)],
    ...[...html.matchAll(/import\s*["']\/_astro\/([^"']+\.js)["']/g)],
  ].map((m) => m[1]!);
  const isSearch = (file: string) => /["'`]kb-search-(?:box|results)["'`]/.test(read(file));
  const engine = readdirSync(astro).filter((f) => /^engine\..*\.js$/.test(f));
  const search = closure([...entries.filter(isSearch), ...engine]);
  const other = [...closure(entries.filter((f) => !isSearch(f)))].filter((f) => !search.has(f));
  const gzip = (files: Iterable<string>) =>
    [...files].reduce((s, f) => s + gzipSync(readFileSync(join(astro, f))).length, 0);
  return { gzip: gzip(search), files: [...search], otherGzip: gzip(other), otherFiles: other };
}
