/** The parts of an article a citation needs. */
export interface CitingArticle {
  kb: string;
  title: string;
  events: readonly string[];
  errors: readonly string[];
  steps: ReadonlyArray<{
    id: string;
    title: string;
    events: readonly string[];
    errors: readonly string[];
  }>;
}

/** One article that cites an event or error code, with the steps that cite it. */
export interface Citation {
  kb: string;
  title: string;
  steps: Array<{ id: string; title: string; n: number }>;
}

/**
 * An index of every key cited in `field` to the articles and steps citing it, built in one pass
 * so that catalog pages cost linear time in the number of articles.
 */
export function citationIndex(
  articles: readonly CitingArticle[],
  field: 'events' | 'errors',
): Map<string, Citation[]> {
  const index = new Map<string, Citation[]>();
  const sorted = [...articles].sort((x, y) => Number(x.kb) - Number(y.kb));
  for (const a of sorted) {
    const keys = new Set([...a[field], ...a.steps.flatMap((s) => s[field])]);
    for (const key of keys) {
      const steps = a.steps.flatMap((s, i) =>
        s[field].includes(key) ? [{ id: s.id, title: s.title, n: i + 1 }] : [],
      );
      push(index, key, { kb: a.kb, title: a.title, steps });
    }
  }
  return index;
}

/** Groups items by a key, keeping their order. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) push(map, key(item), item);
  return map;
}

/** Appends to the list under `key`, creating it: in place, so building a group stays linear. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
