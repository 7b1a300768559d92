import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { parsePlainYaml } from '../../src/lib/content/fast-yaml.ts';
import { MAX_YAML_DEPTH, parseWithPositions, parseYaml } from '../../src/lib/content/positions.ts';

const fast = (text: string) => parsePlainYaml(text, MAX_YAML_DEPTH);

/**
 * The reference: what the `yaml` package reads. Whenever the fast parser answers, the `yaml`
 * package must accept the same text and give the same data.
 */
function agrees(text: string): boolean {
  const plain = fast(text);
  if (!plain) return true;
  const full = parseWithPositions(text);
  expect(full.problems, JSON.stringify(text)).toEqual([]);
  expect(plain.data, JSON.stringify(text)).toEqual(full.data);
  return true;
}

/** Every YAML text of the repository's content and fixtures (frontmatter or catalog file). */
function contentYaml(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...contentYaml(path));
    else if (name.endsWith('.yaml')) out.push(readFileSync(path, 'utf8'));
    else if (name.endsWith('.md')) {
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))?.[1];
      if (front !== undefined) out.push(front);
    }
  }
  return out;
}

describe('the fast YAML path reads what the yaml package reads', () => {
  test('every content and fixture file', () => {
    const texts = [...contentYaml('content'), ...contentYaml('tests/fixtures')];
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) agrees(text);
    // The embedded content is plain: it takes the fast path.
    for (const text of contentYaml('content')) expect(fast(text)).toBeDefined();
  });

  test('data written by the yaml package, in block and flow style', () => {
    const value = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.jsonValue({ maxDepth: 4 }),
    );
    fc.assert(
      fc.property(value, fc.boolean(), (data, flow) => {
        const text = stringify(data, flow ? { collectionStyle: 'flow' } : {});
        agrees(text);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  // Pieces of YAML, glued at random: mostly broken text, where the two parsers must not disagree.
  const PIECES = [
    'a',
    'key',
    'x y',
    ':',
    ': ',
    '- ',
    '-',
    ' ',
    '  ',
    '\n',
    '\n  ',
    '\n    ',
    '\n- ',
    '\n  - ',
    'a: ',
    '\n  a: ',
    '[',
    ']',
    '{',
    '}',
    ',',
    '"',
    "'",
    '#',
    ' #c',
    '|',
    '>',
    '|-',
    '>+',
    '1',
    '-1',
    '0x1F',
    '0o7',
    '1.5',
    '.inf',
    '.NaN',
    'true',
    'null',
    '~',
    '?',
    '? ',
    '\\',
    '\\n',
    'é',
    '\t',
    'a:\tb',
    '---',
    '...',
    '%',
    '@',
    '`',
    '&a ',
    '*a',
    '!t ',
    '!!str ',
    '\r\n',
    '1e3',
    '+1',
    '00',
    '2024-01-01',
    '"a b"',
    "'it''s'",
  ];
  test('random YAML-like text', () => {
    const text = fc
      .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(fc.property(text, agrees), { numRuns: 4000 });
  });
});

describe('the fast path leaves to the yaml package', () => {
  test.each([
    ['a tag', 'a: !!str 1\n'],
    ['a custom tag', 'a: !js/function "f"\n'],
    ['an anchor', 'a: &x 1\n'],
    ['an alias', 'a: &x 1\nb: *x\n'],
    ['a null key', '~: 1\n'],
    ['a key the yaml package refuses as too long', `${'k'.repeat(1100)}: v\n`],
    ['a tab in indentation', 'a:\n\tb: 1\n'],
    ['a document marker', 'a: 1\n---\nb: 2\n'],
    ['an indentation indicator', 'a: |2\n   x\n'],
    ['an escaped line break', 'a: "x\\\n\n  y"\n'],
    ['keep chomping', 'a: |+\n  x\n\n'],
    ['a block text starting with a blank line', 'a: >\n\n   x\n'],
    ['a block text as the whole document', '>\n  x\n'],
    ['text after a quoted text', 'a:\n- "x" y: 1\n'],
    ['text after a flow collection', 'a:\n- {b: 1}c: 1\n'],
    ['a number too large for a double', 'a: 1e400\n'],
    ['an empty text', ''],
    ['a syntax error', 'a: [1, 2\n'],
    ['nesting at the limit', `a: ${'['.repeat(MAX_YAML_DEPTH)}${']'.repeat(MAX_YAML_DEPTH)}\n`],
  ])('%s', (_, text) => {
    expect(fast(text)).toBeUndefined();
  });

  test('plain nesting below the limit is read fast', () => {
    const depth = MAX_YAML_DEPTH - 2;
    expect(fast(`a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`)).toBeDefined();
  });

  test('positions of a plain file come from the yaml package, when asked', () => {
    const text = 'title: x\nsteps:\n  - id: a\n  - id: b\n    errors: [smtp/1, smtp/2]\n';
    const plain = parseYaml(text, 2);
    const full = parseWithPositions(text, 2);
    expect(fast(text)).toBeDefined();
    expect(plain.data).toEqual(full.data);
    for (const path of [['title'], ['steps', 1, 'errors', 1], ['steps', 0, 'missing'], []])
      expect(plain.locate(path)).toEqual(full.locate(path));
  });
});
