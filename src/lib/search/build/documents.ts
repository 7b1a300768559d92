import { errorKey, eventKey, kbKey, nameKey } from '../../codes/parse-query.ts';
import { articleRef, catalogRef } from '../format/refs.ts';
import { KEY_IMPACT, STEP_SLOTS, type WireFragment } from '../format/wire.ts';
import { bodyText } from './html-text.ts';
import type { IndexArticle, IndexInput } from './input.ts';

/** The fields of a document, highest weight first (weights in `score.ts`). */
export const FIELDS = ['title', 'stepTitle', 'heading', 'summary', 'body', 'catalog'] as const;
/** A field of a document. */
export type Field = (typeof FIELDS)[number];

/** One thing a query can find: a catalog page, an article or one step of it. */
export interface SearchDocument {
  /** Its ref (see `format/refs.ts`). */
  ref: number;
  /** Its texts by field; a field may be several texts (an article's body and its steps' texts). */
  fields: Partial<Record<Field, string | string[]>>;
}

/** A code key with the documents carrying it and how strongly (see {@link keyImpact}). */
export type KeyPostings = Map<string, Map<number, number>>;

/** Everything the index is made of. */
export interface Documents {
  docs: SearchDocument[];
  /** Fragments by ref: what results show. */
  fragments: Map<number, WireFragment>;
  /** Code keys (`event:7004`) to documents. */
  keys: KeyPostings;
  /** Number of catalog entries. */
  catalog: number;
  /** Number of events (the first catalog entries). */
  events: number;
  /** Number of articles. */
  articles: number;
}

const keyImpact = KEY_IMPACT;

const nfc = (s: string) => s.normalize('NFC');
const SEP = ' · ';

