// Golden test of the Markdown renderer: the HTML of every article of content/, of the test
// fixtures, of 200 benchmark articles and of a page of edge cases is recorded in
// tests/fixtures/golden/. A change of renderer (remark-parse to Sätteri) must reproduce it byte
// for byte, except for the differences listed in ACCEPTED, each with the reason it is right.
// Record again (only after reading the diff): KB_UPDATE_GOLDEN=1 npx vitest run tests/unit/golden-render.test.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSite } from '../../src/lib/content/load-site.ts';
import { renderArticleBody } from '../../src/lib/markdown/render.ts';
import { writeCorpus } from '../../bench/gen/corpus.mjs';

const root = resolve(import.meta.dirname, '../..');
const goldenDir = join(root, 'tests/fixtures/golden');
const update = process.env['KB_UPDATE_GOLDEN'] === '1';

/** A difference from the recorded HTML that is intended, with why. */
interface Accepted {
  name: string;
  reason: string;
  /** Turns the recorded HTML into what the current renderer must produce. */
  apply: (html: string) => string;
}

/** Every intended difference between the recorded HTML and today's renderer. */
const ACCEPTED: Accepted[] = [
  {
    name: 'inline tag with an unquoted attribute value holding "/" stays text',
    reason:
      'Sätteri does not take `<img src=/favicon.svg onerror=…>` inside a paragraph as HTML (micromark ' +
      'did, and the sanitiser then kept `<img src="/favicon.svg">`): the text is escaped, so it is ' +
      'as safe; only the hostile fixture writes it, and a quoted value (`src="/a.svg"`) still works.',
    apply: (html) =>
      html.replace(
        'Step text <img src="/favicon.svg"> and',
        'Step text &#x3C;img src=/favicon.svg onerror="window.__xss=22"> and',
      ),
  },
  {
    name: 'heading ids are ASCII; the former id stays as an anchor',
    reason:
      'The contract: heading ids are ASCII (`#rozwiazanie`, not `#rozwi%C4%85zanie` in a pasted ' +
      'link) and an id published before keeps working, so a heading whose id had diacritics gets ' +
      'the folded id and an empty `<span class="heading-alias">` carrying the former one.',
    apply: (html) =>
      html.replace(
        /<h([2-6]) id="([^"]*[^\x00-\x7f][^"]*)">([\s\S]*?)<a class="anchor" href="#\2">/g,
        (_, level: string, id: string, text: string) =>
          `<h${level} id="${fold(id)}"><span id="${id}" class="heading-alias"></span>${text}<a class="anchor" href="#${fold(id)}">`,
      ),
  },
];

/** Folds Polish (and other Latin) diacritics, written apart from the plugin's own folding. */
function fold(id: string): string {
  return id
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L');
}

/** The recorded HTML with every accepted difference applied. */
function expected(recorded: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(recorded).map(([k, html]) => [k, ACCEPTED.reduce((h, a) => a.apply(h), html)]),
  );
}

/** Compares one corpus with its record (or records it under KB_UPDATE_GOLDEN=1). */
function compare(name: string, actual: Record<string, string>): void {
  const file = join(goldenDir, `${name}.json`);
  if (update || !existsSync(file)) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, `${JSON.stringify(actual, null, 1)}\n`);
    if (!update) throw new Error(`${file} was missing and is now recorded; run again`);
    return;
  }
  const want = expected(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
  expect(Object.keys(actual).sort()).toEqual(Object.keys(want).sort());
  // One article at a time, so a failure names the article and shows a readable diff.
  for (const key of Object.keys(want)) expect(actual[key], `${name}: ${key}`).toBe(want[key]);
}

/** The rendered body of every article version of a content tree. */
async function siteHtml(contentDir: string): Promise<Record<string, string>> {
  const site = await loadSite(root, contentDir);
  return Object.fromEntries(site.articles.map((a) => [`${a.kb}/${a.lang}`, a.html]));
}

describe('rendered HTML matches the golden record', () => {
  test('content/', async () => compare('content', await siteHtml(join(root, 'content'))));

  for (const fixture of ['valid', 'site'])
    test(`tests/fixtures/content/${fixture}`, async () =>
      compare(`fixture-${fixture}`, await siteHtml(join(root, 'tests/fixtures/content', fixture))));

  test('200 benchmark articles', { timeout: 120_000 }, async () => {
    const contentDir = join(root, '.tmp-builds/golden-bench-200/content');
    writeCorpus({ seed: 'kb-bench-v1', n: 200, contentDir });
    compare('bench-200', await siteHtml(contentDir));
  });

  test('edge cases (tables, callouts, directives, raw HTML, GFM, ids)', () => {
    const markdown = readFileSync(join(goldenDir, 'snippets.md'), 'utf8');
    const options = {
      steps: [{ id: 'krok-pierwszy', title: 'Pierwszy krok' }],
      stepAliases: { 'stary-krok': 'krok-pierwszy' },
      stepLabel: 'Krok {n}',
      anchorLabel: 'Link do tej sekcji',
      reserved: ['symptoms'],
    };
    const pl = renderArticleBody(markdown, options);
    const own = pl.headings.filter((h) => h.id !== 'krok-pierwszy');
    const en = renderArticleBody(markdown, {
      ...options,
      headingIds: own.map((h) => h.id),
      formerHeadingIds: own.map((h) => h.formerId),
    });
    // The former ids and the `step` mark of step titles are new in the heading list; the
    // recorded list had today's ids as `id` and no mark.
    const headings = pl.headings.map(({ formerId, step: _step, ...h }) => ({
      ...h,
      id: formerId ?? h.id,
    }));
    compare('snippets', { pl: pl.html, en: en.html, headings: JSON.stringify(headings) });
  });
});
