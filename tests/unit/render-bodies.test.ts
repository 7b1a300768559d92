import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { codeVersion } from '../../src/lib/content/code-version.ts';
import { ContentError, IssueList } from '../../src/lib/content/content-error.ts';
import {
  renderBodies,
  sha256Digest,
  type BodyTask,
  type PreviousBody,
} from '../../src/lib/content/render-bodies.ts';
import { RenderJobError, renderInProcess, type RenderJob } from '../../src/lib/markdown/render.ts';

const job = (markdown: string, stepLabel = 'Krok {n}'): RenderJob => ({
  markdown,
  options: { steps: [], stepLabel, anchorLabel: 'Link' },
});
const task = (id: string, j: RenderJob): BodyTask => ({ id, file: `content/${id}.md`, job: j });

describe('rendering only what changed', () => {
  test('reuses a body whose job is unchanged and renders the others', async () => {
    const before = new Map<string, PreviousBody>();
    const first = await renderBodies(
      [task('1/pl', job('## A')), task('2/pl', job('## B'))],
      { render: renderInProcess, digest: sha256Digest, previous: () => undefined },
      new IssueList(),
    );
    expect(first.rendered).toBe(2);
    before.set('1/pl', first.bodies[0]!);
    before.set('2/pl', first.bodies[1]!);
    const seen: RenderJob[] = [];
    const second = await renderBodies(
      [task('1/pl', job('## A')), task('2/pl', job('## B changed'))],
      {
        render: async (jobs) => (seen.push(...jobs), renderInProcess(jobs)),
        digest: sha256Digest,
        previous: (id) => before.get(id),
      },
      new IssueList(),
    );
    expect(second.rendered).toBe(1);
    expect(seen.map((j) => j.markdown)).toEqual(['## B changed']);
    expect(second.bodies[0]).toBe(first.bodies[0]);
    expect(second.bodies[1]!.body.html).toContain('B changed');
  });

  test('a changed UI string changes the job, so the body is rendered again', () => {
    expect(sha256Digest(job('x', 'Krok {n}'))).not.toBe(sha256Digest(job('x', 'Etap {n}')));
  });

  test('a body that fails is refused naming its file; nothing is retried', async () => {
    let calls = 0;
    const failing = async () => {
      calls += 1;
      throw new RenderJobError(1, 'boom');
    };
    const issues = new IssueList();
    const run = renderBodies(
      [task('1/pl', job('a')), task('2/pl', job('b'))],
      { render: failing, digest: sha256Digest, previous: () => undefined },
      issues,
    );
    await expect(run).rejects.toBeInstanceOf(ContentError);
    await expect(run).rejects.toThrow('content/2/pl.md:1:1 body: could not be rendered: boom');
    expect(calls).toBe(1);
  });

  test('a renderer that fails otherwise is reported, not retried', async () => {
    const crashed = async () => {
      throw new Error('a render worker stopped (exit code 1)');
    };
    await expect(
      renderBodies(
        [task('1/pl', job('a'))],
        { render: crashed, digest: sha256Digest, previous: () => undefined },
        new IssueList(),
      ),
    ).rejects.toThrow('Rendering article bodies failed: a render worker stopped (exit code 1)');
  });
});

test('the code version changes with a UI string, so no stored body is reused', () => {
  const root = mkdtempSync(join(tmpdir(), 'kb-version-'));
  cpSync('src', join(root, 'src'), { recursive: true });
  cpSync('package-lock.json', join(root, 'package-lock.json'));
  const before = codeVersion(root);
  expect(codeVersion(root)).toBe(before);
  writeFileSync(join(root, 'src/i18n/pl.ts'), '// a changed string\n', { flag: 'a' });
  expect(codeVersion(root)).not.toBe(before);
});
