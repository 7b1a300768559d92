import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderedBody } from '../markdown/render.ts';
import type { Tree } from '../../schemas/tree.ts';
import type { ArticleData } from './model.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** What only the article page and the search index read: the rendered body and the tree. */
export interface StoredBody extends RenderedBody {
  /** The article's decision tree, if it has one. */
  tree?: Tree | undefined;
}

/**
 * Article bodies (HTML, headings, step blocks, tree) and article data (title, summary, steps…),
 * one JSON file each, named by the digest of its content, outside Astro's data store. Astro
 * compiles its whole store into one module (a single string literal) before the first page, and
 * V8 compiles such a literal in time that grows with the square of its size once it holds text
 * beyond Latin-1 (Polish): 28 MB with the bodies cost 8 s at 1,000 articles; 30 MB of data alone
 * 10.7 s at 10,000. So the store keeps each version's two file names and little else (ASCII); the
 * pages read the files. A content-addressed name changes exactly when its content does, so a
 * page's `cacheKey`, which covers the names, changes with the body or data it shows.
 */
export class SideStore {
  /** Folder of the files (created on the first write). */
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** Stores a value as JSON (unless it is there: the name is its digest); returns its path. */
  put(value: StoredBody | ArticleData): string {
    const json = JSON.stringify(value);
    const digest = createHash('sha256').update(json).digest('hex').slice(0, 32);
    const file = join(this.dir, `${digest}.json`);
    if (!existsSync(file)) writeFileAtomic(file, json); // a page never reads half a file
    return file;
  }

  /** Removes every file not in `keep` (paths returned by `put`). */
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

/** A stored file as JSON; an error naming the file when it is gone. */
function readStored<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new Error(
      `The stored file ${file} is missing or unreadable (was the cache folder cleared during the build?): build again.`,
      { cause: error },
    );
  }
}

/** A stored body. */
export function readBody(file: string): StoredBody {
  return readStored<StoredBody>(file);
}

const dataCache = new Map<string, ArticleData>();

/**
 * A stored version's data. Read once per process: the name is the digest of the content, so a
 * cached value is never stale (an edit gives a new name).
 */
export function readArticleData(file: string): ArticleData {
  let data = dataCache.get(file);
  if (!data) dataCache.set(file, (data = readStored<ArticleData>(file)));
  return data;
}

/** The body if it is still stored, else undefined (it is then rendered again). */
export function readStoredBody(file: string | undefined): StoredBody | undefined {
  try {
    return file ? readBody(file) : undefined;
  } catch {
    return undefined;
  }
}
