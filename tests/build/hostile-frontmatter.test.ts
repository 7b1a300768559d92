import fc from 'fast-check';
import { dump } from 'js-yaml';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content/content-error.ts';
import { loadSite } from '../../src/lib/content/load-site.ts';
import {
  renderInProcess,
  type BatchRenderer,
  type RenderedBody,
} from '../../src/lib/markdown/render.ts';
import { VALID_CONTENT } from '../unit/helpers/content-fixture.ts';
import { tempDir } from './helpers.ts';

const BASE = {
  title: 'T',
  summary: 'S',
  products: ['P'],
  reviewed: '2020-01-01',
  revision: 1,
  events: ['TestSource/7004'],
  errors: ['smtp/504'],
  related: [1],
  steps: [
    { id: 'a', title: 'A' },
    { id: 'b', title: 'B', events: ['TestSource/7006'] },
  ],
  tree: {
    start: 'q',
    nodes: [
      {
        id: 'q',
        question: 'Q',
        answers: [
          { label: 'y', step: 'a' },
          { label: 'n', next: 'r' },
        ],
      },
      { id: 'r', question: 'R', answers: [{ label: 'y', step: 'b' }] },
    ],
  },
};

const ids = fc.constantFrom('q', 'r', 's', 'a', 'b', 'Q 1', '', 'x/y');
const treeShape = fc.record({
  start: ids,
  nodes: fc.array(
    fc.record({
      id: ids,
      question: fc.string(),
      answers: fc.array(
        fc.record(
          {
            label: fc.string(),
            next: fc.option(ids, { nil: undefined }),
            step: fc.option(ids, { nil: undefined }),
            outcome: fc.option(fc.string(), { nil: undefined }),
          },
          { requiredKeys: ['label'] },
        ),
        { maxLength: 3 },
      ),
    }),
    { maxLength: 4 },
  ),
});

/** A frontmatter: the valid base with one field replaced, removed or given a random tree. */
const frontmatter = fc.oneof(
  fc
    .tuple(fc.constantFrom(...Object.keys(BASE)), fc.jsonValue())
    .map(([key, value]) => ({ ...BASE, [key]: value })),
  fc
    .constantFrom(...Object.keys(BASE))
    .map((key) => Object.fromEntries(Object.entries(BASE).filter(([k]) => k !== key))),
  treeShape.map((tree) => ({ ...BASE, tree })),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 5 }),
);

/** A Markdown file: YAML text (sometimes garbage) and a body with random step blocks. */
const articleFile = fc
  .tuple(
    fc.oneof(
      { weight: 5, arbitrary: frontmatter.map((f) => dump(JSON.parse(JSON.stringify(f)))) },
      { weight: 1, arbitrary: fc.string() },
    ),
    fc.array(fc.constantFrom('a', 'b', 'c', ''), { maxLength: 3 }),
  )
  .map(
    ([yaml, blocks]) =>
      `---\n${yaml}\n---\n\n## H\n\n${blocks.map((b) => `:::step${b ? `{#${b}}` : ''}\ntext\n:::`).join('\n\n')}\n`,
  );

/** Raw HTML naming document properties, ids of the page, or anything, by id, name or form. */
const rawHtml = fc
  .tuple(
    fc.constantFrom('img', 'a', 'div', 'span', 'form', 'input', 'section', 'h2', 'object'),
    fc.constantFrom('id', 'name', 'form'),
    fc.oneof(
      fc.constantFrom(
        'createElement',
        'querySelectorAll',
        'getElementById',
        'tree',
        'main',
        'search-input',
        'tree-q',
        'a',
        'b',
        '__proto__',
        'constructor',
        'user-content-a',
      ),
      fc.string({ maxLength: 8 }),
    ),
  )
  .map(([tag, attr, value]) => `<${tag} ${attr}="${value.replaceAll('"', '&quot;')}">x</${tag}>`);

/** What else happens to the article: raw HTML appended, a file turned into a link, a byte changed. */
const mischief = fc.record({
  html: fc.oneof(
    { weight: 3, arbitrary: fc.constant([]) },
    { weight: 1, arbitrary: fc.array(rawHtml, { minLength: 1, maxLength: 3 }) },
  ),
  link: fc.oneof(
    { weight: 9, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom('outside', 'dangling', 'folder') },
  ),
  corrupt: fc.option(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
    nil: undefined,
    freq: 5,
  }),
});

const catalogEvent = fc.oneof(
  fc.jsonValue().map((v) => dump(v)),
  fc.string(),
);

/**
 * The real renderer, remembering each body it has rendered: the valid fixture articles are the
 * same in all 1,000 runs (rendering is deterministic, see determinism.test.ts), so only the
 * generated article is rendered anew. Each run gets its own copy of a remembered body.
 */
