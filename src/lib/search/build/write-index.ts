import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { IndexFiles } from './files.ts';

/** An index file's path: folders and names of letters, digits, `-` and `_`, ending in `.json`. */
const SAFE = /^(?:[\w-]+\/)*[\w-]+\.json$/;

/**
 * Writes one language's index files into `dir` (emptied first). Throws on a path that is not a
 * plain relative one, so nothing outside `dir` is ever written. Returns how many files it wrote.
 */
export function writeIndexFiles(dir: string, files: IndexFiles): number {
  rmSync(dir, { recursive: true, force: true });
  const made = new Set<string>();
  for (const [path, body] of files) {
    if (!SAFE.test(path)) throw new Error(`The search index names an unsafe path: ${path}`);
    const folder = dirname(join(dir, path));
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(join(dir, path), body);
  }
  return files.size;
}
