import type { Loader } from 'astro/loaders';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSite } from './load-site';
import type { SiteContent } from './model';

let cached: Promise<SiteContent> | undefined;

/** Loads the content once per build for all three collections. */
function siteOnce(root: string): Promise<SiteContent> {
  // KB_CONTENT_DIR points the build at another content tree (fixtures, benchmark corpora).
  const contentDir = process.env['KB_CONTENT_DIR'] ? resolve(root, process.env['KB_CONTENT_DIR']) : undefined;
  cached ??= Promise.resolve().then(() => loadSite(root, contentDir));
  return cached;
}

/**
 * A content-layer loader for one part of the site content. All three collections share one
 * read-validate-render pass, so cross-references are checked once and a refusal stops the build.
 */
export function siteLoader(part: 'articles' | 'events' | 'errors'): Loader {
  return {
    name: `kb-${part}`,
    load: async ({ store, config, logger }) => {
      const site = await siteOnce(fileURLToPath(config.root));
      store.clear();
      if (part === 'articles') {
        for (const w of site.warnings) logger.warn(w);
        for (const v of site.articles) {
          const { html, ...data } = v;
          store.set({ id: `${v.kb}/${v.lang}`, data: { ...data.data, kb: v.kb, lang: v.lang, file: v.file, headings: v.headings, stepText: v.stepText }, rendered: { html }, filePath: v.file });
        }
      } else {
        for (const entry of site[part]) store.set({ id: entry.key, data: { ...entry }, filePath: entry.file });
      }
    },
  };
}
