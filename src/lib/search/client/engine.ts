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
 * The index under `base` (`/pl/search-index/`), one per page however many elements ask; its
 * manifest (which names the content version of every other file) is fetched at once (the reader
 * is about to type).
 */
export function openIndex(base: string): IndexClient {
  let client = clients.get(base);
  if (!client) {
    client = new IndexClient(httpFetcher(base));
    clients.set(base, client);
  }
  void client.manifest().catch(() => undefined);
  return client;
}
