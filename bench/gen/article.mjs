import { dump } from 'js-yaml';
import { generateBody } from './body.mjs';
import { createRng, hashSeed } from './prng.mjs';
import { paragraph } from './phrases.mjs';
import { COMPONENTS, PRODUCTS, SLUG_VERBS, SLUG_WORDS, SYMPTOMS } from './terms.mjs';
import { generateTree, treeIn } from './tree.mjs';

const VERBS = {
  check: ['Check', 'Sprawdź'],
  enable: ['Enable', 'Włącz'],
  reset: ['Reset', 'Zresetuj'],
  restart: ['Restart', 'Uruchom ponownie'],
  verify: ['Verify', 'Zweryfikuj'],
  rebuild: ['Rebuild', 'Odbuduj'],
  remove: ['Remove', 'Usuń'],
  renew: ['Renew', 'Odnów'],
  raise: ['Raise logging for', 'Zwiększ rejestrowanie dla'],
  clear: ['Clear', 'Wyczyść'],
  repair: ['Repair', 'Napraw'],
  update: ['Update', 'Zaktualizuj'],
};

/**
 * The step ids of article `kb`, from a stream of their own, so that other articles can link to
 * `#step` fragments without generating the whole article first.
 */
export function stepIdsFor(seed, kb) {
  const rng = createRng(hashSeed(seed, kb, 'steps'));
  const ids = [];
  const count = rng.int(2, 8);
  while (ids.length < count) {
    const id = `${rng.pick(SLUG_VERBS)}-${rng.pick(SLUG_WORDS)}`;
    ids.push(ids.includes(id) ? `${id}-${ids.length + 1}` : id);
  }
  return ids;
}

/** An ISO date between 2003 and 2024 (always a real calendar date: days stop at 28). */
const isoDate = (rng) =>
  `${rng.int(2003, 2024)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;

/** The references of an article: the i-th catalog entries first, so every entry is cited at least once. */
function pickRefs(rng, list, index, max) {
  const refs = [list[index % list.length]];
  for (let k = rng.int(0, max - 1); k > 0; k -= 1) {
    const e = rng.pickSkewed(list);
    if (!refs.includes(e)) refs.push(e);
  }
  return refs;
}

/**
 * One synthetic article in both languages, as the two files' text (`{ en, pl }`). `site` holds
 * the corpus: `kbs` (all KB numbers), `catalogs`, `stepIdsOf(kb)` and the `seed`.
 */
export function generateArticle(site, kb, index) {
  const rng = createRng(hashSeed(site.seed, kb, 'article'));
  const { events, errors } = site.catalogs;
  const ctx = {
    events: pickRefs(rng, events, index, 5),
    errors: pickRefs(rng, errors, index, 4),
    products: rng.sample(PRODUCTS, rng.int(1, 3)),
  };
  const stepIds = site.stepIdsOf(kb);
  const steps = stepIds.map((id) => {
    const [verb, word] = id.split('-');
    const [cen, cpl] = rng.pick(COMPONENTS);
    return {
      id,
      title: {
        en: `${VERBS[verb][0]} the ${word.toUpperCase()} settings of ${cen}`,
        pl: `${VERBS[verb][1]} ustawienia ${word.toUpperCase()}: ${cpl}`,
      },
      events: rng.chance(0.5) ? rng.sample(ctx.events, rng.int(1, 2)).map((e) => e.key) : [],
      errors: rng.chance(0.4) ? rng.sample(ctx.errors, 1).map((e) => e.key) : [],
    };
  });
  const related = [];
  for (let k = rng.int(2, 7); k > 0; k -= 1) {
    // About two thirds link to corpus articles; the rest are KB numbers this site does not have.
    const r = rng.chance(0.65) ? rng.pick(site.kbs) : rng.int(100000, 999999);
    if (r !== kb && !related.includes(r)) related.push(r);
  }
  const tree = rng.chance(0.85) ? generateTree(rng, stepIds, ctx) : undefined;
  const [sen, spl] = rng.pick(SYMPTOMS);
  const e0 = ctx.events[0];
  const c0 = ctx.errors[0];
  const title = {
    en: `How to resolve “${c0.display}” when ${sen} (event ${e0.id})`,
    pl: `Jak usunąć błąd „${c0.display}”, gdy ${spl} (zdarzenie ${e0.id})`,
  };
  // Summaries are plain text in search results and link previews, so no Markdown marks.
  const rawSummary = paragraph(rng, ctx, 1, 2);
  const summary = {
    en: rawSummary.en.replace(/[`*]/g, ''),
    pl: rawSummary.pl.replace(/[`*]/g, ''),
  };
  const body = generateBody(rng, { kb, ctx, steps, related }, site);
  const common = { reviewed: isoDate(rng), revision: rng.int(1, 12) };

  const file = (li, lang) => {
    const front = {
      title: title[lang],
      summary: summary[lang],
      products: ctx.products,
      ...common,
      events: ctx.events.map((e) => e.key),
      errors: ctx.errors.map((e) => e.key),
      related,
      steps: steps.map((s) => ({
        id: s.id,
        title: s.title[lang],
        ...(s.events.length ? { events: s.events } : {}),
        ...(s.errors.length ? { errors: s.errors } : {}),
      })),
      ...(tree ? { tree: treeIn(tree, li) } : {}),
    };
    return `---\n${dump(front, { lineWidth: -1, noRefs: true })}---\n\n${body[lang]}`;
  };
  return { en: file(0, 'en'), pl: file(1, 'pl') };
}

/** Unique six-digit KB numbers for `n` articles, in ascending order. */
export function kbNumbers(seed, n) {
  const rng = createRng(hashSeed(seed, 'kb-numbers'));
  const set = new Set();
  while (set.size < n) set.add(rng.int(100000, 999999));
  return [...set].sort((a, b) => a - b);
}
