import { findTooDeep } from '../markdown/nesting.ts';
import type { Tree } from '../../schemas/tree.ts';
import type { IssueList } from './content-error.ts';

/** The documented limits of one article (README, "Limits"); past them the build refuses or warns. */
export const LIMITS = {
  /** Quotes, list items, raw HTML elements and emphasis inside one another, in a body. */
  nesting: 50,
  /** A body above this many bytes builds slowly and reads badly: a warning to split it. */
  bodyWarnBytes: 1024 * 1024,
  /** A body above this many bytes is refused: rendering it would take minutes and gigabytes. */
  bodyMaxBytes: 16 * 1024 * 1024,
  /** Questions in one decision tree. */
  treeNodes: 1000,
} as const;

const MIB = 1024 * 1024;

/**
 * Checks a body against the limits before it is rendered, in time linear in its length. Returns
 * false when the body must not be rendered (the refusal is recorded with its line).
 */
export function checkBodyLimits(
  body: string,
  bodyLine: number,
  file: string,
  issues: IssueList,
): boolean {
  const bytes = Buffer.byteLength(body, 'utf8');
  const start = { line: bodyLine, column: 1 };
  if (bytes > LIMITS.bodyMaxBytes) {
    issues.add(
      file,
      'body',
      `is ${(bytes / MIB).toFixed(1)} MiB; expected at most ${LIMITS.bodyMaxBytes / MIB} MiB (split the article)`,
      start,
    );
    return false;
  }
  if (bytes > LIMITS.bodyWarnBytes) {
    issues.warn(
      file,
      'body',
      `is ${(bytes / MIB).toFixed(1)} MiB, above ${LIMITS.bodyWarnBytes / MIB} MiB: slow to build and to read; consider splitting the article`,
      start,
    );
  }
  const deep = findTooDeep(body, LIMITS.nesting);
  if (deep) {
    const at = { line: deep.line + bodyLine - 1, column: deep.column };
    issues.add(
      file,
      'body',
      `nests quotes, lists, HTML elements or emphasis more than ${LIMITS.nesting} levels deep; expected at most ${LIMITS.nesting}`,
      at,
    );
    return false;
  }
  return true;
}

/** Refuses a decision tree with more questions than {@link LIMITS.treeNodes}; true when within. */
export function checkTreeSize(tree: Tree | undefined, file: string, issues: IssueList): boolean {
  if (!tree || tree.nodes.length <= LIMITS.treeNodes) return true;
  issues.add(
    file,
    'tree.nodes',
    `has ${tree.nodes.length} questions; expected at most ${LIMITS.treeNodes} in one tree (split the article)`,
  );
  return false;
}
