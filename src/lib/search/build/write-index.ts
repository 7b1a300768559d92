import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** An index file's path: folders and names of letters, digits, `-` and `_`, ending in `.json`. */
const SAFE = /^(?:[\w-]+\/)*[\w-]+\.json$/;

/**
 * A writer of one language's index files into `dir` (emptied first), one file per call. Throws on
 * a path that is not a plain relative one, so nothing outside `dir` is ever written. `count()`
 * says how many files it wrote.
 */
export function indexWriter(dir: string) {
  rmSync(dir, { recursive: true, force: true });
  const made = new Set<string>();
  let count = 0;
  const write = (path: string, body: string | Uint8Array) => {
    if (!SAFE.test(path)) throw new Error(`The search index names an unsafe path: ${path}`);
    const folder = dirname(join(dir, path));
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(join(dir, path), body);
    count++;
  };
  return { write, count: () => count };
}
