import { describe, expect, test } from 'vitest';
import { findByteProblem } from '../../src/lib/content/check-bytes.ts';
import { excerpt } from '../../src/lib/content/excerpt.ts';
import { findTooDeep } from '../../src/lib/markdown/nesting.ts';

describe('findTooDeep (nesting checked before rendering)', () => {
  const nested = (n: number, line: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => line(i)).join('\n');

  test('counts lists by indentation, on one line, ordered, and through lazy lines', () => {
    expect(
      findTooDeep(
        nested(10, (i) => `${'  '.repeat(i)}- item`),
        9,
      ),
    ).toEqual({ depth: 10, line: 10, column: 19 });
    expect(
      findTooDeep(
        nested(9, (i) => `${'  '.repeat(i)}- item`),
        9,
      ),
    ).toBeUndefined();
    expect(findTooDeep(`${'- '.repeat(10)}x`, 9)).toEqual({ depth: 10, line: 1, column: 19 });
    expect(
      findTooDeep(
        nested(10, (i) => `${'   '.repeat(i)}1. item`),
        9,
      )?.depth,
    ).toBe(10);
    expect(
      findTooDeep(
        nested(10, (i) => `${'  '.repeat(i)}- item\nlazy text`),
        9,
      )?.line,
    ).toBe(19);
  });

  test('counts quotes and raw HTML elements together with lists', () => {
    expect(findTooDeep(`${'> '.repeat(5)}- - - - - x`, 9)).toEqual({
      depth: 10,
      line: 1,
      column: 19,
    });
    expect(findTooDeep(`> - ${'<div>'.repeat(8)}`, 9)).toEqual({ depth: 10, line: 1, column: 40 });
    expect(findTooDeep(`${'<div>x</div>'.repeat(100)}<p><p><br><img src=x>`, 9)).toBeUndefined();
  });

  test('ignores what is inside code fences and thematic breaks', () => {
    const code = `\`\`\`\n${nested(30, (i) => `${' '.repeat(i)}- <div>`)}\n\`\`\`\n\n* * *\n- - -`;
    expect(findTooDeep(code, 9)).toBeUndefined();
  });

  test('counts emphasis that closes, not openers left open or intraword stars', () => {
    const deep = `${'*a '.repeat(20)}x${'*'.repeat(20)}`;
    expect(findTooDeep(deep, 9)).toEqual({ depth: 20, line: 1, column: 62 });
    expect(findTooDeep(`> - ${'_a '.repeat(8)}x${'_'.repeat(8)}`, 9)).toMatchObject({ depth: 10 });
    expect(findTooDeep(`${'*a '.repeat(20)}x`, 9)).toBeUndefined();
    expect(
      findTooDeep(`${'a*b*'.repeat(50)} \\*a **b** 2 * 3 * 4 snake_case_name`, 9),
    ).toBeUndefined();
    // A paragraph ends at a blank line: its open stars do not count in the next one.
    expect(findTooDeep(`${'*a '.repeat(20)}\n\nx*`, 9)).toBeUndefined();
  });

  test('stays linear on hostile input', () => {
    const start = performance.now();
    findTooDeep(`<a "${'x'.repeat(50)}`.repeat(20_000), 50);
    findTooDeep(`${'- '.repeat(49)}x\n`.repeat(5_000), 50);
    findTooDeep(`${'*a '.repeat(100_000)}x${'*'.repeat(100_000)}`, 50);
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});

describe('findByteProblem', () => {
  test('finds invalid UTF-8 and NUL bytes with offset, line and column', () => {
    expect(findByteProblem(Buffer.from('zażółć\n'))).toBeUndefined();
    expect(findByteProblem(Buffer.from([0x61, 0x0a, 0x62, 0xc3, 0x28]))).toEqual({
      offset: 3,
      line: 2,
      column: 2,
      what: 'the byte 0xC3, which is not valid UTF-8',
    });
    expect(findByteProblem(Buffer.from([0x61, 0x00]))).toMatchObject({
      offset: 1,
      what: 'a NUL byte',
    });
    // Overlong forms, surrogates and truncated sequences are not UTF-8 either.
    for (const bytes of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98], [0xff]])
      expect(findByteProblem(Buffer.from(bytes))?.offset).toBe(0);
    expect(findByteProblem(Buffer.from('😀 ok'))).toBeUndefined();
  });
});

describe('excerpt (what a refusal may echo of a value)', () => {
  test('is short, quoted and escaped', () => {
    expect(excerpt('API_TOKEN=sk-live-0123456789abcdef')).toBe('"API_TOKEN=sk-live-01…"');
    expect(excerpt('a"b\\c\nd\u202ee\u0000')).toBe('"a\\"b\\\\c\\u{a}d\\u{202e}e\\u{0}"');
    expect(excerpt('zażółć')).toBe('"zażółć"');
  });
});
