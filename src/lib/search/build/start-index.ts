import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { LANGS } from '../../../i18n/keys.ts';
import type { SiteContent } from '../../content/model.ts';
import { searchIndexHandoff } from './index-handoff.ts';
import type { IndexJob } from './index-worker.ts';
import { packBuffers, packTexts } from './packed-texts.ts';

/** What a finished index build reports: files written, its wall time and its thread's CPU time. */
export interface IndexBuilt {
  files: number;
  ms: number;
  cpuMs: number;
}

/**
 * Builds and writes the search index of every language into `dir` on a worker thread, from the
 * content just loaded (bodies included, packed so they are moved, not copied), while the main
 * thread goes on with Vite and the pages: the build waits for it only if it is not done when the
 * pages are.
 */
export function buildIndexInWorker(root: string, site: SiteContent, dir: string) {
  const job: IndexJob = {
    dir,
    langs: LANGS.map((lang) => {
      const versions = site.articles
        .filter((v) => v.lang === lang)
        .sort((a, b) => Number(a.kb) - Number(b.kb));
      return {
        lang,
        articles: versions.map((v) => ({ ...v.data, kb: v.kb, lang, headings: v.headings })),
        bodies: packTexts(versions.map((v) => v.html)),
      };
    }),
    events: site.events,
    errors: site.errors,
  };
  const started = performance.now();
  const file = join(root, 'src/lib/search/build/index-worker.ts');
  const transferList = job.langs.flatMap((l) => packBuffers(l.bodies));
  return new Promise<IndexBuilt>((resolve, reject) => {
    const worker = new Worker(file, { workerData: job, transferList });
    worker.once('message', (m: { files: number; cpuMs: number }) =>
      resolve({ ...m, ms: Math.round(performance.now() - started) }),
    );
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`The search index worker stopped (exit code ${code}) before it finished.`)),
    );
  });
}

/**
 * In `astro build` (the integration has set the handoff's folder, see index-handoff.ts), starts
 * the index of the content just loaded; the integration awaits it when the build is done.
 */
export function startBuildIndex(root: string, site: SiteContent): void {
  const handoff = searchIndexHandoff();
  if (!handoff.dir) return;
  handoff.done = buildIndexInWorker(root, site, handoff.dir);
  handoff.done.catch(() => undefined); // awaited, and reported, by the integration
}
