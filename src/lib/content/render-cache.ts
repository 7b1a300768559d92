import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BatchRenderer, RenderedBody, RenderJob } from '../markdown/render.ts';

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
  let old = new Map<string, RenderedBody>();
  try {
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as {
      version: string;
      bodies: Array<[string, RenderedBody]>;
    };
    if (stored.version === version) old = new Map(stored.bodies);
  } catch {
    // No cache yet, or an unreadable one: render everything.
  }
  const used = new Map<string, RenderedBody>();
  let changed = false;
  const render: BatchRenderer = async (jobs) => {
    const keys = jobs.map(key);
    const missing = jobs.filter((_, i) => !old.has(keys[i]!));
    const fresh = (await inner(missing)).map(keep);
    changed ||= fresh.length > 0;
    let next = 0;
    return keys.map((k) => {
      const body = old.get(k) ?? fresh[next++]!;
      used.set(k, body);
      return body;
    });
  };
  const save = () => {
    // Nothing rendered and nothing dropped: the file already holds exactly these bodies.
    if (!changed && used.size === old.size) return;
    mkdirSync(dirname(cacheFile), { recursive: true });
    const tmp = `${cacheFile}.${process.pid}`;
    writeFileSync(tmp, JSON.stringify({ version, bodies: [...used] }));
    renameSync(tmp, cacheFile);
  };
  return { render, save };
}
