// A worker thread that renders article bodies: Node runs this file directly (type stripping), so
// it and the modules it imports name their relative imports with the `.ts` extension.
import { parentPort } from 'node:worker_threads';
import { renderArticleBody, type RenderJob } from './render.ts';

parentPort?.on('message', (message: { id: number; jobs: RenderJob[] }) => {
  try {
    parentPort?.postMessage({
      id: message.id,
      results: message.jobs.map((job) => renderArticleBody(job.markdown, job.options)),
    });
  } catch (error) {
    parentPort?.postMessage({
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
