import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { RenderedBody } from '../markdown/render.ts';
import type { Tree } from '../../schemas/tree.ts';

/** What only the article page and the search index read: the rendered body and the tree. */
export interface StoredBody extends RenderedBody {
  /** The article's decision tree, if it has one. */
  tree?: Tree | undefined;
}

/**
 * Rendered article bodies (HTML, headings, step blocks) and decision trees, one JSON file per
 * article version named by the digest of its content, outside Astro's data store. Astro compiles its whole store into one
 * module (a single string literal) before the first page; V8 compiles such a literal in time that
 * grows with the square of its size once it holds non-Latin-1 text (Polish): a store carrying
 * every body cost 8 s at 1,000 articles and stalled for minutes at 10,000. The store keeps only
 * each body's file name; the article page and the search index read the file. Content-addressed
 * names make a page's `cacheKey` (which covers the name) change exactly when its body does,
 * whatever caused it (an edit, a new renderer).
 */
export class BodyStore {
  /** Folder of the body files (created on the first write). */
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** Stores a body (unless it is there: the name is its digest) and returns the path to keep. */
  put(body: StoredBody): string {
    const json = JSON.stringify(body);
    const digest = createHash('sha256').update(json).digest('hex').slice(0, 32);
    const file = join(this.dir, `${digest}.json`);
    if (existsSync(file)) return file;
    mkdirSync(this.dir, { recursive: true });
    // Written aside and renamed, so a page never reads half a body.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, json);
    renameSync(tmp, file);
    return file;
  }

  /** Removes every body file not in `keep` (paths returned by `put`). */
  prune(keep: ReadonlySet<string>): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of names) {
      const file = join(this.dir, name);
      if (!keep.has(file)) rmSync(file, { force: true });
    }
  }
}

/** A stored body; an error naming the file when it is gone. */
export function readBody(file: string): StoredBody {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as StoredBody;
  } catch (error) {
    throw new Error(
      `The rendered body ${file} is missing (was the cache folder cleared during the build?): build again.`,
      { cause: error },
    );
  }
}

/** The body if it is still stored, else undefined (it is then rendered again). */
export function readStoredBody(file: string | undefined): StoredBody | undefined {
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as StoredBody;
  } catch {
    return undefined;
  }
}
