import type { Element, Root, RootContent } from 'hast';

/**
 * Calls `fn` on every element of a hast tree, in document order, with its parent, before its
 * children (as `visit(tree, 'element', fn)` does, the children read after `fn` may change them).
 * A plain walk: `unist-util-visit` builds a closure and a copy of the ancestor list per node,
 * which made our plugins' four walks nearly half of a body's render time.
 */
export function eachElement(
  parent: Root | Element,
  fn: (node: Element, parent: Root | Element) => void,
): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    fn(child, parent);
    eachElement(child, fn);
  }
}

/** Whether a hast tree has a node of `type` anywhere (stops at the first). */
export function hasNodeOfType(parent: Root | Element, type: RootContent['type']): boolean {
  for (const child of parent.children) {
    if (child.type === type) return true;
    if (child.type === 'element' && hasNodeOfType(child, type)) return true;
  }
  return false;
}