/** Groups by a key, keeping first-seen order. */
function groupBy<T, K>(list: readonly T[], key: (x: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const x of list) {
    const k = key(x);
    const l = out.get(k);
    if (l) l.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** The questions, answers and outcomes of a decision tree, one per line. */
function treeText(article: IndexArticle): string {
  return (article.tree?.nodes ?? [])
    .flatMap((n) => [n.question, ...n.answers.flatMap((a) => [a.label, a.outcome ?? ''])])
    .filter(Boolean)
    .join('\n');
}

/** Keys of references in content (`Source/7004`, `kind/code`). */
const refKeys = (events: readonly string[], errors: readonly string[]) => [
  ...events.map((x) => eventKey(x.slice(x.lastIndexOf('/') + 1))),
  ...errors.map((x) => errorKey(x.slice(x.indexOf('/') + 1))),
];

/** Turns one language's content into documents, fragments and code keys. */
export function documents(input: IndexInput): Documents {
  const docs: SearchDocument[] = [];
  const fragments = new Map<number, WireFragment>();
  const keys: KeyPostings = new Map();
  const carry = (key: string, ref: number, impact: number) => {
    const m = keys.get(key) ?? new Map<number, number>();
    keys.set(key, m);
    m.set(ref, Math.max(m.get(ref) ?? 0, impact));
  };
  const events = [...groupBy(input.events, (e) => e.id)].sort(([a], [b]) => a - b);
  const errors = [...groupBy(input.errors, (e) => e.code)].sort(([a], [b]) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  const codeTitles = new Map<string, string[]>();
  let ref = 0;
  for (const [id, list] of events) {
    const first = list[0]!;
    const context = [[...new Set(list.map((e) => e.source))].join(', '), first.log, first.level];
    const r = catalogRef(ref++);
    docs.push({
      ref: r,
      fields: { catalog: nfc([first.title, first.description, ...context].join('\n')) },
    });
    fragments.set(r, {
      kind: 'event',
      id: String(id),
      title: nfc(first.title),
      context: nfc(context.join(SEP)),
      body: nfc(first.description),
      steps: [],
    });
    carry(eventKey(id), r, keyImpact.own);
    codeTitles.set(eventKey(id), [String(id)]);
  }
  for (const [code, list] of errors) {
    const first = list[0]!;
    const names = [...new Set(list.flatMap((e) => (e.name ? [e.name] : [])))];
    const text = list.find((e) => e.text)?.text;
    const context = [
      [...new Set(list.map((e) => e.kindLabel))].join(', '),
      ...names,
      ...(text ? [text] : []),
    ];
    const r = catalogRef(ref++);
    docs.push({
      ref: r,
      fields: { catalog: nfc([code, first.title, first.description, ...context].join('\n')) },
    });
    fragments.set(r, {
      kind: 'error',
      id: code,
      title: nfc(first.title),
      context: nfc(context.join(SEP)),
      body: nfc(first.description),
      steps: [],
    });
    carry(errorKey(code), r, keyImpact.own);
    for (const n of names) carry(nameKey(n), r, keyImpact.own);
    codeTitles.set(errorKey(code), [code.toLowerCase(), ...names.map((n) => n.toLowerCase())]);
  }
  const catalog = ref;
  // A symbolic name finds the code's citers too.
  const nameKeys = new Map<string, string[]>();
  for (const e of input.errors)
    if (e.name)
      nameKeys.set(errorKey(e.code), [...(nameKeys.get(errorKey(e.code)) ?? []), nameKey(e.name)]);
  const names = (cited: readonly string[]) => cited.flatMap((k) => nameKeys.get(k) ?? []);
  const articles = [...input.articles].sort((x, y) => Number(x.kb) - Number(y.kb));
  articles.forEach((art, a) => {
    if (art.steps.length >= STEP_SLOTS)
      throw new Error(
        `search index: KB ${art.kb} has ${art.steps.length} steps; at most ${STEP_SLOTS - 1} fit`,
      );
    const aref = articleRef(catalog, a);
    const text = bodyText(art.html);
    const stepIds = new Set(art.steps.map((s) => s.id));
    const headings = art.headings.filter((h) => !stepIds.has(h.id)).map((h) => nfc(h.text));
    const tree = nfc(treeText(art));
    const steps = art.steps.map((s) => ({
      id: s.id,
      title: nfc(s.title),
      text: text.steps.get(s.id) ?? '',
    }));
    const body = [text.body, tree].filter(Boolean).join('\n');
    docs.push({
      ref: aref,
      fields: {
        title: nfc(art.title),
        stepTitle: steps.map((s) => s.title).join('\n'),
        heading: headings.join('\n'),
        summary: nfc(art.summary),
        body: [body, ...steps.map((s) => s.text), ...art.products.map(nfc)],
      },
    });
    fragments.set(aref, {
      kind: 'article',
      id: art.kb,
      title: nfc(art.title),
      context: nfc(art.summary),
      body,
      steps,
    });
    const titleLower = art.title.toLowerCase();
    const named = (key: string, title: string) =>
      (codeTitles.get(key) ?? []).some((c) => title.toLowerCase().includes(c));
    carry(kbKey(art.kb), aref, keyImpact.own);
    const cited = refKeys(
      [...art.events, ...art.steps.flatMap((s) => s.events)],
      [...art.errors, ...art.steps.flatMap((s) => s.errors)],
    );
    for (const key of cited)
      carry(key, aref, named(key, titleLower) ? keyImpact.articleTitle : keyImpact.article);
    for (const n of names(cited)) carry(n, aref, keyImpact.article);
    art.steps.forEach((s, i) => {
      const sref = articleRef(catalog, a, i + 1);
      docs.push({ ref: sref, fields: { stepTitle: steps[i]!.title, body: steps[i]!.text } });
      const own = refKeys(s.events, s.errors);
      for (const key of own)
        carry(key, sref, named(key, s.title) ? keyImpact.stepTitle : keyImpact.step);
      for (const n of names(own)) carry(n, sref, keyImpact.step);
    });
  });
  return { docs, fragments, keys, catalog, events: events.length, articles: articles.length };
}
