/**
 * The code data the log analysis reads in the browser: what each code is and which articles and
 * steps cite it, per language, built at build time. It is split into shards by a hash of the
 * code's key, so a page fetches only the few shards holding the codes of a pasted log, and no
 * file grows with the whole corpus: the number of shards does (a power of two, about
 * {@link CODES_PER_SHARD} codes each).
 */

/** Format version of a shard; bumped when the shape changes. */
export const CODE_DATA_VERSION = 1;

/** About how many codes a shard holds; the shard count grows with the catalog. */
export const CODES_PER_SHARD = 64;

/** A citing article: `[kb, title, cited by the article itself (1) or only by steps (0), steps]`. */
export type WireCiter = [kb: string, title: string, article: 0 | 1, steps: WireStep[]];

/** A step citing the code: `[step id, step number, step title]`. */
export type WireStep = [id: string, n: number, title: string];

/** One code, symbolic name or KB number in a shard. */
export interface WireCode {
  /** The key it stands for when not itself: a name's code, a former KB number's article. */
  k?: string;
  /** What it is: `[kind, title]` per kind (`event`, `smtp`, `hresult`, `win32`, `kb`). */
  d: Array<[kind: string, title: string]>;
  /** Symbolic names (errors). */
  n?: string[];
  /** Literal replies as logged (SMTP codes): `504 need to authenticate first`. */
  x?: string[];
  /** The articles citing it, by KB number. */
  c: WireCiter[];
}

/** One shard: the codes whose key hashes to it. */
export interface WireShard {
  /** {@link CODE_DATA_VERSION}. */
  v: number;
  /** Language of the titles. */
  l: string;
  /** Codes by key (`event:7004`, `error:0x8009030c`, `kb:123456`, `name:sec_e_logon_denied`). */
  e: Record<string, WireCode>;
}

/**
 * `/{lang}/code-data/manifest.json`: at a fixed URL, fetched fresh on every page load, it names
 * how many shards there are and the content version they are fetched with, so a page never
 * carries either (an edit then changes the data files, not every page).
 */
export interface WireCodeManifest {
  /** {@link CODE_DATA_VERSION}. */
  v: number;
  /** How many shards the data is split into. */
  shards: number;
  /** A digest of every shard, put in the shards' query so a cached one never outlives them. */
  version: string;
}

/** How many shards a catalog of `keys` keys gets: a power of two. */
export function shardCount(keys: number): number {
  let n = 1;
  while (n * CODES_PER_SHARD < keys) n *= 2;
  return n;
}

/** The shard of a key (FNV-1a over its characters), the same in the build and the browser. */
export function shardOf(key: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}
