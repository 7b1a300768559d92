/**
 * Everything a search needs in the browser, loaded on demand: the header box imports it on first
 * focus, so pages that are only read never download Fuse.js and the ranking code.
 */
export { fetchIndex } from './client-index';
export { search } from './rank';
export { hitContext, hitMeta, hitTitle } from './render-hit';
