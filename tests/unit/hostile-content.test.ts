import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkBodyLimits, checkTreeSize, LIMITS } from '../../src/lib/content/check-limits.ts';
import { ContentError, IssueList, type ContentIssue } from '../../src/lib/content/content-error.ts';
import { loadSite } from '../../src/lib/content/load-site.ts';
import type { SiteContent } from '../../src/lib/content/model.ts';
import { fromWire } from '../../src/lib/tree/client-model.ts';
import { treeClientModel } from '../../src/lib/tree/build-client-model.ts';
import { OUTLINE_DEPTH, treeOutline, type OutlineNode } from '../../src/lib/tree/outline.ts';
import { decodeState, encodeState } from '../../src/lib/tree/state.ts';
import { validateTree } from '../../src/lib/tree/validate-tree.ts';
import type { Tree } from '../../src/schemas/tree.ts';
import { contentWith, replace, VALID_CONTENT, type Edit } from './helpers/content-fixture.ts';

const HOSTILE = join(process.cwd(), 'tests/fixtures/hostile');
const valid = (path: string) => readFileSync(join(VALID_CONTENT, path), 'utf8');
const EN = 'articles/100001/en.md';
const PL = 'articles/100001/pl.md';

/** Both languages of article 100001 replaced by a fixture of tests/fixtures/hostile/, byte for byte. */
const fixture = (name: string): Record<string, Edit> => {
  const bytes = readFileSync(join(HOSTILE, name));
  return { [EN]: bytes, [PL]: bytes };
};

/** Loads a content folder; returns the site, or the refusal (any other error fails the test). */
async function load(dir: string): Promise<{ site?: SiteContent; error?: ContentError }> {
  try {
    return { site: await loadSite(process.cwd(), dir) };
  } catch (e) {
    if (e instanceof ContentError) return { error: e };
    throw e;
  }
}

/** The issues a content folder was refused with. */
async function refusal(dir: string): Promise<readonly ContentIssue[]> {
  const { error } = await load(dir);
  if (!error) throw new Error('expected the content to be refused, but it was accepted');
  return error.issues;
}

const STRINGS = Object.fromEntries(
  [
    'path',
    'change',
    'restart',
    'goToStep',
    'doStep',
    'outcome',
    'invalidState',
    'reached',
    'question',
  ].map((k) => [k, k]),
) as Parameters<typeof treeClientModel>[3];

/** Issues as `file:line:column | field | message` lines. */
const lines = (issues: readonly ContentIssue[]) =>
  issues.map((i) => `${i.file}:${i.line}:${i.column} | ${i.field} | ${i.message}`);

describe('raw HTML never clobbers the DOM or takes an id of the page', () => {
  test('names and ids of raw HTML are prefixed; the real step keeps its id, once', async () => {
    const { site } = await load(contentWith(fixture('clobbering.md')));
    const html = site!.articles.find((a) => a.kb === '100001' && a.lang === 'en')!.html;
    for (const id of ['tree', 'search-input', 'main', 'tree-works', 'old-first'])
      expect(html).not.toMatch(new RegExp(`\\sid="${id}"`));
    for (const name of ['createElement', 'querySelectorAll', 'getElementById', 'body'])
      expect(html).not.toMatch(new RegExp(`\\sname="${name}"`));
    expect(html).toContain('name="user-content-createElement"');
    expect(html.match(/\sid="first-step"/g)).toHaveLength(1);
    expect(html).toMatch(/<section id="first-step" class="step" data-step="1">/);
  });
});

