import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { RenderJobError, type BatchRenderer, type RenderedBody, type RenderJob } from './render.ts';

/** Jobs sent to a worker at once: large enough to amortise messaging, small enough to balance. */
const CHUNK = 40;

/**
 * Renders bodies on worker threads, one per core (at most 4): Markdown rendering is most of a
 * large build's content sync, and it is pure. `close()` ends the workers. A body that fails
 * rejects the batch with a {@link RenderJobError} naming its index in the batch; a worker that
 * dies rejects with its error. Nothing is retried: the caller reports it.
 */
export function createRenderPool(
  workerFile: string,
  size = Math.min(4, availableParallelism()),
): { render: BatchRenderer; close: () => Promise<void> } {
  const workers = Array.from({ length: Math.max(1, size) }, () => new Worker(workerFile));
  let nextId = 0;
  let closing = false;
  const pending = new Map<
    number,
    { resolve: (r: RenderedBody[]) => void; reject: (e: Error) => void; offset: number }
  >();
  type Reply = { id: number; results?: RenderedBody[]; error?: string; job?: number };
  for (const worker of workers) {
    worker.on('message', (m: Reply) => {
      const task = pending.get(m.id);
      pending.delete(m.id);
      if (m.results) task?.resolve(m.results);
      else if (m.job !== undefined)
        task?.reject(new RenderJobError(task.offset + m.job, m.error ?? 'render failed'));
      else task?.reject(new Error(m.error ?? 'render worker sent no result'));
    });
    const failAll = (e: Error) => {
      for (const task of pending.values()) task.reject(e);
      pending.clear();
    };
    worker.on('error', failAll);
    // A worker that stops (out of memory, killed) must not leave the build waiting for ever.
    worker.on('exit', (code) => {
      if (!closing) failAll(new Error(`a render worker stopped (exit code ${code})`));
    });
  }
  const send = (worker: Worker, jobs: RenderJob[], offset: number) =>
    new Promise<RenderedBody[]>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, offset });
      worker.postMessage({ id, jobs });
    });
  const render: BatchRenderer = async (jobs) => {
    const chunks: RenderJob[][] = [];
    for (let i = 0; i < jobs.length; i += CHUNK) chunks.push(jobs.slice(i, i + CHUNK));
    const results = await Promise.all(
      chunks.map((chunk, i) => send(workers[i % workers.length]!, chunk, i * CHUNK)),
    );
    return results.flat();
  };
  const close = async () => {
    closing = true;
    await Promise.all(workers.map((w) => w.terminate()));
  };
  return { render, close };
}
