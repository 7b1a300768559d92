import { routes } from '~/lib/routes.ts';
import { fill, resultCount, type SearchStrings } from './client-strings.ts';
import type { SearchResult } from './hit.ts';

/** The search code, loaded with the index on first focus of the box. */
export type Engine = typeof import('./engine.ts');

/** At most this many results in the header box's list. */
export const MAX_OPTIONS = 8;

/** The header box's options for an answered query, the note above them and the live status. */
export interface Suggestions {
  options: HTMLAnchorElement[];
  /** Shown above the list (no result with every word, no results), or empty. */
  note: string;
  /** Read out by the live region: how many results for what. */
  status: string;
}

/**
 * The options for the results of `q`: each hit with its kind, title and context, then "all
 * results"; with no hit, the note and links to browse events and codes instead.
 */
export function suggestions(
  engine: Engine,
  strings: SearchStrings,
  q: string,
  result: SearchResult,
): Suggestions {
  const { hits } = result;
  const options = hits.map((hit) =>
    option(
      hit.href,
      engine.hitMeta(hit, strings),
      ' ',
      engine.hitTitle(hit),
      ' ',
      engine.hitContext(hit, 90),
    ),
  );
  if (hits.length === 0) {
    const note = fill(strings.noResults, { q });
    options.push(
      option(routes.events(strings.lang), strings.browseEvents),
      option(routes.errors(strings.lang), strings.browseErrors),
    );
    return { options, note, status: note };
  }
  options.push(option(routes.search(strings.lang, q), fill(strings.all, { q })));
  const count = fill(strings.resultsFor, { count: resultCount(strings, hits.length), q });
  return result.partial
    ? { options, note: strings.partial, status: `${count} ${strings.partial}` }
    : { options, note: '', status: count };
}

/** One option: a link to the result, out of the tab order (the box keeps focus). */
function option(href: string, ...content: Array<Node | string>): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.tabIndex = -1;
  a.className = 'search-option';
  a.setAttribute('role', 'option');
  a.setAttribute('aria-selected', 'false');
  a.append(...content);
  return a;
}
