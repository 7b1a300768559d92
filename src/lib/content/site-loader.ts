import type { Loader, LoaderContext } from 'astro/loaders';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { batchRenderer } from '../markdown/batch-renderer.ts';
import { startBuildIndex } from '../search/build/start-index.ts';
import type { BatchRenderer, RenderJob } from '../markdown/render.ts';
import { SideStore, readStoredBody } from './side-store.ts';
import { codeVersion } from './code-version.ts';
import { ContentError } from './content-error.ts';
import { overlayError, reportLoad } from './dev-refusals.ts';
import { loadSite } from './load-site.ts';
import type { ArticleData, SiteContent } from './model.ts';
import { watchContent } from './watch-content.ts';

type Part = 'articles' | 'events' | 'errors';
type Contexts = Record<Part, LoaderContext>;

/**
 * The three collections (articles, events, errors) loaded by ONE load of the content tree:
 * each collection's loader hands its context over, and when all three have arrived (Astro calls
 * them together on every sync) the content is read, validated once, checked across the whole
 * site and written to the three stores. Nothing is written unless everything passed, so a
 * refusal leaves the previous content as it was.
 *
 * Incremental: each article entry keeps the digest of its render job (Markdown plus everything
 * the HTML depends on: step titles, aliases, UI strings, the source language's ids) and of its
 * data. The next load renders only bodies whose job digest changed; the rest are read back from
 * the side store (side-store.ts: bodies and data live outside Astro's data store, which stays
 * small). `meta` records the version of our renderer, schemas and loader code: when it changes,
 * nothing stored is reused.
 *
 * In `astro dev` the loader watches the content folder (see watch-content.ts): an edit runs the
 * same load again, which re-renders only what changed.
 */
export function siteCollections(): Record<Part, Loader> {
  let arrived: Partial<Contexts> = {};
  let done = deferred();
  const loader = (part: Part): Loader => ({
    // One name for the three, so a refresh by loader name reloads them together.
    name: 'kb-site',
    load: async (context) => {
      const sync = done;
      arrived[part] = context;
      if (arrived.articles && arrived.events && arrived.errors) {
        const contexts = arrived as Contexts;
        arrived = {};
        done = deferred();
        syncSite(contexts).then(sync.resolve, sync.reject);
      }
      await sync.promise;
    },
  });
  return { articles: loader('articles'), events: loader('events'), errors: loader('errors') };
}

/** One load: read, validate, render what changed, write the stores; then watch in dev. */
async function syncSite(contexts: Contexts): Promise<void> {
  const { config, watcher, logger } = contexts.articles;
  const root = fileURLToPath(config.root);
  // KB_CONTENT_DIR points the build at another content tree (fixtures, benchmark corpora).
  const contentDir = resolve(root, process.env['KB_CONTENT_DIR'] ?? 'content');
  // The dev server keeps its own store (in .astro/), so it keeps its own side store too.
  const side = new SideStore(
    fileURLToPath(new URL(watcher ? 'kb-side-store-dev/' : 'kb-side-store/', config.cacheDir)),
  );
  if (!watcher) {
    const site = await loadInto(contexts, root, contentDir, side);
    startBuildIndex(root, site); // in `astro build`: beside Vite and the pages
    return;
  }
  const reload = async () => {
    try {
      await loadInto(contexts, root, contentDir, side);
      reportLoad(undefined);
    } catch (error) {
      // The page keeps the last good content; the terminal and the browser's overlay show
      // the refusal at its file, line and column.
      logger.error(error instanceof Error ? error.message : String(error));
      if (error instanceof ContentError) reportLoad(overlayError(error, root));
    }
  };
  // In dev even a refused start serves (the overlay shows the refusal) and waits for the fix.
  await reload();
  watchContent(watcher, contentDir, reload);
}

/** Loads the site, reusing stored bodies, and writes the three stores; returns what it loaded. */
async function loadInto(
  contexts: Contexts,
  root: string,
  contentDir: string,
  side: SideStore,
): Promise<SiteContent> {
  const { store, meta, generateDigest, logger } = contexts.articles;
  const version = codeVersion(root);
  const reuse = meta.get('code-version') === version;
  const digest = (job: RenderJob) => generateDigest(JSON.stringify(job));
  const previous = (id: string) => {
    const entry = reuse ? store.get(id) : undefined;
    const body = entry?.digest
      ? readStoredBody((entry.data as { bodyFile?: string }).bodyFile)
      : undefined;
    return body && { digest: String(entry!.digest).split(':')[0]!, body };
  };
  const started = performance.now();
  const site = await withWorkers(root, (render) =>
    loadSite(root, contentDir, { render, digest, previous }),
  );
  for (const w of site.warnings) logger.warn(w);
  writeStores(contexts, site, side);
  meta.set('code-version', version);
  logger.info(
    `${site.articles.length} article versions: ${site.rendered} rendered, ${site.articles.length - site.rendered} unchanged (${Math.round(performance.now() - started)} ms)`,
  );
  return site;
}

/**
 * Writes every entry: its data and body go to the side store (side-store.ts), the entry names the
 * two files; `store.set` skips one whose digest is unchanged. Removes the rest, and the files no
 * entry names.
 */
function writeStores(contexts: Contexts, site: SiteContent, side: SideStore): void {
  const { store, generateDigest } = contexts.articles;
  const keep = new Set<string>();
  const files = new Set<string>();
  for (const v of site.articles) {
    const id = `${v.kb}/${v.lang}`;
    const { tree, ...fields } = v.data;
    const bodyFile = side.put({
      html: v.html,
      headings: v.headings,
      stepBlocks: v.stepBlocks,
      tree,
    });
    const shown: ArticleData = { ...fields, kb: v.kb, lang: v.lang, file: v.file };
    if (v.newerIn) shown.newerIn = v.newerIn;
    const dataFile = side.put(shown);
    files.add(bodyFile).add(dataFile);
    const data = { kb: v.kb, lang: v.lang, dataFile, bodyFile };
    // The files are named by the digests of their content, so this digest covers every field.
    const digest = `${v.renderDigest}:${generateDigest(data)}`;
    store.set({ id, data, filePath: v.file, digest });
    keep.add(id);
  }
  side.prune(files);
  for (const id of store.keys()) {
    if (keep.has(id)) continue;
    store.delete(id);
  }
  for (const part of ['events', 'errors'] as const) {
    const { store: s, generateDigest: digestOf } = contexts[part];
    const ids = new Set<string>();
    for (const entry of site[part]) {
      const data = { ...entry };
      s.set({ id: entry.key, data, filePath: entry.file, digest: digestOf(data) });
      ids.add(entry.key);
    }
    for (const id of s.keys()) if (!ids.has(id)) s.delete(id);
  }
}

/** Below this many bodies, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD = 40;

/**
 * Runs `work` with a renderer that spreads a large batch over worker threads (KB_RENDER_WORKERS
 * sets how many, at most 4; 0 renders in this thread) and renders a small one here, so a
 * rebuild after one edit starts no worker. A worker's failure is reported by `loadSite` (as a
 * refusal naming the file when a body failed), never retried.
 */
async function withWorkers<T>(root: string, work: (render: BatchRenderer) => Promise<T>) {
  const workers = Math.min(Number(process.env['KB_RENDER_WORKERS'] ?? availableParallelism()), 4);
  const renderer = batchRenderer(root, { workers, threshold: WORKER_THRESHOLD });
  try {
    return await work(renderer.render);
  } finally {
    await renderer.close();
  }
}

/** A promise with its resolve and reject functions. */
function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined); // the loaders await it; an unawaited copy must not crash
  return { promise, resolve, reject };
}
