import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The gzip bytes of the scripts a reader downloads before the first results, from a built site:
 * the search page's module scripts, the search engine chunk, and what they import statically
 * (Fuse.js is imported dynamically, for typos only, so it does not count).
 */
export function scriptBytes(outDir: string): { gzip: number; files: string[] } {
  const html = readFileSync(join(outDir, 'en', 'search', 'index.html'), 'utf8');
  const astro = join(outDir, '_astro');
  const engine = readdirSync(astro).filter((f) => /^engine\..*\.js$/.test(f));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(astro, file), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) visit(m[1]!);
  };
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="\/_astro\/([^"]+\.js)"/g))
    visit(m[1]!);
  for (const m of html.matchAll(/import\s*["']\/_astro\/([^"']+\.js)["']/g)) visit(m[1]!);
  engine.forEach(visit);
  const files = [...seen];
  return {
    gzip: files.reduce((s, f) => s + gzipSync(readFileSync(join(astro, f))).length, 0),
    files,
  };
}
