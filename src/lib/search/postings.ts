import { words } from './fold.ts';
import type { SearchRecord } from './model.ts';

/**
 * Where each position of the texts (`x`) belongs: `record << 3 | field` (fields numbered as in
 * `FIELDS`: t, st, c, s, b), or -1 for text that is shown but not searched (a step's context).
 * With it, the occurrences of a word are found by one scan of `x` at query time, and loading has
 * nothing to sort: a few typed-array fills per record.
 *
 * Some fields are indexed once and credited to other records by the prefilter: a step's title is
 * also its article's step-titles field; an error code's context (kinds, names, the SMTP reply)
 * and every code's typed forms live on the code's record and count for each record citing it.
 */
export function buildEntryMap(records: readonly SearchRecord[], length: number): Int32Array {
  const entryAt = new Int32Array(length).fill(-1);
  for (let r = 0; r < records.length; r++) {
    const rec = records[r]!;
    const base = r << 3;
    entryAt.fill(base, rec.t0, rec.t1);
    if (rec.type === 'article') {
      entryAt.fill(base | 3, rec.s0, rec.s1);
      entryAt.fill(base | 4, rec.b0, rec.b1);
    } else if (rec.type === 'event') {
      // Source, log and level: the event's own body, not text its citers should match.
      entryAt.fill(base | 4, rec.c0, rec.c1);
    } else if (rec.type === 'error') {
      entryAt.fill(base | 2, rec.c0, rec.c1);
    }
  }
  return entryAt;
}

/**
 * Entries for words that are not in the texts: codes as readers type them (`8009030c`,
 * `-2146893044`, `sec_e_logon_denied`; on the code's record, field c) and product names (shared
 * by many articles; field b of each).
 */
export function extraEntries(
  records: readonly SearchRecord[],
  codeForms: ReadonlyArray<readonly string[]>,
  productNames: readonly string[],
): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const add = (term: string, entry: number) => {
    const list = map.get(term);
    if (!list) map.set(term, [entry]);
    else if (list[list.length - 1] !== entry) list.push(entry);
  };
  // Catalog entries are the first records, in catalog order.
  codeForms.forEach((forms, i) => forms.flatMap(words).forEach((term) => add(term, (i << 3) | 2)));
  const productTerms = productNames.map(words);
  for (let r = 0; r < records.length; r++) {
    const prods = records[r]!.products;
    for (let k = 0; k < prods.length; k++)
      for (const term of productTerms[prods[k]!] ?? []) add(term, (r << 3) | 4);
  }
  return map;
}
