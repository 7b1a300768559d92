import { join } from 'node:path';
import type { createRenderPool } from './render-pool.ts';
import type { BatchRenderer } from './render.ts';

/**
 * Renders in this thread, loading the Markdown pipeline (unified, Sätteri) only when a body is to
 * be rendered: a load or a check whose bodies are all reused never loads it.
 */
export const renderHere: BatchRenderer = async (jobs) =>
  jobs.length === 0 ? [] : (await import('./render.ts')).renderInProcess(jobs);

/**
 * A renderer that spreads a batch of at least `threshold` bodies over `workers` worker threads
 * (started on the first such batch: starting them costs about a second) and renders a smaller
 * batch, or every batch when `workers` is 0, in this thread. `close()` ends the workers. A failed
 * body or a dead worker rejects the batch (see render-pool.ts); nothing is retried.
 */
export function batchRenderer(
  projectRoot: string,
  { workers, threshold = 1 }: { workers: number; threshold?: number },
): { render: BatchRenderer; close: () => Promise<void> } {
  let pool: ReturnType<typeof createRenderPool> | undefined;
  const render: BatchRenderer = async (jobs) => {
    if (!(workers > 0) || jobs.length < threshold) return renderHere(jobs);
    const { createRenderPool } = await import('./render-pool.ts');
    pool ??= createRenderPool(join(projectRoot, 'src/lib/markdown/render-worker.ts'), workers);
    return pool.render(jobs);
  };
  return { render, close: async () => pool?.close() };
}
