import { createHash } from 'node:crypto';

/**
 * A page's `cacheKey` for Astro's incremental build: a digest of exactly the data the page
 * renders (its entries and whatever site-wide data shows on it). Astro reuses the page's previous
 * output only when this key and the hash of the page's code are both unchanged, so the key must
 * change whenever any of that data does; code, UI strings and config are Astro's to track.
 */
export function pageKey(...shown: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url').slice(0, 22);
}
