import { describe, expect, test } from 'vitest';
import { answerKeys, decodeState, encodeState, type StateTree } from '../../src/lib/tree/state.ts';
import { treeShape, validateTree } from '../../src/lib/tree/validate-tree.ts';
import type { Tree } from '../../src/schemas/tree.ts';

const tree: StateTree = {
  start: 'auth',
  nodes: new Map(
    Object.entries({
      auth: { answers: [{ next: 'tls' }, { step: 'enable-auth' }, { outcome: 'Fine' }] },
      tls: { answers: [{ step: 'tls-first' }, { next: 'fw' }, { next: 'fw' }] },
      fw: {
        answers: [
          { id: 'has-firewall', step: 'firewall' },
          { outcome: 'Call support' },
          { outcome: 'Other' },
        ],
      },
    }),
  ),
  aliases: new Map([['old-tls', 'tls-first']]),
};

describe('?tree= state', () => {
  test('answer keys come from targets or ids, never labels or positions, with repeats numbered', () => {
    expect(answerKeys(tree.nodes.get('auth')!.answers)).toEqual(['tls', 'enable-auth', 'outcome']);
    expect(answerKeys(tree.nodes.get('tls')!.answers)).toEqual(['tls-first', 'fw', 'fw~2']);
    expect(answerKeys(tree.nodes.get('fw')!.answers)).toEqual([
      'has-firewall',
      'outcome',
      'outcome~2',
    ]);
  });

  test('encodes a path as dotted answer keys and decodes it back', () => {
    const path = [
      { nodeId: 'auth', answer: 0 },
      { nodeId: 'tls', answer: 2 },
      { nodeId: 'fw', answer: 1 },
    ];
    const value = encodeState(tree, path);
    expect(value).toBe('tls.fw~2.outcome');
    expect(decodeState(tree, value)).toEqual({ path, valid: true });
  });

  test('no state is the first question', () => {
    expect(decodeState(tree, null)).toEqual({ path: [], valid: true });
    expect(decodeState(tree, '')).toEqual({ path: [], valid: true });
    expect(encodeState(tree, [])).toBe('');
  });

  test('a state that no longer fits falls back to the start, marked invalid', () => {
    for (const bad of [
      'nope',
      'tls.nope',
      'enable-auth.tls',
      'tls.fw.has-firewall.more',
      '<script>',
      '..',
      'tls..fw',
    ]) {
      expect(decodeState(tree, bad), bad).toEqual({ path: [], valid: false });
    }
  });

  test('a step renamed with an alias still decodes an old link', () => {
    expect(decodeState(tree, 'tls.old-tls')).toEqual({
      path: [
        { nodeId: 'auth', answer: 0 },
        { nodeId: 'tls', answer: 0 },
      ],
      valid: true,
    });
  });
});

describe('tree validation', () => {
  const base: Tree = {
    start: 'a',
    nodes: [
      {
        id: 'a',
        question: 'A?',
        answers: [
          { label: 'y', next: 'b' },
          { label: 'n', step: 's1' },
        ],
      },
      {
        id: 'b',
        question: 'B?',
        answers: [
          { label: 'y', step: 's2' },
          { label: 'n', outcome: 'done' },
        ],
      },
    ],
  };

  test('accepts a well-formed tree that reaches every step', () => {
    expect(validateTree(base, ['s1', 's2'])).toEqual([]);
  });

  test('warns about a step the tree never reaches', () => {
    expect(validateTree(base, ['s1', 's2', 's3'])).toEqual([
      {
        field: 'tree',
        severity: 'warning',
        message: expect.stringContaining('"s3" is not reachable'),
      },
    ]);
  });

  test('refuses duplicate node ids', () => {
    const dup = { ...base, nodes: [...base.nodes, { ...base.nodes[1]! }] };
    expect(validateTree(dup, ['s1', 's2'])[0]).toMatchObject({
      field: 'tree.nodes[2].id',
      severity: 'error',
    });
  });

  test('shape ignores the language: labels and texts differ, ids and targets do not', () => {
    const other: Tree = {
      ...base,
      nodes: base.nodes.map((n) => ({
        ...n,
        question: `${n.question}!`,
        answers: n.answers.map((a) => ({
          ...a,
          label: `${a.label}?`,
          ...(a.outcome ? { outcome: 'gotowe' } : {}),
        })),
      })),
    };
    expect(treeShape(other)).toBe(treeShape(base));
    const moved: Tree = {
      ...base,
      nodes: [
        base.nodes[0]!,
        { ...base.nodes[1]!, answers: [base.nodes[1]!.answers[1]!, base.nodes[1]!.answers[0]!] },
      ],
    };
    expect(treeShape(moved)).not.toBe(treeShape(base));
  });
});
