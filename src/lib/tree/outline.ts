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
 * The tree as nested questions for the page without JavaScript. A question reached by more than
 * one path is written out once; later paths link to it (`ref`), so the size stays linear.
 */
export function treeOutline(
  tree: Tree,
  steps: ReadonlyArray<{ id: string; title: string }>,
): OutlineNode | undefined {
  const byId = new Map(tree.nodes.map((n) => [n.id, n] as const));
  const written = new Set<string>();
  const build = (id: string): OutlineNode | undefined => {
    const node = byId.get(id);
    if (!node) return undefined;
    written.add(id);
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
        const target = byId.get(next);
        if (written.has(next) || !target)
          return {
            label: a.label,
            end: { type: 'ref', nodeId: next, question: target?.question ?? next },
          };
        return { label: a.label, end: { type: 'node', node: build(next)! } };
      }),
    };
  };
  return build(tree.start);
}
