/**
 * Everything a search needs in the browser, loaded on demand: the header box imports it on first
 * focus, so pages that are only read never download the ranking code (and Fuse.js is loaded by
 * it only for a word with no match, a typo).
 */
import { IndexClient, httpFetcher } from './index-client.ts';

export { search } from './rank.ts';
export { hitContext, hitMeta, hitTitle } from './render-hit.ts';

const clients = new Map<string, IndexClient>();

/**
 * The index under `base` (`/pl/search-index/`) at content `version`, one per page however many
 * elements ask; its manifest is fetched at once (the reader is about to type).
 */
export function openIndex(base: string, version: string): IndexClient {
  const key = `${base}?${version}`;
  let client = clients.get(key);
  if (!client) {
    client = new IndexClient(httpFetcher(base, version));
    clients.set(key, client);
  }
  void client.manifest().catch(() => undefined);
  return client;
}
