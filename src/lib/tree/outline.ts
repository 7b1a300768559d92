import type { Tree } from '../../schemas/tree.ts';

/** Where an answer of the outline leads. */
export type OutlineEnd =
  | { type: 'node'; node: OutlineNode }
  | { type: 'ref'; nodeId: string; question: string }
  | { type: 'step'; stepId: string; n: number; title: string }
  | { type: 'outcome'; text: string };

/** The number (1-based) and title of the step an answer leads to, as both tree views show it. */
export function stepRef(
  steps: ReadonlyArray<{ id: string; title: string }>,
  id: string,
): { n: number; title: string } {
  const i = steps.findIndex((s) => s.id === id);
  return { n: i + 1, title: steps[i]?.title ?? id };
}

/** A question of the outline with its answers. */
export interface OutlineNode {
  id: string;
  question: string;
  answers: Array<{ label: string; end: OutlineEnd }>;
}

/**
 * How deep questions nest in the outline before the next one is written out on its own and
 * linked to: a long chain nested all the way would pass the depth at which browsers stop nesting
 * elements (512 in Chromium), and questions would no longer sit under the answers leading there.
 */
export const OUTLINE_DEPTH = 8;

/**
 * The tree as nested questions for the page without JavaScript: the first question, then any
 * question that would nest deeper than {@link OUTLINE_DEPTH}, each a root of its own that the
 * answer leading to it links to (`ref`). A question reached by more than one path is written out
 * once and linked to from the others, so the size stays linear.
 */
export function treeOutline(
  tree: Tree,
  steps: ReadonlyArray<{ id: string; title: string }>,
): OutlineNode[] {
  const byId = new Map(tree.nodes.map((n) => [n.id, n] as const));
  const claimed = new Set<string>([tree.start]);
  const queue: string[] = [tree.start];
  const ref = (label: string, nodeId: string): OutlineNode['answers'][number] => ({
    label,
    end: { type: 'ref', nodeId, question: byId.get(nodeId)?.question ?? nodeId },
  });
  const build = (id: string, depth: number): OutlineNode => {
    const node = byId.get(id)!;
    return {
      id,
      question: node.question,
      answers: node.answers.map((a) => {
        if (a.step !== undefined)
          return {
            label: a.label,
            end: { type: 'step', stepId: a.step, ...stepRef(steps, a.step) },
          };
        if (a.outcome !== undefined)
          return { label: a.label, end: { type: 'outcome', text: a.outcome } };
        const next = a.next!;
        if (claimed.has(next) || !byId.has(next)) return ref(a.label, next);
        claimed.add(next);
        if (depth + 1 >= OUTLINE_DEPTH) {
          queue.push(next);
          return ref(a.label, next);
        }
        return { label: a.label, end: { type: 'node', node: build(next, depth + 1) } };
      }),
    };
  };
  const roots: OutlineNode[] = [];
  for (let i = 0; i < queue.length; i++) if (byId.has(queue[i]!)) roots.push(build(queue[i]!, 0));
  return roots;
}
