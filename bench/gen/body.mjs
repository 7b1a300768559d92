import { action, command, paragraph, sentence } from './phrases.mjs';
import { SETTINGS } from './terms.mjs';

const LANGS = ['en', 'pl'];
const H = {
  symptoms: ['Symptoms', 'Objawy'],
  cause: ['Cause', 'Przyczyna'],
  resolution: ['Resolution', 'Rozwiązanie'],
  more: ['More information', 'Więcej informacji'],
  related: ['Related articles', 'Artykuły powiązane'],
  note: ['Note', 'Uwaga'],
  setting: ['Setting', 'Ustawienie'],
  value: ['Value', 'Wartość'],
  see: ['See also', 'Zobacz też'],
  event: ['Event', 'Zdarzenie'],
  code: ['Error code', 'Kod błędu'],
};
const SUBHEADINGS = [
  ['How the transport authenticates', 'Jak transport się uwierzytelnia'],
  ['Logging levels', 'Poziomy rejestrowania'],
  ['Known limitations', 'Znane ograniczenia'],
  ['Checking the queue', 'Sprawdzanie kolejki'],
  ['Cross-forest scenarios', 'Scenariusze między lasami'],
];
const EXTERNAL = [
  'https://www.rfc-editor.org/rfc/rfc5321',
  'https://www.rfc-editor.org/rfc/rfc3207',
  'https://learn.microsoft.com/exchange/mail-flow',
  'https://support.microsoft.com/help/821910',
];

/** Builds Markdown for both languages at once: `emit` takes a pair or a function of the language index. */
function writer() {
  const out = [[], []];
  const emit = (x) =>
    LANGS.forEach((_, li) =>
      out[li].push(
        typeof x === 'function' ? x(li) : Array.isArray(x) ? x[li] : (x[LANGS[li]] ?? x),
      ),
    );
  return { emit, done: () => ({ en: out[0].join('\n'), pl: out[1].join('\n') }) };
}

/** A link to another article of the corpus, sometimes to one of its steps (a checked `#fragment`). */
function articleLink(rng, site, self) {
  const target = rng.pick(site.kbs);
  if (target === self) return undefined;
  const steps = site.stepIdsOf(target);
  const fragment = rng.chance(0.5) && steps.length > 0 ? `#${rng.pick(steps)}` : '';
  return (li) => `[KB ${target}](/${LANGS[li]}/kb/${target}/${fragment})`;
}

/** The body of one step block: prose, numbered actions and sometimes code, a table, a note or links. */
function stepBody(rng, ctx, site, kb, emit) {
  emit(paragraph(rng, ctx, 1, 3));
  emit('');
  const actions = Array.from({ length: rng.int(2, 6) }, () => action(rng, ctx));
  actions.forEach((a, i) => emit((li) => `${i + 1}. ${li === 0 ? a.en : a.pl}`));
  emit('');
  if (rng.chance(0.35)) emit(['```', command(rng, ctx), '```', ''].join('\n'));
  if (rng.chance(0.2)) {
    const rows = rng
      .sample(SETTINGS, rng.int(2, 4))
      .map((s) => `| \`${s}\` | ${rng.int(0, 600)} |`);
    emit((li) =>
      [`| ${H.setting[li]} | ${H.value[li]} |`, '| --- | --- |', ...rows, ''].join('\n'),
    );
  }
  if (rng.chance(0.3)) {
    const s = sentence(rng, ctx);
    emit((li) => `> **${H.note[li]}:** ${li === 0 ? s.en : s.pl}\n`);
  }
  if (rng.chance(0.3)) {
    const link = articleLink(rng, site, kb);
    if (link) emit((li) => `${H.see[li]}: ${link(li)}.\n`);
  }
}

/**
 * The Markdown body of an article in both languages: the contract's sections, one
 * `:::step{#id}` block per declared step, internal links to other corpus articles (and their
 * steps), event and error pages, and external links.
 */
export function generateBody(rng, article, site) {
  const { emit, done } = writer();
  const ctx = article.ctx;
  emit(H.symptoms.map((h) => `## ${h}\n`));
  emit(paragraph(rng, ctx));
  emit('');
  for (const e of ctx.events.slice(0, 4)) {
    const s = sentence(rng, ctx);
    emit((li) => `- **${H.event[li]} ${e.id}** (${e.source}) – ${li === 0 ? s.en : s.pl}`);
  }
  emit('');
  const smtp = ctx.errors.find((e) => e.text);
  if (smtp) emit(['```', smtp.text, '```', ''].join('\n'));
  emit(H.cause.map((h) => `## ${h}\n`));
  emit(paragraph(rng, ctx, 2, 6));
  emit('');
  emit(H.resolution.map((h) => `## ${h}\n`));
  emit(paragraph(rng, ctx, 1, 2));
  emit('');
  for (const step of article.steps) {
    emit(`:::step{#${step.id}}`);
    stepBody(rng, ctx, site, article.kb, emit);
    emit(':::\n');
  }
  emit(H.more.map((h) => `## ${h}\n`));
  for (const [en, pl] of rng.sample(SUBHEADINGS, rng.int(1, 3))) {
    emit([`### ${en}\n`, `### ${pl}\n`]);
    emit(paragraph(rng, ctx, 2, 5));
    emit('');
  }
  const e = ctx.events[0];
  const c = ctx.errors[0];
  emit(
    (li) =>
      `${H.see[li]}: [${H.event[li]} ${e.id}](/${LANGS[li]}/events/${e.id}/), [${H.code[li]} ${c.display}](/${LANGS[li]}/errors/${c.code}/), <${rng.pick(EXTERNAL)}>.\n`,
  );
  emit(H.related.map((h) => `## ${h}\n`));
  for (const r of article.related) {
    const s = sentence(rng, ctx);
    emit((li) => `- KB ${r} – ${li === 0 ? s.en : s.pl}`);
  }
  emit('');
  return done();
}
