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

/** The tree as embedded in the page for `<kb-tree>`: only what the walk needs. */
export interface ClientTree {
  start: string;
  nodes: Record<string, { question: string; answers: ClientAnswer[] }>;
  /** Former step ids and their current ids. */
  aliases: Record<string, string>;
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
