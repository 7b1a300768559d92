import { describe, expect, test } from 'vitest';
import { ContentError, type ContentIssue } from '../../src/lib/content/content-error.ts';
import { loadSite } from '../../src/lib/content/load-site.ts';
import { fieldPath, findText, parseYaml } from '../../src/lib/content/positions.ts';
import { contentWith, replace, type Edit } from './helpers/content-fixture.ts';

/** The issues a mutated fixture is refused with. */
async function refusal(edits: Record<string, Edit>): Promise<readonly ContentIssue[]> {
  try {
    await loadSite(process.cwd(), contentWith(edits));
  } catch (e) {
    if (e instanceof ContentError) return e.issues;
    throw e;
  }
  throw new Error('expected a refusal');
}

const at = (i: ContentIssue | undefined) => i && `${i.line}:${i.column} ${i.field}`;
const EN = 'articles/100001/en.md';

describe('parseYaml positions (the yaml package)', () => {
  const text =
    'title: x\nsteps:\n  - id: a\n    title: A\n  - id: b\n    errors: [smtp/1, smtp/2]\n';
  const yaml = parseYaml(text, 2);
  test.each([
    [['title'], 2, 8],
    [['steps'], 3, 1], // a block list: its key
    [['steps', 1], 6, 5],
    [['steps', 1, 'id'], 6, 9],
    [['steps', 1, 'errors', 1], 7, 22],
    [['steps', 1, 'missing'], 6, 5], // the nearest parent that exists
  ])('%j is at %i:%i', (path, line, column) => {
    expect(yaml.locate(path)).toEqual({ line, column });
  });

  test('syntax errors carry their position', () => {
    const bad = parseYaml('id: 1\nlevel: [error\n');
    expect(bad.data).toBeUndefined();
    expect(bad.problems[0]!.at.line).toBeGreaterThanOrEqual(2);
  });

  test('custom tags, alias bombs and absurd nesting are refused', () => {
    expect(parseYaml('x: !!js/function "function(){}"\n').problems).not.toEqual([]);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    expect(parseYaml(bomb.join('\n')).problems[0]!.message).toMatch(/alias/);
    expect(parseYaml(`x: ${'['.repeat(100)}${']'.repeat(100)}`).problems[0]!.message).toMatch(
      /nested more than/,
    );
  });

  test('CRLF line ends count lines the same', () => {
    expect(parseYaml('a: 1\r\nb: two\r\n').locate(['b'])).toEqual({ line: 2, column: 4 });
  });

  test('field names split into paths; text is found in a body', () => {
    expect(fieldPath('tree.nodes[1].answers[0].step')).toEqual([
      'tree',
      'nodes',
      1,
      'answers',
      0,
      'step',
    ]);
    expect(fieldPath('(yaml)')).toEqual([]);
    expect(findText('one\ntwo [x](/a/)\n', '/a/', 10)).toEqual({ line: 11, column: 9 });
  });
});

describe('refusals point at the value in the file, counted from its first line', () => {
  test('article frontmatter: line of the file, column of the value', async () => {
    const issues = await refusal({ [EN]: replace('revision: 2', 'revision: three') });
    expect(at(issues.find((i) => i.field === 'revision'))).toBe('6:11 revision');
    expect(issues.find((i) => i.field === 'revision')!.message).toBe(
      'expected a number, got the text "three"',
    );
  });

  test('a byte-order mark and CRLF line ends change nothing', async () => {
    const crlf = (t: string) =>
      `\uFEFF${t.replace('revision: 2', 'revision: three').replaceAll('\n', '\r\n')}`;
    const issues = await refusal({ [EN]: crlf });
    expect(at(issues.find((i) => i.field === 'revision'))).toBe('6:11 revision');
  });

  test('a deep field: a tree answer naming a missing step', async () => {
    const issues = await refusal({
      [EN]: replace('step: second-step', 'step: third-step'),
      'articles/100001/pl.md': replace('step: second-step', 'step: third-step'),
    });
    expect(at(issues.find((i) => i.file.endsWith('en.md') && i.field.endsWith('.step')))).toBe(
      '33:17 tree.nodes[1].answers[1].step',
    );
  });

  test('catalog YAML', async () => {
    const issues = await refusal({ 'errors/smtp/504.yaml': replace('kind: smtp', 'kind: smtpx') });
    expect(at(issues.find((i) => i.field === 'kind'))).toBe('2:7 kind');
    const syntax = await refusal({
      'events/TestSource/7004.yaml': replace('level: error', 'level: [error'),
    });
    expect(syntax.find((i) => i.field === '(yaml)')!.line).toBeGreaterThanOrEqual(4);
  });

  test('body: a step block, a broken link, a taken heading id', async () => {
    const issues = await refusal({
      [EN]: (t) =>
        t
          .replace(
            'Do the first thing.\n:::',
            'Do the first thing.\n:::\n\n:::step{#ghost}\nBoo.\n:::',
          )
          .replace('/en/kb/100002/', '/en/kb/100003/')
          .replace('## Symptoms', '## Tree {#tree}\n\n## Symptoms'),
    });
    const body = issues
      .filter((i) => i.field === 'body')
      .map((i) => `${i.line}:${i.column} ${i.message.slice(0, 20)}`);
    expect(body).toEqual(
      expect.arrayContaining([
        '46:1 block :::step{#ghost',
        '40:41 broken link "/en/kb/',
        '36:9 heading "Tree" has t',
      ]),
    );
  });
});
