import type { Loader } from 'astro/loaders';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRenderPool } from '../markdown/render-pool.ts';
import { ContentError } from './content-error.ts';
import { loadSite } from './load-site.ts';
import type { SiteContent } from './model.ts';

type Part = 'articles' | 'events' | 'errors';
const PARTS: readonly Part[] = ['articles', 'events', 'errors'];

let cached: Promise<SiteContent> | undefined;
let waiting = new Set<Part>(PARTS);

/**
 * Loads the site, rendering bodies on worker threads (KB_RENDER_WORKERS sets how many; 0 renders
 * in this thread). The worker runs our TypeScript directly, which needs Node's type stripping.
 */
async function loadWithWorkers(root: string, contentDir: string | undefined): Promise<SiteContent> {
  const size = Number(process.env['KB_RENDER_WORKERS'] ?? availableParallelism());
  if (!(size > 0)) return loadSite(root, contentDir);
  const pool = createRenderPool(join(root, 'src/lib/markdown/render-worker.ts'), Math.min(size, 4));
  try {
    return await loadSite(root, contentDir, pool.render);
  } catch (error) {
    if (error instanceof ContentError) throw error;
    // A worker that cannot start (an unusual runtime) must not stop the build: render here instead.
    console.warn(`Rendering on worker threads failed (${error instanceof Error ? error.message : String(error)}); rendering in the main thread.`);
    return loadSite(root, contentDir);
  } finally {
    await pool.close();
  }
}

/**
 * Loads the content once for all three collections, then forgets it once each has taken its
 * part: the rendered HTML then lives only in Astro's store, and the next sync (dev) reads afresh.
 */
async function sitePart(root: string, part: Part): Promise<SiteContent> {
  // KB_CONTENT_DIR points the build at another content tree (fixtures, benchmark corpora).
  const contentDir = process.env['KB_CONTENT_DIR'] ? resolve(root, process.env['KB_CONTENT_DIR']) : undefined;
  cached ??= loadWithWorkers(root, contentDir);
  try {
    return await cached;
  } finally {
    waiting.delete(part);
    if (waiting.size === 0) {
      cached = undefined;
      waiting = new Set(PARTS);
    }
  }
}

/**
 * A content-layer loader for one part of the site content. All three collections share one
 * read-validate-render pass, so cross-references are checked once and a refusal stops the build.
 */
export function siteLoader(part: Part): Loader {
  return {
    name: `kb-${part}`,
    load: async ({ store, config, logger }) => {
      const site = await sitePart(fileURLToPath(config.root), part);
      store.clear();
      if (part === 'articles') {
        for (const w of site.warnings) logger.warn(w);
        for (const { html, data, kb, lang, file, headings, newerIn } of site.articles) {
          const fields = { ...data, kb, lang, file, headings, ...(newerIn ? { newerIn } : {}) };
          store.set({ id: `${kb}/${lang}`, data: fields, rendered: { html }, filePath: file });
        }
      } else {
        for (const entry of site[part]) store.set({ id: entry.key, data: { ...entry }, filePath: entry.file });
      }
    },
  };
}