function rememberingRenderer(): BatchRenderer {
  const seen = new Map<string, Promise<RenderedBody>>();
  return async (jobs) =>
    Promise.all(
      jobs.map(async (job) => {
        const key = JSON.stringify(job);
        let body = seen.get(key);
        if (!body) {
          body = renderInProcess([job]).then(([rendered]) => rendered!);
          seen.set(key, body);
        }
        return structuredClone(await body);
      }),
    );
}

test('hostile frontmatter, catalog YAML and tree shapes are accepted or refused with file and field, never anything else', async () => {
  const root = tempDir('kb-prop-');
  // One copy of the valid content; each run rewrites the files it generates (and puts the
  // original event back when it generates none), so every run starts from the same tree.
  const dir = join(root, 'case');
  cpSync(VALID_CONTENT, dir, { recursive: true });
  mkdirSync(join(dir, 'articles/200000'), { recursive: true });
  const eventFile = join(dir, 'events/TestSource/7006.yaml');
  const originalEvent = readFileSync(eventFile, 'utf8');
  const render = rememberingRenderer();
  let refused = 0;
  let accepted = 0;
  await fc.assert(
    fc.asyncProperty(
      articleFile,
      articleFile,
      fc.option(catalogEvent, { nil: undefined }),
      async (pl, en, event) => {
        writeFileSync(join(dir, 'articles/200000/pl.md'), pl);
        writeFileSync(join(dir, 'articles/200000/en.md'), en);
        writeFileSync(eventFile, event ?? originalEvent);
        try {
          await loadSite(process.cwd(), dir, { render });
          accepted += 1;
        } catch (e) {
          expect(e).toBeInstanceOf(ContentError);
          const issues = (e as ContentError).issues;
          expect(issues.length).toBeGreaterThan(0);
          for (const issue of issues) {
            expect(issue.file).toMatch(
              /(articles\/\d+\/(pl|en)\.md|events\/TestSource\/\d+\.yaml)$/,
            );
            expect(issue.field.length).toBeGreaterThan(0);
            expect(issue.message.length).toBeGreaterThan(0);
          }
          refused += 1;
        }
      },
    ),
    // A fixed seed keeps CI reproducible; FC_SEED=random explores new cases locally.
    {
      numRuns: 1000,
      ...(process.env['FC_SEED'] === 'random'
        ? {}
        : { seed: Number(process.env['FC_SEED'] ?? 20261126) }),
    },
  );
  expect(refused).toBeGreaterThan(100);
  expect(accepted + refused).toBe(1000);
});

test('raw HTML ids, names and forms, symlinks and corrupted bytes are rendered harmless or refused with file and field', async () => {
  const root = tempDir('kb-prop-mischief-');
  const outsideFile = join(root, 'outside.md');
  const article = readFileSync(join(VALID_CONTENT, 'articles/100001/en.md'));
  writeFileSync(outsideFile, article);
  let refused = 0;
  await fc.assert(
    fc.asyncProperty(mischief, async ({ html, link, corrupt }) => {
      const dir = join(root, 'case');
      rmSync(dir, { recursive: true, force: true });
      cpSync(VALID_CONTENT, dir, { recursive: true });
      const extra = Buffer.from(`\n${html.join('\n')}\n`);
      const pl = Buffer.concat([readFileSync(join(dir, 'articles/100001/pl.md')), extra]);
      if (corrupt) pl[corrupt[0] % pl.length] = corrupt[1];
      writeFileSync(join(dir, 'articles/100001/pl.md'), pl);
      const en = join(dir, 'articles/100001/en.md');
      writeFileSync(en, Buffer.concat([article, extra]));
      if (link === 'outside' || link === 'dangling') {
        rmSync(en);
        symlinkSync(link === 'outside' ? outsideFile : join(root, 'gone.md'), en);
      } else if (link === 'folder') symlinkSync(root, join(dir, 'articles/100003'));
      try {
        const site = await loadSite(process.cwd(), dir);
        expect(link).toBeUndefined();
        // Every id and name of a body is ours (steps, headings) or the author's, prefixed.
        for (const version of site.articles) {
          const own = new Set([
            ...version.headings.flatMap((h) => (h.formerId ? [h.id, h.formerId] : [h.id])),
            ...version.data.steps.map((st) => st.id),
          ]);
          for (const [, attr, value] of version.html.matchAll(/\s(id|name|form)="([^"]*)"/g)) {
            if (attr === 'id' && own.has(value!)) continue;
            expect(value).toMatch(/^user-content-/);
          }
        }
      } catch (e) {
        expect(e).toBeInstanceOf(ContentError);
        for (const issue of (e as ContentError).issues) {
          expect(issue.file).toMatch(/articles\/(100001\/(pl|en)\.md|100003)$/);
          expect(issue.field.length).toBeGreaterThan(0);
        }
        refused += 1;
      }
    }),
    {
      numRuns: 120,
      ...(process.env['FC_SEED'] === 'random'
        ? {}
        : { seed: Number(process.env['FC_SEED'] ?? 20261129) }),
    },
  );
  expect(refused).toBeGreaterThan(10);
});
