import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { expect, test } from 'vitest';
import { eachElement, hasNodeOfType } from '../../../src/plugins/each-element.ts';

/** An element with text or element children. */
const h = (tagName: string, ...children: Array<Element | string>): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)),
});

/** `<section><h2>T <em>x</em></h2><p>p <a>l</a></p></section><ul><li><b>1</b></li></ul>` */
const tree = (): Root => ({
  type: 'root',
  children: [
    h('section', h('h2', 'T ', h('em', 'x')), h('p', 'p ', h('a', 'l'))),
    h('ul', h('li', h('b', '1'))),
  ],
});

test('visits the same elements with the same parents, in the same order, as unist-util-visit', () => {
  const ours: string[] = [];
  const theirs: string[] = [];
  const name = (n: Root | Element) => (n.type === 'root' ? 'root' : n.tagName);
  eachElement(tree(), (node, parent) => ours.push(`${name(parent)}>${node.tagName}`));
  visit(tree(), 'element', (node: Element, _i, parent) => {
    theirs.push(`${name(parent as Root | Element)}>${node.tagName}`);
  });
  expect(ours).toEqual(theirs);
  expect(ours).toHaveLength(8);
});

test('children changed by the callback are the ones walked', () => {
  const t = tree();
  const seen: string[] = [];
  eachElement(t, (node) => {
    seen.push(node.tagName);
    if (node.tagName === 'ul')
      node.children = [{ type: 'element', tagName: 'ol', properties: {}, children: [] }];
  });
  expect(seen.slice(-2)).toEqual(['ul', 'ol']);
});

test('finds a node type anywhere in the tree', () => {
  const t = tree();
  expect(hasNodeOfType(t, 'raw')).toBe(false);
  ((t.children[1] as Element).children[0] as Element).children.push({ type: 'raw', value: '<i>' });
  expect(hasNodeOfType(t, 'raw')).toBe(true);
});
