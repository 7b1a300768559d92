import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BatchRenderer, RenderedBody, RenderJob } from '../markdown/render.ts';
import { runCache } from './run-cache.ts';

/**
 * A digest of the renderer's own code (src/lib/markdown, src/plugins): a changed renderer never
 * reuses a body rendered by the old one.
 */
export function rendererVersion(projectRoot: string): string {
  const hash = createHash('sha256');
  for (const dir of ['src/lib/markdown', 'src/plugins']) {
    const base = join(projectRoot, dir);
    for (const name of readdirSync(base).sort()) {
      if (name.endsWith('.ts')) hash.update(name).update(readFileSync(join(base, name)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** How {@link cachedRenderer} keys and keeps bodies (both optional). */
export interface CacheOptions {
  /** The key of a job; a sha256 of it by default. Pass the loader's own digest to hash once. */
  key?: (job: RenderJob) => string;
  /** What of a body is kept (and returned): all of it by default. */
  keep?: (body: RenderedBody) => RenderedBody;
}

/**
 * Wraps a renderer with a cache on disk keyed by the digest of each job (its Markdown and
 * options) and the renderer's version: a second check of a large tree renders only the bodies
 * that changed. The file holds only the bodies of the last run, so it never grows stale, and it
 * is written only when that set changed.
 */
export function cachedRenderer(
  inner: BatchRenderer,
  cacheFile: string,
  version: string,
  options: CacheOptions = {},
): { render: BatchRenderer; save: () => void } {
  const keep = options.keep ?? ((body: RenderedBody) => body);
  const key =
    options.key ??
    ((job: RenderJob) => createHash('sha256').update(JSON.stringify(job)).digest('hex'));
  const cache = runCache<RenderedBody>(cacheFile, version);
  const render: BatchRenderer = async (jobs) => {
    const keys = jobs.map(key);
    const missing = jobs.filter((_, i) => cache.get(keys[i]!) === undefined);
    const fresh = (await inner(missing)).map(keep);
    let next = 0;
    return keys.map((k) => {
      const stored = cache.get(k);
      const body = stored ?? fresh[next++]!;
      cache.use(k, body, stored === undefined);
      return body;
    });
  };
  return { render, save: cache.save };
}
