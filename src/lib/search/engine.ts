/**
 * Everything a search needs in the browser, loaded on demand: the header box imports it on first
 * focus, so pages that are only read never download Fuse.js and the ranking code.
 */
export { fetchIndex } from './client-index.ts';
export { search } from './rank.ts';
export { hitContext, hitMeta, hitTitle } from './render-hit.ts';
