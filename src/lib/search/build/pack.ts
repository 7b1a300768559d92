/**
 * The name of the file a build writes per language under `/{lang}/search-index/`: every index
 * file as one JSON object (path → text), spread into the files by `scripts/unpack-index.mjs`.
 * Never published: the build step removes it.
 */
export const SEARCH_INDEX_PACK = 'pack.json';
