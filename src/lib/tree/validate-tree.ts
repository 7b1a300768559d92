import type { Tree } from '../../schemas/tree.ts';

/** A problem in a tree, with the field it is in. */
export interface TreeProblem {
  field: string;
  message: string;
  /** Warnings are reported but do not stop the build. */
  severity: 'error' | 'warning';
}

/**
 * Checks a decision tree's shape: unique node ids, a `start` that exists, answers that lead to
 * existing nodes and steps, every node reachable from `start`, no cycles, and (as a warning)
 * every step of the article reachable from the tree.
 */
export function validateTree(tree: Tree, stepIds: readonly string[]): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const error = (field: string, message: string) =>
    problems.push({ field, message, severity: 'error' });
  const index = new Map<string, number>();
  tree.nodes.forEach((node, i) => {
    if (index.has(node.id))
      error(`tree.nodes[${i}].id`, `duplicate node id "${node.id}"; expected each node id once`);
    else index.set(node.id, i);
  });
  if (!index.has(tree.start))
    error(
      'tree.start',
      `no node has the id "${tree.start}"; expected the id of the first question`,
    );
  const steps = new Set(stepIds);
  tree.nodes.forEach((node, i) =>
    node.answers.forEach((answer, j) => {
      const field = `tree.nodes[${i}].answers[${j}]`;
      if (answer.next !== undefined && !index.has(answer.next))
        error(`${field}.next`, `no node has the id "${answer.next}"; expected an existing node id`);
      if (answer.step !== undefined && !steps.has(answer.step))
        error(
          `${field}.step`,
          `no step has the id "${answer.step}"; expected one of the article's steps (${stepIds.join(', ') || 'none declared'})`,
        );
    }),
  );
  if (problems.length > 0) return problems;

  // Depth-first walk from start, with an explicit stack (a long chain must not overflow the call
  // stack): grey nodes are on the current path, so meeting one is a cycle.
  const colour = new Map<string, 'grey' | 'black'>();
  const reachedSteps = new Set<string>();
  const path: string[] = [tree.start];
  const next: number[] = [0];
  colour.set(tree.start, 'grey');
  while (path.length > 0) {
    const id = path.at(-1)!;
    const i = index.get(id)!;
    const answers = tree.nodes[i]!.answers;
    const j = next[next.length - 1]!;
    if (j >= answers.length) {
      colour.set(id, 'black');
      path.pop();
      next.pop();
      continue;
    }
    next[next.length - 1] = j + 1;
    const answer = answers[j]!;
    if (answer.step !== undefined) reachedSteps.add(answer.step);
    if (answer.next === undefined) continue;
    const state = colour.get(answer.next);
    if (state === 'grey') {
      const cycle = [...path.slice(path.indexOf(answer.next)), answer.next];
      error(
        `tree.nodes[${i}].answers[${j}].next`,
        `cycle ${shortPath([...path.slice(0, path.indexOf(answer.next)), ...cycle])}; expected the tree to move forward only`,
      );
    } else if (state === undefined) {
      colour.set(answer.next, 'grey');
      path.push(answer.next);
      next.push(0);
    }
  }
  tree.nodes.forEach((node, i) => {
    if (!colour.has(node.id))
      error(
        `tree.nodes[${i}]`,
        `node "${node.id}" cannot be reached from start "${tree.start}"; expected every node on some path`,
      );
  });
  for (const id of stepIds) {
    if (!reachedSteps.has(id))
      problems.push({
        field: 'tree',
        message: `step "${id}" is not reachable from the tree; readers of the troubleshooter will never be led to it`,
        severity: 'warning',
      });
  }
  return problems;
}

/** A path of node ids for a message: `a → b → c`, the middle left out when it is long. */
function shortPath(ids: readonly string[]): string {
  const shown = ids.length > 9 ? [...ids.slice(0, 4), '…', ...ids.slice(-4)] : ids;
  return shown.map((id) => (id.length > 40 ? `${id.slice(0, 40)}…` : id)).join(' → ');
}

/** The language-independent shape of a tree, for comparing two languages. */
export function treeShape(tree: Tree): string {
  const nodes = tree.nodes.map(
    (n) =>
      `${n.id}:${n.answers.map((a) => `${a.id ?? ''}>${a.next ?? ''}|${a.step ?? ''}|${a.outcome === undefined ? '' : '*'}`).join(',')}`,
  );
  return `${tree.start};${nodes.join(';')}`;
}
