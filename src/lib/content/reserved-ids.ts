import type { Tree } from '../../schemas/tree.ts';

/**
 * Element ids the article page layout uses (ArticleView and its parts, the header search box);
 * article steps and headings must not take them. html-validate's no-dup-id catches any drift.
 */
export const RESERVED_IDS = [
  'main',
  'toc',
  'tree',
  'tree-title',
  'article-meta',
  'related',
  'related-title',
  'search-input',
  'search-input-listbox',
] as const;

/** Every id an article's own content must leave free: the layout's, and `tree-{node}` of its troubleshooter. */
export function layoutIds(tree: Tree | undefined): string[] {
  return [...RESERVED_IDS, ...(tree?.nodes ?? []).map((n) => `tree-${n.id}`)];
}
