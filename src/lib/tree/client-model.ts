/** The wire format of the tree embedded in an article page: built by build-client-model.ts, read by client/kb-tree.ts. */

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
