import { expect, test } from 'vitest';
import { batchRenderer, renderHere } from '../../src/lib/markdown/batch-renderer.ts';
import { renderInProcess, type RenderJob } from '../../src/lib/markdown/render.ts';

const job = (n: number): RenderJob => ({
  markdown: `## Sekcja ${n}\n\nUsługa transportu ${n}.`,
  options: { steps: [], stepLabel: 'Krok {n}', anchorLabel: 'Link' },
});
const jobs = [1, 2, 3].map(job);

test('a batch at the threshold (on worker threads) and a smaller one (here) render the same bodies', async () => {
  const expected = await renderInProcess(jobs);
  const renderer = batchRenderer(process.cwd(), { workers: 2, threshold: 3 });
  try {
    expect(await renderer.render(jobs)).toEqual(expected);
    expect(await renderer.render(jobs.slice(0, 1))).toEqual(expected.slice(0, 1));
  } finally {
    await renderer.close();
  }
});

test('with no workers everything is rendered here; an empty batch loads nothing', async () => {
  const renderer = batchRenderer(process.cwd(), { workers: 0 });
  expect(await renderer.render(jobs)).toEqual(await renderInProcess(jobs));
  expect(await renderHere([])).toEqual([]);
  await renderer.close(); // no worker was started: nothing to end
});
