import type { Tree } from '../../schemas/tree.ts';
import type { ClientAnswer, ClientTreeWire } from './client-model.ts';
import { stepRef } from './outline.ts';

/** Builds the model `<kb-tree>` reads from its `data-model` attribute. */
export function treeClientModel(
  tree: Tree,
  steps: ReadonlyArray<{ id: string; title: string }>,
  aliases: Readonly<Record<string, string>>,
  strings: ClientTreeWire['strings'],
): ClientTreeWire {
  const nodes: ClientTreeWire['nodes'] = [];
  for (const node of tree.nodes) {
    nodes.push([
      node.id,
      {
        question: node.question,
        answers: node.answers.map((a) => {
          const out: ClientAnswer = { label: a.label };
          if (a.id !== undefined) out.id = a.id;
          if (a.next !== undefined) out.next = a.next;
          if (a.outcome !== undefined) out.outcome = a.outcome;
          if (a.step !== undefined) {
            const { n, title } = stepRef(steps, a.step);
            out.step = a.step;
            out.stepN = n;
            out.stepTitle = title;
          }
          return out;
        }),
      },
    ]);
  }
  return { start: tree.start, nodes, aliases: Object.entries(aliases), strings };
}
