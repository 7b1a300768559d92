// A worker thread that renders article bodies: Node runs this file directly (type stripping), so
// it and the modules it imports name their relative imports with the `.ts` extension.
import { parentPort } from 'node:worker_threads';
import { RenderJobError, renderJob, type RenderJob } from './render.ts';

// A failed body is sent back with its index in the chunk, so the build can name its file.
parentPort?.on('message', (message: { id: number; jobs: RenderJob[] }) => {
  try {
    parentPort?.postMessage({ id: message.id, results: message.jobs.map(renderJob) });
  } catch (error) {
    parentPort?.postMessage({
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
      job: error instanceof RenderJobError ? error.job : undefined,
    });
  }
});