describe('hostile content is refused at its file and line, with what was expected', () => {
  const cases: Array<[string, Record<string, Edit>, RegExp]> = [
    [
      'a heading taking a step id',
      fixture('heading-step-id.md'),
      /en\.md:36:\d+ \| body \| heading "Decoy" has the id "second-step", which is already taken/,
    ],
    [
      'lists nested 1,000 levels',
      fixture('deep-list.md'),
      /en\.md:38:\d+ \| body \| nests quotes, lists, HTML elements or emphasis more than 50 levels deep/,
    ],
    ['quotes nested 2,000 levels', fixture('deep-quote.md'), /en\.md:38:\d+ \| body \| nests/],
    ['HTML nested 5,000 levels', fixture('deep-html.md'), /en\.md:38:\d+ \| body \| nests/],
    [
      'emphasis nested 3,000 levels (the renderer would overflow its stack)',
      { [EN]: replace('Text with a', `${'*a '.repeat(3000)}x${'*'.repeat(3000)} Text with a`) },
      /en\.md:38:9002 \| body \| nests quotes, lists, HTML elements or emphasis more than 50/,
    ],
    [
      'a link that is not a URL',
      fixture('bad-ipv6-link.md'),
      /en\.md:38:\d+ \| body \| link "http:\/\/\[::1\/x" is not a valid URL; expected/,
    ],
    [
      'a #fragment with malformed percent-encoding',
      fixture('bad-fragment.md'),
      /en\.md:38:\d+ \| body \| broken link "#%E0%A4%A": its #fragment has malformed percent-encoding/,
    ],
    [
      'invalid UTF-8 in a body',
      fixture('invalid-utf8.md'),
      /en\.md:41:\d+ \| \(encoding\) \| the byte 0xC3, which is not valid UTF-8 at byte 824; expected UTF-8 text/,
    ],
    [
      'a NUL byte in a title',
      fixture('nul-byte.md'),
      /en\.md:2:\d+ \| \(encoding\) \| a NUL byte at byte 16; expected UTF-8 text/,
    ],
    [
      'related listing the article itself',
      fixture('related-self.md'),
      /en\.md:9:\d+ \| related\[1\] \| KB 100001 is this article itself/,
    ],
    [
      'a former KB number with a leading zero naming a current article',
      fixture('alias-leading-zero.md'),
      /pl\.md:11:\d+ \| aliases\.articles\[0\] \| KB 100002 is a current article/,
    ],
    [
      'an article folder with a leading zero',
      {
        'articles/0100002/en.md': valid('articles/100002/en.md'),
        'articles/0100002/pl.md': valid('articles/100002/pl.md'),
      },
      /0100002\/(en|pl)\.md:\d+:\d+ \| \(folder\) \| "0100002" has leading zeros; expected .*content\/articles\/100002\//,
    ],
    [
      'a directory named en.md',
      { 'articles/100002/en.md': null, 'articles/100002/en.md/x': 'x' },
      /100002\/en\.md:\d+:\d+ \| \(file\) \| is a folder; expected a file articles\/100002\/\{name\}/,
    ],
  ];
  test.each(cases)('%s', async (_name, edits, expected) => {
    const found = lines(await refusal(contentWith(edits)));
    expect(
      found.some((l) => expected.test(l)),
      found.join('\n'),
    ).toBe(true);
  });
});

describe('content files are never followed out of the content folder', () => {
  /** A content copy with a secret beside it, outside the content folder. */
  function withSecret() {
    const dir = contentWith();
    const outside = mkdtempSync(join(tmpdir(), 'kb-outside-'));
    const secret = 'API_TOKEN=sk-live-0123456789abcdefSECRET';
    writeFileSync(join(outside, '.env'), `${secret}\n`);
    writeFileSync(join(outside, 'article.md'), valid(EN));
    return { dir, outside, secret };
  }

  test('a symlinked catalog file is refused without printing what it points to', async () => {
    const { dir, outside } = withSecret();
    rmSync(join(dir, 'events/TestSource/7006.yaml'));
    symlinkSync(join(outside, '.env'), join(dir, 'events/TestSource/7006.yaml'));
    const { error } = await load(dir);
    expect(error!.message).toMatch(
      /7006\.yaml:1:1 \(file\): is a symbolic link; expected a file events\/TestSource\/\{name\}/,
    );
    expect(error!.message).not.toMatch(/API_TOKEN|SECRET/);
  });

  test('a symlinked article file, a symlinked folder and a dangling link are refused', async () => {
    const { dir, outside } = withSecret();
    rmSync(join(dir, EN));
    symlinkSync(join(outside, 'article.md'), join(dir, EN));
    symlinkSync(outside, join(dir, 'articles/100003'));
    symlinkSync(join(outside, 'gone.md'), join(dir, 'articles/100002/de.md'));
    const found = lines(await refusal(dir));
    for (const expected of [
      /100001\/en\.md:\d+:\d+ \| \(file\) \| is a symbolic link/,
      /articles\/100003:\d+:\d+ \| \(file\) \| is a symbolic link; expected folders articles\/\{name\}\//,
      /100002\/de\.md:\d+:\d+ \| \(file\) \| is a symbolic link/,
    ])
      expect(
        found.some((l) => expected.test(l)),
        found.join('\n'),
      ).toBe(true);
    // The refused language is named once, never as an article that "exists only" in the other.
    expect(found.join('\n')).not.toMatch(/exists only in/);
  });

  test('a catalog file holding a secret is echoed only as a short, escaped excerpt', async () => {
    const { dir, secret } = withSecret();
    writeFileSync(join(dir, 'events/TestSource/7006.yaml'), `${secret}\n`);
    const { error } = await load(dir);
    expect(error!.message).toMatch(
      /7006\.yaml:1:1 \(frontmatter\): expected a mapping \(field: value\), got the text "API_TOKEN=sk-live-01…"/,
    );
    expect(error!.message).not.toContain('SECRET');
  });
});

