import type { IndexBuilt } from './start-index.ts';

/**
 * Where a build's search index is written, and the promise of it. The integration
 * (src/integrations/search-index.ts) sets `dir` when the command is `astro build`; the content load
 * then builds the index on a worker thread beside Vite and the pages, and the integration awaits
 * `done` when the build is done. The two live in one process but are loaded through different
 * module graphs, so they meet on a global key rather than module state (as dev-refusals.ts).
 */
export interface SearchIndexHandoff {
  /** Folder the index is written to (`{dir}/{lang}/…`); unset outside `astro build`. */
  dir?: string;
  /** Settles when the index files are written: the file count and time, or the error. */
  done?: Promise<IndexBuilt>;
}

const KEY = Symbol.for('kb-site.search-index');

/** The process-wide handoff. */
export function searchIndexHandoff(): SearchIndexHandoff {
  return ((globalThis as Record<symbol, unknown>)[KEY] ??= {}) as SearchIndexHandoff;
}
