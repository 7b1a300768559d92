import { describe, expect, test } from 'vitest';
import { highlight, segments } from '../../src/lib/search/client/highlight.ts';
import { mergeRanges, snippet, textRanges } from '../../src/lib/search/client/marks.ts';
import { pieceTerm } from '../../src/lib/search/format/tokenize.ts';

/** The smallest document `highlight` needs; it has no innerHTML, so nothing can be parsed as HTML. */
function fakeDocument() {
  type Node = { kind: string; text?: string; children: Node[]; append: (...n: Node[]) => void };
  const node = (kind: string, text?: string): Node => {
    const n: Node = {
      kind,
      children: [],
      append: (...c) => n.children.push(...c),
      ...(text === undefined ? {} : { text }),
    };
    return n;
  };
  return {
    createDocumentFragment: () => node('#fragment'),
    createTextNode: (t: string) => node('#text', t),
    createElement: (tag: string) => node(tag),
  };
}

describe('highlight', () => {
  test('segments cut a text at the ranges', () => {
    expect(segments('zapora sieciowa', [[0, 6]])).toEqual([
      { text: 'zapora', mark: true },
      { text: ' sieciowa', mark: false },
    ]);
    expect(segments('abc', [[5, 9]])).toEqual([{ text: 'abc', mark: false }]);
    expect(segments('abc', [])).toEqual([{ text: 'abc', mark: false }]);
  });

  test('marks are built from text nodes: HTML in a text stays text', () => {
    const doc = fakeDocument();
    const text = '<img src=x onerror=alert(1)> 7004';
    const fragment = highlight(doc as unknown as Document, text, [[29, 33]]) as unknown as {
      children: Array<{ kind: string; text?: string; children: Array<{ text?: string }> }>;
    };
    expect(fragment.children.map((c) => c.kind)).toEqual(['#text', 'mark']);
    expect(fragment.children[0]!.text).toBe('<img src=x onerror=alert(1)> ');
    expect(fragment.children[1]!.children[0]!.text).toBe('7004');
  });

  test('ranges merge when they overlap or touch', () => {
    expect(
      mergeRanges([
        [4, 6],
        [0, 2],
        [1, 3],
        [6, 8],
      ]),
    ).toEqual([
      [0, 3],
      [4, 8],
    ]);
  });

  test('ranges are found in the folded text and apply to the original', () => {
    const marks = {
      lang: 'pl' as const,
      terms: new Set([pieceTerm('zapore', 'pl')]),
      prefixes: new Map<string, string>(),
      phrases: ['7004'],
      wanted: 2,
    };
    const text = 'Wyklucz ZAPORĘ (zdarzenie 7004; nie 70041)';
    expect(textRanges(text, marks).map(([s, e]) => text.slice(s, e))).toEqual(['ZAPORĘ', '7004']);
  });

  test('a long text is cut around its marks, the ranges moved with it', () => {
    const text = `${'lorem ipsum '.repeat(30)}zapora dolor`;
    const at = text.indexOf('zapora');
    const cut = snippet(text, [[at, at + 6]], 80);
    expect(cut.text.length).toBeLessThanOrEqual(82);
    expect(cut.text.startsWith('…')).toBe(true);
    expect(cut.text.slice(...cut.ranges[0]!)).toBe('zapora');
    // The window goes where the most different marked words are close together.
    const two = `alpha ${'lorem ipsum '.repeat(20)}beta gamma ${'lorem ipsum '.repeat(20)}`;
    const ranges = ['alpha', 'beta', 'gamma'].map((w): [number, number] => [
      two.indexOf(w),
      two.indexOf(w) + w.length,
    ]);
    const best = snippet(two, ranges, 60);
    expect(best.ranges.map((r) => best.text.slice(...r))).toEqual(['beta', 'gamma']);
    expect(snippet('short', [], 80)).toEqual({ text: 'short', ranges: [] });
  });
});