describe('problems in one language and warnings are reported as they are', () => {
  test('invalid YAML in one language is not also reported as a missing language', async () => {
    const found = lines(await refusal(contentWith({ [EN]: replace('title: ', 'title: [') })));
    expect(found.join('\n')).toMatch(/100001\/en\.md:\d+:\d+ \| \(yaml\) \| not valid YAML/);
    expect(found.join('\n')).not.toMatch(/exists only in/);
  });

  test('a refused build still prints its warnings: an unread folder, an unknown field', async () => {
    const { error } = await load(
      contentWith({
        'artciles/100003/en.md': valid(EN),
        [EN]: replace('revision: 2', 'revison: 2\nrevision: two'),
      }),
    );
    expect(error!.message).toMatch(/en\.md:7:11 revision: expected a number/);
    expect(error!.message).toMatch(/Warnings \(\d+\):/);
    expect(error!.message).toMatch(
      /artciles:1:1 \(file\): not read by the build; expected only the folders articles, events, errors/,
    );
    expect(error!.message).toMatch(/en\.md:6:\d+ revison: unknown field/);
  });
});

describe('ids that name Object.prototype members are ordinary ids', () => {
  test('tree nodes __proto__ and constructor build and stay in the client model', async () => {
    const { site } = await load(contentWith(fixture('tree-proto.md')));
    const tree = site!.articles[0]!.data.tree!;
    const wire = JSON.parse(JSON.stringify(treeClientModel(tree, [], {}, STRINGS)));
    const model = fromWire(wire);
    expect([...model.nodes.keys()]).toEqual(['__proto__', 'constructor']);
    const state = decodeState(model, 'constructor.first-step');
    expect(state).toEqual({
      valid: true,
      path: [
        { nodeId: '__proto__', answer: 1 },
        { nodeId: 'constructor', answer: 0 },
      ],
    });
    expect(encodeState(model, state.path)).toBe('constructor.first-step');
  });
});

describe('scale limits', () => {
  /** A chain of `n` questions, each leading to the next, the last to the one step. */
  const chain = (n: number): Tree => ({
    start: 'q0',
    nodes: Array.from({ length: n }, (_, i) => ({
      id: `q${i}`,
      question: `Question ${i}?`,
      answers: [i + 1 < n ? { label: 'Next', next: `q${i + 1}` } : { label: 'Do', step: 's' }],
    })),
  });

  test('a 5,000-question chain is validated without recursion, and refused past the limit', async () => {
    expect(validateTree(chain(5000), ['s'])).toEqual([]);
    const issues = new IssueList();
    expect(checkTreeSize(chain(5000), 'x.md', issues)).toBe(false);
    expect(issues.issues[0]).toMatchObject({
      field: 'tree.nodes',
      message: `has 5000 questions; expected at most ${LIMITS.treeNodes} in one tree (split the article)`,
    });
  });

  test('the no-JavaScript outline of a long chain never nests deeper than OUTLINE_DEPTH', () => {
    const roots = treeOutline(chain(500), [{ id: 's', title: 'S' }]);
    const depth = (node: OutlineNode): number =>
      1 + Math.max(0, ...node.answers.map((a) => (a.end.type === 'node' ? depth(a.end.node) : 0)));
    expect(roots.map((r) => r.id)).toEqual(
      Array.from({ length: Math.ceil(500 / OUTLINE_DEPTH) }, (_, i) => `q${i * OUTLINE_DEPTH}`),
    );
    expect(Math.max(...roots.map(depth))).toBe(OUTLINE_DEPTH);
    // The last question of each root links to the next root instead of nesting it.
    const last = (node: OutlineNode): OutlineNode =>
      node.answers[0]!.end.type === 'node' ? last(node.answers[0]!.end.node) : node;
    expect(last(roots[0]!).answers[0]!.end).toMatchObject({
      type: 'ref',
      nodeId: `q${OUTLINE_DEPTH}`,
    });
  });

  test('a body above the documented size is a warning; far above it, a refusal', () => {
    const issues = new IssueList();
    const big = 'word '.repeat(LIMITS.bodyWarnBytes / 5 + 1);
    expect(checkBodyLimits(big, 10, 'big.md', issues)).toBe(true);
    expect(issues.warnings).toEqual([
      expect.stringMatching(/^big\.md:10:1 body: is 1\.0 MiB, above 1 MiB: slow to build/),
    ]);
    expect(checkBodyLimits('x'.repeat(LIMITS.bodyMaxBytes + 1), 10, 'huge.md', issues)).toBe(false);
    expect(issues.issues[0]!.message).toMatch(/^is 16\.0 MiB; expected at most 16 MiB/);
  });
});
