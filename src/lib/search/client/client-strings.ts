import type { SearchStrings } from '../format/strings.ts';

export type { SearchStrings };

/** Fills `{name}` placeholders in one pass, so a query containing `{n}` stays as typed. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}

/** The count of results in the right plural form (1 wynik, 2 wyniki, 5 wyników). */
export function resultCount(strings: SearchStrings, n: number): string {
  const category = new Intl.PluralRules(strings.locale).select(n);
  return fill(strings.results[category] ?? strings.results.other, { n });
}

/** Reads the strings from an element's `data-strings`; throws when they are missing. */
export function readStrings(el: HTMLElement): SearchStrings {
  const json = el.dataset['strings'];
  if (!json) throw new Error('search: data-strings is missing');
  return JSON.parse(json) as SearchStrings;
}
