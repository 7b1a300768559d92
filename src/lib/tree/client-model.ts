import type { Tree } from '../../schemas/tree.ts';
import { stepRef } from './outline.ts';

/** An answer as the browser needs it. */
export interface ClientAnswer {
  label: string;
  next?: string;
  step?: string;
  /** 1-based number of the step. */
  stepN?: number;
  stepTitle?: string;
  outcome?: string;
  id?: string;
}

/** A question as the browser needs it. */
export interface ClientNode {
  question: string;
  answers: ClientAnswer[];
}

/**
 * The tree as embedded in the page for `<kb-tree>`: only what the walk needs. Ids are keys of
 * lists of pairs, never of plain objects, so an id such as `__proto__` survives JSON and lookup.
 */
export interface ClientTreeWire {
  start: string;
  nodes: Array<[string, ClientNode]>;
  /** Former step ids and their current ids. */
  aliases: Array<[string, string]>;
  /** UI strings of the page's language. */
  strings: Record<
    | 'path'
    | 'change'
    | 'restart'
    | 'goToStep'
    | 'doStep'
    | 'outcome'
    | 'invalidState'
    | 'reached'
    | 'question',
    string
  >;
}

/** The tree as `<kb-tree>` walks it: the wire model with its pairs as Maps. */
export interface ClientTree extends Omit<ClientTreeWire, 'nodes' | 'aliases'> {
  nodes: Map<string, ClientNode>;
  aliases: Map<string, string>;
}

/** Reads the wire model (parsed JSON) into Maps. */
export function fromWire(wire: ClientTreeWire): ClientTree {
  return { ...wire, nodes: new Map(wire.nodes), aliases: new Map(wire.aliases) };
}

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
