import { errorKey, eventKey } from '../codes/parse-query.ts';
import type { IndexData, WireArticle, WireError, WireEvent, WireStep } from './model.ts';
import { VocabularyEncoder } from './text-codec.ts';

/** An article of one language, as the index build needs it (plain data, no Astro). */
export interface IndexArticle {
  kb: string;
  title: string;
  summary: string;
  products: readonly string[];
  headings: ReadonlyArray<{ depth: number; id: string; text: string }>;
  events: readonly string[];
  errors: readonly string[];
  steps: ReadonlyArray<{
    id: string;
    title: string;
    events: readonly string[];
    errors: readonly string[];
  }>;
}

/** An event of the catalog, its texts already in the index's language. */
export interface IndexEvent {
  id: number;
  source: string;
  log: string;
  /** The level in words of the index's language. */
  level: string;
  title: string;
}

/** An error code of the catalog, its texts already in the index's language. */
export interface IndexError {
  code: string;
  /** The kind in words of the index's language (`Odpowiedź SMTP`). */
  kindLabel: string;
  name?: string | undefined;
  text?: string | undefined;
  title: string;
}

/** Everything one language's index is built from. */
export interface IndexInput {
  lang: string;
  articles: readonly IndexArticle[];
  events: readonly IndexEvent[];
  errors: readonly IndexError[];
}

// Texts go to the reader as NFC so the browser's folding keeps one character for one.
const nfc = (s: string) => s.normalize('NFC');
const SEP = ' · ';
/** Longest summary kept, in characters: enough for a result's context, within the byte budget. */
export const SUMMARY_MAX = 160;

/**
 * The first sentence of a summary, cut at a word before {@link SUMMARY_MAX} characters. The full
 * summary costs about a quarter of an article's bytes; its first sentence carries what it is about.
 */
export function shortSummary(summary: string): string {
  const text = nfc(summary).trim();
  const end = text.search(/[.!?…](?=\s+\p{Lu}|$)/u);
  const first = end >= 0 ? text.slice(0, end + 1) : text;
  if (first.length <= SUMMARY_MAX) return first;
  const cut = first.lastIndexOf(' ', SUMMARY_MAX - 1);
  return `${first.slice(0, cut > SUMMARY_MAX / 2 ? cut : SUMMARY_MAX - 1).replace(/[\s,;:–-]+$/u, '')}…`;
}

/** Groups catalog entries by a key, keeping their order. */
function groupBy<T, K>(list: readonly T[], key: (x: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const x of list) out.set(key(x), [...(out.get(key(x)) ?? []), x]);
  return out;
}

/**
 * Builds the search index of one language from validated content. Compact by design: tuples,
 * texts as vocabulary positions in one flat array, shared tables for products and codes, no
 * article bodies and only the first sentence of a summary (see {@link WireArticle}).
 */
export function buildSearchIndex(input: IndexInput): IndexData {
  // Plain texts first; they are encoded once the whole vocabulary is known.
  const events = [...groupBy(input.events, (e) => e.id)]
    .sort(([a], [b]) => a - b)
    .map(([id, list]) => {
      const first = list[0]!;
      const sources = [...new Set(list.map((e) => e.source))].join(', ');
      return {
        id,
        title: nfc(first.title),
        context: nfc([sources, first.log, first.level].join(SEP)),
      };
    });
  const errors = [...groupBy(input.errors, (e) => e.code)]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([code, list]) => {
      const names = [...new Set(list.flatMap((e) => (e.name ? [e.name] : [])))];
      const kinds = [...new Set(list.map((e) => e.kindLabel))].join(', ');
      const text = list.find((e) => e.text)?.text;
      // The reply as logged (`504 need to authenticate first`) is the most telling context of a code.
      return {
        code,
        names,
        title: nfc(list[0]!.title),
        context: nfc([kinds, ...names, ...(text ? [text] : [])].join(SEP)),
      };
    });
  const codeRef = new Map<string, number>();
  events.forEach(({ id }, i) => codeRef.set(eventKey(id), i));
  errors.forEach(({ code }, i) => codeRef.set(errorKey(code), events.length + i));
  // References in content are `Source/eventId` and `kind/code`; the index knows IDs and codes.
  const refs = (evs: readonly string[], errs: readonly string[]) => {
    const keys = [
      ...evs.map((x) => eventKey(x.slice(x.lastIndexOf('/') + 1))),
      ...errs.map((x) => errorKey(x.slice(x.indexOf('/') + 1))),
    ];
    return [...new Set(keys.flatMap((k) => (codeRef.has(k) ? [codeRef.get(k)!] : [])))];
  };
  const products = [...new Set(input.articles.flatMap((a) => a.products))].sort();
  const productRef = new Map(products.map((p, i) => [p, i]));
  const articles = [...input.articles]
    .sort((x, y) => Number(x.kb) - Number(y.kb))
    .map((art) => {
      const stepIds = new Set(art.steps.map((st) => st.id));
      return {
        art,
        title: nfc(art.title),
        summary: shortSummary(art.summary),
        // Step headings are already there as step titles; the rest is searched as one text.
        headings: art.headings
          .filter((h) => !stepIds.has(h.id))
          .map((h) => nfc(h.text))
          .join(SEP),
        steps: art.steps.map((st) => ({
          id: st.id,
          title: nfc(st.title),
          codes: refs(st.events, st.errors),
        })),
      };
    });
  const enc = new VocabularyEncoder();
  for (const e of events) [e.title, e.context].forEach((t) => enc.add(t));
  for (const e of errors) [e.title, e.context].forEach((t) => enc.add(t));
  for (const p of products) enc.add(nfc(p));
  for (const a of articles)
    [a.title, a.summary, a.headings, ...a.steps.map((st) => st.title)].forEach((t) => enc.add(t));
  // Texts go into `x` in the order the tuples list them; a tuple keeps only their lengths.
  const x: number[] = [];
  const put = (text: string) => {
    const ids = enc.encode(text);
    x.push(...ids);
    return ids.length;
  };
  const e = events.map((ev): WireEvent => [ev.id, put(ev.title), put(ev.context)]);
  const r = errors.map((er): WireError => [er.code, put(er.title), put(er.context), er.names]);
  const p = products.map((pr) => put(nfc(pr)));
  const a = articles.map(({ art, title, summary, headings, steps }): WireArticle => [
    art.kb,
    put(title),
    put(summary),
    put(headings),
    art.products.map((pr) => productRef.get(pr)!),
    refs(
      [...art.events, ...art.steps.flatMap((st) => st.events)],
      [...art.errors, ...art.steps.flatMap((st) => st.errors)],
    ),
    steps.map((st): WireStep => [st.id, put(st.title), st.codes]),
  ]);
  return { v: 3, l: input.lang, w: enc.vocabulary(), s: enc.wordsFrom(), x, e, r, p, a };
}
