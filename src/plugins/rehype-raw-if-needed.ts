import type { Root } from 'hast';
import rehypeRaw, { type Options } from 'rehype-raw';
import type { VFile } from 'vfile';
import { hasNodeOfType } from './each-element.ts';

/**
 * rehype-raw, run only when the body has raw HTML: re-parsing the whole tree with parse5 costs
 * more than the rest of the pipeline, and most articles have no HTML at all.
 */
export default function rehypeRawIfNeeded(options?: Options) {
  const raw = rehypeRaw(options);
  return (tree: Root, file: VFile): Root | undefined => {
    return hasNodeOfType(tree, 'raw') ? (raw(tree, file) as Root) : undefined;
  };
}
