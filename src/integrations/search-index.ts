import type { AstroIntegration } from 'astro';
import { cpSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../i18n/keys.ts';
import { searchIndexHandoff } from '../lib/search/build/index-handoff.ts';

/**
 * The search index of a build (`/{lang}/search-index/…`). The content load builds it on a worker
 * thread into the cache folder (see index-handoff.ts) while Vite and the pages run; when the build
 * is done this waits for it and moves each language's folder into the output. A failed index
 * fails the build. (`astro dev` serves the index from its route instead.)
 */
export default function searchIndex(): AstroIntegration {
  const handoff = searchIndexHandoff();
  return {
    name: 'kb-search-index',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command === 'build')
          handoff.dir = fileURLToPath(new URL('kb-search-index/', config.cacheDir));
        else delete handoff.dir;
        delete handoff.done;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!handoff.dir || !handoff.done)
          throw new Error('The search index was not built: the content load did not start it.');
        const waited = performance.now();
        const { files, ms, cpuMs } = await handoff.done;
        const waitMs = Math.round(performance.now() - waited);
        for (const lang of LANGS)
          move(join(handoff.dir, lang), join(fileURLToPath(dir), lang, 'search-index'));
        logger.info(
          `Search index: ${files} files built in ${ms} ms (${cpuMs} ms CPU) beside the pages; the build waited ${waitMs} ms for it`,
        );
      },
    },
  };
}

/** Moves a folder; copies it when the two are on different file systems. */
function move(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}
