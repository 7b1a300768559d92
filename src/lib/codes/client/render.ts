import { routes } from '../../routes.ts';
import type { CodeKind } from '../extract/found.ts';
import { titleOf, type CodeToAnalyse, type RankedArticle } from '../format/analysis.ts';
import type { WireCode } from '../format/code-data.ts';
import type { LogStrings } from '../format/log-strings.ts';

/**
 * The DOM of an analysis: the table of codes and the ranked list of articles. Every text from
 * the log, the URL or the catalog goes in as text (`textContent`, `append` of strings), never as
 * markup.
 */

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The page of a code in the catalog, if it has one. */
export function codeHref(lang: 'pl' | 'en', kind: CodeKind, code: string, entry?: WireCode) {
  if (!entry) return undefined;
  if (kind === 'event') return routes.event(lang, code);
  if (kind === 'kb') return routes.article(lang, (entry.k ?? `kb:${code}`).slice(3));
  return routes.error(lang, code);
}

/** How a code is shown: `KB123456` for a KB number, the normal form otherwise. */
export function codeLabel(kind: CodeKind, code: string): string {
  return kind === 'kb' ? `KB${code}` : code;
}

/** The table of codes: kind, code, what it is, occurrences, citing articles and steps. */
export function codesTable(
  s: LogStrings,
  codes: readonly CodeToAnalyse[],
  entries: ReadonlyMap<string, WireCode>,
): HTMLElement {
  const head = el(
    'tr',
    {},
    ...[s.colKind, s.colCode, s.colWhat, s.colCount, s.colCited].map((h) =>
      el('th', { scope: 'col' }, h),
    ),
  );
  const rows = codes.map((c) => {
    const entry = entries.get(c.key);
    const href = codeHref(s.lang, c.kind, c.code, entry);
    const code = el('code', {}, codeLabel(c.kind, c.code));
    const title = titleOf(c.kind, entry);
    const count =
      c.count === undefined
        ? [
            el('span', { ariaHidden: 'true' }, '—'),
            el('span', { className: 'sr-only' }, s.countUnknown),
          ]
        : [String(c.count)];
    return el(
      'tr',
      {},
      el('td', {}, s.kinds[c.kind]),
      el('th', { scope: 'row' }, href ? el('a', { href }, code) : code),
      el('td', { className: title ? '' : 'muted' }, title ?? s.unknown),
      el('td', { className: 'num' }, ...count),
      el('td', {}, citers(s, entry)),
    );
  });
  const table = el(
    'table',
    { className: 'log-codes' },
    el('caption', {}, s.table),
    el('thead', {}, head),
    el('tbody', {}, ...rows),
  );
  return el(
    'div',
    { className: 'table-scroll', tabIndex: 0, role: 'region', ariaLabel: s.table },
    table,
  );
}

/** The articles and steps citing a code: `KB123456` then `Step 1`, `Step 4`. */
function citers(s: LogStrings, entry: WireCode | undefined): Node | string {
  if (!entry || entry.c.length === 0) return '';
  return el(
    'ul',
    { className: 'log-citers' },
    ...entry.c.map(([kb, title, , steps]) =>
      el(
        'li',
        {},
        el('a', { href: routes.article(s.lang, kb), title }, `KB${kb}`),
        ...steps.flatMap(([id, n, stepTitle]) => [
          ' · ',
          el(
            'a',
            { href: routes.article(s.lang, kb, id), title: stepTitle },
            s.step.replace('{n}', String(n)),
          ),
        ]),
      ),
    ),
  );
}

/** The ranked articles: title link, the codes covered, the steps citing them. */
export function articleList(
  s: LogStrings,
  ranked: readonly RankedArticle[],
  labels: ReadonlyMap<string, string>,
  headingId: string,
): HTMLElement {
  if (ranked.length === 0) return el('p', { className: 'muted' }, s.noArticles);
  const list = el(
    'ol',
    { className: 'log-articles' },
    ...ranked.map((a) => {
      const li = el(
        'li',
        {},
        el('a', { href: routes.article(s.lang, a.kb), className: 'log-article' }, a.title),
        ' ',
        el(
          'span',
          { className: 'muted' },
          `KB${a.kb} · `,
          s.covers.replace('{codes}', a.covers.map((k) => labels.get(k) ?? k).join(', ')),
        ),
      );
      if (a.steps.length > 0)
        li.append(
          el(
            'ul',
            {},
            ...a.steps.map(([id, n, title]) =>
              el(
                'li',
                {},
                el(
                  'a',
                  { href: routes.article(s.lang, a.kb, id) },
                  `${s.step.replace('{n}', String(n))}: ${title}`,
                ),
              ),
            ),
          ),
        );
      return li;
    }),
  );
  list.setAttribute('aria-labelledby', headingId);
  return list;
}
