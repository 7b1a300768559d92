import {
  FORMAT_VERSION,
  type WireFragment,
  type WireLong,
  type WireManifest,
  type WireShard,
} from './wire.ts';

/** What a file of the index is. */
export type WireKind = 'manifest' | 'shard' | 'long' | 'fragment';

interface WireTypes {
  manifest: WireManifest;
  shard: WireShard;
  long: WireLong;
  fragment: WireFragment;
}

const REQUIRED: Record<WireKind, string[]> = {
  manifest: ['format', 'lang', 'version', 'catalog', 'events', 'articles', 'shards'],
  shard: ['terms', 'postings'],
  long: ['postings'],
  fragment: ['kind', 'id', 'title', 'context', 'body', 'steps'],
};

/**
 * The one decoder of index files: parses JSON text and checks it is the expected kind of file in
 * this format version, so a stale cached file fails loudly instead of ranking garbage.
 */
export function decode<K extends WireKind>(kind: K, json: string): WireTypes[K] {
  const data = JSON.parse(json) as Record<string, unknown>;
  const missing = REQUIRED[kind].filter((f) => !(f in data));
  if (missing.length > 0)
    throw new Error(`search index: ${kind} lacks ${missing.join(', ')} (a stale or foreign file?)`);
  if (kind === 'manifest' && data['format'] !== FORMAT_VERSION)
    throw new Error(
      `search index: format ${String(data['format'])}, expected ${FORMAT_VERSION}; reload the page`,
    );
  return data as unknown as WireTypes[K];
}

/** Where a file of a language's index lives, relative to `/{lang}/search-index/`. */
export const paths = {
  manifest: () => 'manifest.json',
  shard: (i: number) => `s/${i}.json`,
  long: (shard: number, position: number) => `l/${shard}-${position}.json`,
  fragment: (ref: number) => `f/${ref}.json`,
};

/** The shard that holds `term` (or would): the last whose start is not after it. */
export function shardOf(manifest: WireManifest, term: string): number {
  const { shards } = manifest;
  let lo = 0;
  let hi = shards.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (shards[mid]! <= term) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
