import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { loadSite } from '../../src/lib/content/load-site.ts';
import { kbNumberProblem } from '../../src/lib/content/scaffold.ts';
import { contentWith, replace } from './helpers/content-fixture.ts';

const node = join(process.cwd(), 'node_modules/.bin/node');
/** Runs one of our scripts as `npm run` would, on a content tree. */
const run = (script: string, contentDir: string, ...args: string[]) =>
  spawnSync(node, [join('scripts', script), ...args], {
    env: { ...process.env, KB_CONTENT_DIR: contentDir, KB_RENDER_WORKERS: '0' },
    encoding: 'utf8',
  });

describe('npm run check:content', () => {
  test('a valid tree: only a summary line', async () => {
    const report = await checkContent(process.cwd(), contentWith(), 0);
    expect(report).toEqual({
      lines: ['2 articles, 2 events, 2 error codes checked: no problem, 0 warnings.'],
      errors: 0,
      warnings: 0,
    });
  });

  test(
    'a refused tree: every problem at file:line:column, warnings too, a summary, exit 1',
    { timeout: 60_000 },
    () => {
      const dir = contentWith({
        'articles/100001/en.md': replace('revision: 2', 'revision: three\nrevison: 1'),
        'errors/smtp/504.yaml': replace('kind: smtp', 'kind: smtpx'),
      });
      const r = run('check-content.ts', dir);
      expect(r.status).toBe(1);
      const lines = r.stdout.trim().split('\n');
      expect(lines).toContainEqual(
        expect.stringMatching(
          /articles\/100001\/en\.md:6:11 revision: expected a number, got the text "three"$/,
        ),
      );
      expect(r.stdout).toMatch(/errors\/smtp\/504\.yaml:2:7 kind: /);
      expect(r.stdout).toMatch(/Warnings \(1\):\n.*en\.md:7:\d+ revison: unknown field/);
      expect(lines.at(-1)).toBe('The content was refused: 2 problems, 1 warning.');
      expect(r.stdout + r.stderr).not.toMatch(/src\/lib|\.ts:\d+|at \w+ \(/); // no stack, no internal path
    },
  );
});

describe('npm run new', () => {
  test(
    'writes both languages that pass the check at once, with today and the title',
    { timeout: 60_000 },
    async () => {
      const dir = contentWith();
      const r = run('new-article.ts', dir, '555002', '--title', 'Mail "stuck": in the queue');
      expect(r.status, r.stderr).toBe(0);
      const site = await loadSite(process.cwd(), dir);
      const made = site.articles.filter((a) => a.kb === '555002');
      expect(made.map((a) => a.lang)).toEqual(['pl', 'en']);
      const today = new Date().toLocaleDateString('sv-SE');
      for (const a of made) {
        expect(a.data).toMatchObject({
          title: 'Mail "stuck": in the queue',
          reviewed: today,
          revision: 1,
        });
        expect(a.data.steps).toHaveLength(1);
        expect(a.data.tree!.nodes[0]!.answers).toHaveLength(2);
        expect(a.html).toContain(`id="${a.data.steps[0]!.id}"`);
      }
      expect(readFileSync(join(dir, 'articles/555002/en.md'), 'utf8')).toMatch(/^---\ntitle: /);
      expect((await checkContent(process.cwd(), dir, 0)).errors).toBe(0);
    },
  );

  test('refuses an existing KB number or one that is not a number', { timeout: 60_000 }, () => {
    const dir = contentWith();
    const again = run('new-article.ts', dir, '100001');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/KB 100001 already exists/);
    expect(kbNumberProblem('777', new Set(['777']))).toMatch(/already exists/);
    expect(kbNumberProblem('0123', new Set())).toMatch(/without leading zeros/);
    expect(kbNumberProblem('KB1', new Set())).toMatch(/not a KB number/);
  });
});

describe('translation freshness', () => {
  test('a lower revision is marked with the newer language and warned about, naming both files', async () => {
    const site = await loadSite(
      process.cwd(),
      contentWith({ 'articles/100001/pl.md': replace('revision: 2', 'revision: 1') }),
    );
    const pl = site.articles.find((a) => a.kb === '100001' && a.lang === 'pl')!;
    const en = site.articles.find((a) => a.kb === '100001' && a.lang === 'en')!;
    expect(pl.newerIn).toBe('en');
    expect(en.newerIn).toBeUndefined();
    expect(site.warnings).toEqual([
      expect.stringMatching(
        /100001\/pl\.md:6:11 revision: is 1, but .*100001\/en\.md is at revision 2/,
      ),
    ]);
  });

  test('equal revisions: no mark, no warning', async () => {
    const site = await loadSite(process.cwd(), contentWith());
    expect(site.articles.every((a) => a.newerIn === undefined)).toBe(true);
    expect(site.warnings).toEqual([]);
  });
});
