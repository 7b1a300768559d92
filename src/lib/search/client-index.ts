import { loadIndex, type SearchIndex } from './load-index.ts';
import type { IndexData } from './model.ts';

const pending = new Map<string, Promise<SearchIndex>>();

/**
 * The index at `url`, fetched once per page however many elements ask for it. Nothing is fetched
 * until a reader focuses the search box or opens the results page; a failed fetch may be retried.
 */
export function fetchIndex(url: string): Promise<SearchIndex> {
  let p = pending.get(url);
  if (!p) {
    p = fetch(url, { credentials: 'same-origin' })
      .then((res) => {
        if (!res.ok) throw new Error(`search index: HTTP ${res.status}`);
        return res.json() as Promise<IndexData>;
      })
      .then((data) => {
        const index = loadIndex(data);
        // Fold and sort the vocabulary while the reader is still typing, not on their first word.
        if ('requestIdleCallback' in window) requestIdleCallback(() => index.terms.prepare());
        else setTimeout(() => index.terms.prepare(), 50);
        return index;
      });
    p.catch(() => pending.delete(url));
    pending.set(url, p);
  }
  return p;
}
