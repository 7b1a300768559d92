import { fill, type SearchStrings } from './client-strings.ts';
import { highlight } from './highlight.ts';
import type { SearchHit } from './hit.ts';
import { snippet } from './marks.ts';

/** A `<span>` with a class and text (text only, never HTML). */
function span(className: string, ...children: Array<Node | string>): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.append(...children);
  return el;
}

/** The line naming what a hit is: `Krok 4 · KB 123456`, `Zdarzenie · 7004`. */
export function hitMeta(hit: SearchHit, strings: SearchStrings): HTMLSpanElement {
  const type = hit.type === 'step' ? fill(strings.step, { n: hit.step }) : strings.types[hit.type];
  const badge = hit.badgeMark ? document.createElement('mark') : document.createElement('span');
  badge.className = 'search-badge';
  badge.textContent = hit.badge;
  return span('search-meta', span('search-type', type), ' · ', badge);
}

/** The title of a hit with its marks. */
export function hitTitle(hit: SearchHit): HTMLSpanElement {
  return span('search-title', highlight(document, hit.title, hit.titleMarks));
}

/** The snippet of a hit: a window of its text around the matched words, marked. */
export function hitContext(hit: SearchHit, max: number): HTMLSpanElement {
  const cut = snippet(hit.context, hit.contextMarks, max);
  return span('search-context', highlight(document, cut.text, cut.ranges));
}
