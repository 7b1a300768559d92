/** The shape of a tree the state code needs: ids and where answers lead. */
export interface StateTree {
  start: string;
  /** The nodes by id: a Map, so an id such as `__proto__` or `constructor` is just a key. */
  nodes: ReadonlyMap<string, { answers: ReadonlyArray<StateAnswer> }>;
  /** Former ids (old → current): a state saved before a rename still decodes. */
  aliases?: ReadonlyMap<string, string>;
}

/** An answer as the state code sees it. */
export interface StateAnswer {
  id?: string | undefined;
  next?: string | undefined;
  step?: string | undefined;
  outcome?: string | undefined;
}

/** One answered question on the way: the node and the index of the chosen answer. */
export interface PathItem {
  nodeId: string;
  answer: number;
}

/** A decoded `?tree=` state: the answers given, and whether the string fitted the tree. */
export interface TreeState {
  path: PathItem[];
  /** False when the string named answers the tree does not have (then `path` is empty). */
  valid: boolean;
}

/**
 * The keys of a node's answers, as used in `?tree=`: the answer's own `id`, else its target
 * (node id or step id), else `outcome`; a repeated key gets `~2`, `~3`... Keys never depend on
 * labels or on the language, so a state works in every language.
 */
export function answerKeys(answers: ReadonlyArray<StateAnswer>): string[] {
  const count = new Map<string, number>();
  return answers.map((a) => {
    const base = a.id ?? a.next ?? a.step ?? 'outcome';
    const n = (count.get(base) ?? 0) + 1;
    count.set(base, n);
    return n === 1 ? base : `${base}~${n}`;
  });
}

/** The `?tree=` value for a path: answer keys joined by dots (empty for the first question). */
export function encodeState(tree: StateTree, path: readonly PathItem[]): string {
  return path.map((p) => answerKeys(tree.nodes.get(p.nodeId)!.answers)[p.answer]).join('.');
}

/**
 * Reads a `?tree=` value back into a path, following the keys from `start`. A value that does
 * not fit the tree (edited tree, garbage) gives the first question and `valid: false`.
 */
export function decodeState(tree: StateTree, value: string | null): TreeState {
  if (!value) return { path: [], valid: true };
  const path: PathItem[] = [];
  let nodeId: string | undefined = tree.start;
  const keys = value.split('.');
  for (const [i, key] of keys.entries()) {
    const node: { answers: ReadonlyArray<StateAnswer> } | undefined =
      nodeId === undefined ? undefined : tree.nodes.get(nodeId);
    const keysHere: string[] = node ? answerKeys(node.answers) : [];
    const answer: number = keysHere.includes(key)
      ? keysHere.indexOf(key)
      : keysHere.indexOf(tree.aliases?.get(key) ?? key);
    if (!node || answer < 0 || nodeId === undefined) return { path: [], valid: false };
    path.push({ nodeId, answer });
    const next: string | undefined = node.answers[answer]!.next;
    if (next === undefined && i < keys.length - 1) return { path: [], valid: false };
    nodeId = next;
  }
  return { path, valid: true };
}
