import type { Page } from '@playwright/test';
import {
  fromWire,
  type ClientAnswer,
  type ClientTree,
  type ClientTreeWire,
} from '../../../src/lib/tree/client-model.ts';
import { answerKeys } from '../../../src/lib/tree/state.ts';

/** A question of the tree at the end of one path of answers: the `?tree=` value that opens it. */
export interface QuestionState {
  /** The `?tree=` value (empty for the first question). */
  state: string;
  question: string;
  /** Each answer with the `?tree=` value it leads to. */
  answers: ReadonlyArray<{ answer: ClientAnswer; state: string }>;
}

/** The model `<kb-tree>` on the current page walks (its `data-model`), the tree as the page has it. */
export async function treeModel(page: Page): Promise<ClientTree> {
  const wire = (await page.locator('kb-tree').getAttribute('data-model'))!;
  return fromWire(JSON.parse(wire) as ClientTreeWire);
}

/**
 * Every question of the tree at every path that reaches it, from the tree data itself, so that
 * each state's URL is visited once instead of clicking through with reloads. Throws on a path
 * deeper than any real tree (a cycle).
 */
export function questionStates(tree: ClientTree): QuestionState[] {
  const out: QuestionState[] = [];
  const visit = (nodeId: string, path: readonly string[]) => {
    if (path.length > 30)
      throw new Error(`The tree is deeper than any real one at ${path.join('.')}: a cycle?`);
    const node = tree.nodes.get(nodeId);
    if (!node)
      throw new Error(`The path ${path.join('.')} leads to a node the tree lacks: ${nodeId}`);
    const keys = answerKeys(node.answers);
    const answers = node.answers.map((answer, i) => ({
      answer,
      state: [...path, keys[i]].join('.'),
    }));
    out.push({ state: path.join('.'), question: node.question, answers });
    node.answers.forEach((a, i) => {
      if (a.next !== undefined) visit(a.next, [...path, keys[i]!]);
    });
  };
  visit(tree.start, []);
  return out;
}
