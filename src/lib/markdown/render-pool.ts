import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BatchRenderer, RenderedBody, RenderJob } from './render.ts';

/** Jobs sent to a worker at once: large enough to amortise messaging, small enough to balance. */
const CHUNK = 40;

/**
 * Renders bodies on worker threads, one per core (at most 4): Markdown rendering is most of a
 * large build's content sync, and it is pure. `close()` ends the workers.
 */
export function createRenderPool(
  workerFile: string,
  size = Math.min(4, availableParallelism()),
): { render: BatchRenderer; close: () => Promise<void> } {
  const workers = Array.from({ length: Math.max(1, size) }, () => new Worker(workerFile));
  let nextId = 0;
  const pending = new Map<
    number,
    { resolve: (r: RenderedBody[]) => void; reject: (e: Error) => void }
  >();
  for (const worker of workers) {
    worker.on('message', (m: { id: number; results?: RenderedBody[]; error?: string }) => {
      const task = pending.get(m.id);
      pending.delete(m.id);
      if (m.error !== undefined || !m.results)
        task?.reject(new Error(m.error ?? 'render worker sent no result'));
      else task?.resolve(m.results);
    });
    worker.on('error', (e) => {
      for (const task of pending.values()) task.reject(e);
      pending.clear();
    });
  }
  const send = (worker: Worker, jobs: RenderJob[]) =>
    new Promise<RenderedBody[]>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, jobs });
    });
  const render: BatchRenderer = async (jobs) => {
    const chunks: RenderJob[][] = [];
    for (let i = 0; i < jobs.length; i += CHUNK) chunks.push(jobs.slice(i, i + CHUNK));
    const results = await Promise.all(
      chunks.map((chunk, i) => send(workers[i % workers.length]!, chunk)),
    );
    return results.flat();
  };
  return { render, close: async () => void (await Promise.all(workers.map((w) => w.terminate()))) };
}
