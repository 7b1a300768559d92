import { sentence } from './phrases.mjs';
import { COMPONENTS, SLUG_WORDS } from './terms.mjs';

const STATES = ['enabled', 'reachable', 'valid', 'logged', 'present', 'used', 'granted', 'ok'];
const QUESTIONS = [
  ['Is {c} reachable from the sending server?', 'Czy {c} jest osiągalny z serwera wysyłającego?'],
  [
    'Does the problem affect every server that uses {c}?',
    'Czy problem dotyczy każdego serwera, który korzysta z elementu {c}?',
  ],
  ['Was {c} changed in the last week?', 'Czy w ostatnim tygodniu zmieniano {c}?'],
  [
    'Is the error logged again after you restart {c}?',
    'Czy błąd jest rejestrowany ponownie po ponownym uruchomieniu elementu {c}?',
  ],
  [
    'Do the logs of {c} show the same code as the event?',
    'Czy dzienniki elementu {c} pokazują ten sam kod co zdarzenie?',
  ],
];
const LABELS = [
  ['Yes', 'Tak'],
  ['No', 'Nie'],
  ['Not sure', 'Nie wiem'],
  ['Only on some servers', 'Tylko na niektórych serwerach'],
  ['Yes, verified', 'Tak, sprawdzone'],
  ['Only after a restart', 'Tylko po ponownym uruchomieniu'],
];

/** A question pair about a random component. */
function question(rng) {
  const [en, pl] = rng.pick(QUESTIONS);
  const [cen, cpl] = rng.pick(COMPONENTS);
  return { en: en.replace('{c}', cen), pl: pl.replace('{c}', cpl) };
}

/**
 * A valid decision tree over `stepIds`: node i is linked from an earlier node, so every node is
 * reachable from the start and no cycle can form; every step gets at least one answer, so no
 * step is unreachable; every node has two or more answers, so none is a dead end.
 */
export function generateTree(rng, stepIds, ctx) {
  const count = Math.max(1, Math.min(9, Math.ceil(stepIds.length * 0.8) + rng.int(-1, 1)));
  const ids = [];
  while (ids.length < count) {
    const id = `${rng.pick(SLUG_WORDS)}-${rng.pick(STATES)}`;
    ids.push(ids.includes(id) ? `${id}-${ids.length + 1}` : id);
  }
  const nodes = ids.map((id) => ({ id, question: question(rng), answers: [] }));
  // Parents are drawn from the few nodes just before, which gives trees 3–5 levels deep, like the real article's.
  for (let i = 1; i < count; i += 1)
    nodes[rng.int(Math.max(0, i - 3), i - 1)].answers.push({ next: ids[i] });
  for (const step of rng.sample(stepIds, stepIds.length))
    nodes[rng.int(0, count - 1)].answers.push({ step });
  for (const node of nodes) {
    while (node.answers.length < 2) node.answers.push({ outcome: sentence(rng, ctx) });
    node.answers = rng.sample(node.answers, node.answers.length);
    node.answers.forEach((a, j) => {
      a.label = LABELS[j] ?? [`Other case ${j + 1}`, `Inny przypadek ${j + 1}`];
    });
  }
  return { start: ids[0], nodes };
}

/** The frontmatter `tree` of one language (0 = en, 1 = pl). */
export function treeIn(tree, li) {
  return {
    start: tree.start,
    nodes: tree.nodes.map((n) => ({
      id: n.id,
      question: li === 0 ? n.question.en : n.question.pl,
      answers: n.answers.map((a) => ({
        label: a.label[li],
        ...(a.next ? { next: a.next } : {}),
        ...(a.step ? { step: a.step } : {}),
        ...(a.outcome ? { outcome: li === 0 ? a.outcome.en : a.outcome.pl } : {}),
      })),
    })),
  };
}
