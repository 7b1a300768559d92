import { createHash } from 'node:crypto';
import { paths } from '../format/decode.ts';
import { FORMAT_VERSION, KEY_PREFIX, type WireManifest } from '../format/wire.ts';
import { documents } from './documents.ts';
import { jsonIntList } from './json-ints.ts';
import type { IndexInput } from './input.ts';
import { scoreDocuments } from './score.ts';
import { shard } from './shards.ts';

/** One language's index as files: path (relative to `/{lang}/search-index/`) to JSON text. */
export type IndexFiles = Map<string, string>;

/**
 * Builds one language's search index: documents from the content, BM25F impacts per term, code
 * keys as terms of their own (`#event:7004`), shards by term, a fragment per result, and the
 * manifest, versioned by a hash of everything else.
 */
export function buildSearchFiles(input: IndexInput): IndexFiles {
  const files: IndexFiles = new Map();
  emitSearchFiles(input, (path, json) =>
    files.set(path, typeof json === 'string' ? json : Buffer.from(json).toString('utf8')),
  );
  return files;
}

/**
 * {@link buildSearchFiles}, handing each file to `emit` as soon as it is made (the manifest last):
 * a build writes them at once instead of holding a whole language's index in memory.
 */
export function emitSearchFiles(
  input: IndexInput,
  emit: (path: string, json: string | Uint8Array) => void,
): void {
  const docs = documents(input);
  const postings = scoreDocuments(docs.docs, input.lang);
  for (const [key, refs] of docs.keys)
    postings.set(KEY_PREFIX + key, [...refs].sort(([a], [b]) => a - b).flat());
  const { shards, starts, long } = shard(postings, { catalog: docs.catalog });
  const hash = createHash('sha256');
  shards.forEach((s, i) => {
    const json = JSON.stringify(s);
    hash.update(json);
    emit(paths.shard(i), json);
  });
  for (const l of long) {
    const json = jsonIntList('postings', l.postings);
    hash.update(json);
    emit(paths.long(l.shard, l.position), json);
  }
  for (const [ref, fragment] of docs.fragments) {
    const json = JSON.stringify(fragment);
    hash.update(json);
    emit(paths.fragment(ref), json);
  }
  const manifest: WireManifest = {
    format: FORMAT_VERSION,
    lang: input.lang,
    version: hash.digest('hex').slice(0, 12),
    catalog: docs.catalog,
    events: docs.events,
    articles: docs.articles,
    shards: starts,
  };
  emit(paths.manifest(), JSON.stringify(manifest));
}
