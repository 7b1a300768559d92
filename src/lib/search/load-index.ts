import { codeForms } from '../codes/error-codes.ts';
import { errorKey, eventKey, kbKey, nameKey } from '../codes/parse-query.ts';
import { isLang, type Lang } from '../../i18n/keys.ts';
import { routes } from '../routes.ts';
import { fold } from './fold.ts';
import type { CatalogEntry, FoldedFields, IndexData, SearchRecord } from './model.ts';
import { buildEntryMap, extraEntries } from './postings.ts';
import { TermIndex } from './term-index.ts';
import { decodeText } from './text-codec.ts';

/** A loaded index: records, the exact code map and the word index. */
export interface SearchIndex {
  /** The language of the texts. */
  lang: Lang;
  /** Every searchable item: events, error codes, then each article followed by its steps. */
  records: SearchRecord[];
  /** Events then error codes, as the records' `codes` number them. */
  catalog: CatalogEntry[];
  /** Exact lookups: a normalised code key to the records carrying it. */
  codes: Map<string, number[]>;
  /** Folded words to where they occur, for prefiltering. */
  terms: TermIndex;
  /** Each record's article (for steps) or -1, as the prefilter needs it. */
  parents: Int32Array;
  /** Per catalog entry, the records carrying it (itself and its citers). */
  citers: ReadonlyArray<readonly number[]>;
  /** Every text as vocabulary positions (see `model.ts`). */
  x: number[];
  /** The vocabulary as sent. */
  vocab: string[];
  /** The number of the first word in the vocabulary (separators come before). */
  wordsFrom: number;
  /** Product spans `[start, end)` in `x`, two numbers each. */
  products: Int32Array;
}

/** The text at `[start, end)` of the index; `folded` gives it lowercase without diacritics. */
export function textOf(index: SearchIndex, start: number, end: number, folded = false): string {
  return decodeText(
    folded ? index.terms.foldedVocabulary() : index.vocab,
    index.wordsFrom,
    index.x,
    start,
    end,
  );
}

/** The page a record links to. */
export function hrefOf(index: SearchIndex, rec: SearchRecord): string {
  if (rec.type === 'event') return routes.event(index.lang, rec.id);
  if (rec.type === 'error') return routes.error(index.lang, rec.id);
  return routes.article(index.lang, rec.id, rec.anchor || undefined);
}

/** A record's short tag: `KB 123456`, `7004`, `0x8009030c`. */
export function badgeOf(rec: SearchRecord): string {
  return rec.type === 'article' || rec.type === 'step' ? `KB ${rec.id}` : rec.id;
}

const foldedCache = new WeakMap<SearchRecord, FoldedFields>();

/** A record's searchable fields as folded strings, for Fuse (made on demand: few records need them). */
export function foldedFields(index: SearchIndex, rec: SearchRecord): FoldedFields {
  let f = foldedCache.get(rec);
  if (!f) {
    // An article's steps are the records right after it (`order` is a record's position).
    const steps =
      rec.type === 'article' ? index.records.slice(rec.order + 1, rec.order + 1 + rec.step) : [];
    const products = rec.products.map((p) =>
      textOf(index, index.products[2 * p]!, index.products[2 * p + 1]!, true),
    );
    f = {
      t: textOf(index, rec.t0, rec.t1, true),
      st: steps.map((s) => textOf(index, s.t0, s.t1, true)),
      c: rec.codes.flatMap((i) => index.catalog[i]?.c ?? []),
      s: textOf(index, rec.s0, rec.s1, true),
      // An event's source, log and level are its body.
      b:
        rec.type === 'event'
          ? [textOf(index, rec.c0, rec.c1, true)]
          : rec.b1 > rec.b0
            ? [textOf(index, rec.b0, rec.b1, true), ...products]
            : products,
    };
    foldedCache.set(rec, f);
  }
  return f;
}

/** Display forms of a normalised code, folded: what a reader might type or see in a log. */
function forms(code: string): string[] {
  return /^0x[0-9a-f]{8}$/.test(code) ? codeForms('hresult', code) : [code];
}

const NONE: readonly string[] = [];
const NO_NUMBERS: number[] = [];

/**
 * Turns the downloaded tuples into records, reading the texts' spans off `x` in order. Keys come
 * from the same builders the query side uses (`src/lib/codes/parse-query.ts`), so `7004` typed
 * and `7004` indexed are one key.
 */
export function loadIndex(data: IndexData): SearchIndex {
  if (data.v !== 3 || !isLang(data.l))
    throw new Error(
      `Unsupported search index (version ${String(data.v)}, language ${String(data.l)})`,
    );
  const { w: vocab, x } = data;
  const wordsFrom = data.s;
  // Folded on demand: few texts need it before the first word query.
  const folded = (start: number, end: number) => fold(decodeText(vocab, wordsFrom, x, start, end));
  const records: SearchRecord[] = [];
  const catalog: CatalogEntry[] = [];
  // Per catalog entry, the code as readers type it (not in the texts: indexed apart).
  const typedForms: string[][] = [];
  // Spans are read off `x` in order: `at` is where the next text starts.
  let at = 0;
  const add = (
    type: SearchRecord['type'],
    id: string,
    anchor: string,
    t: number,
    c0: number,
    c1: number,
    codes: number[],
    own: readonly string[],
    parent: number,
    step: number,
  ) => {
    const rec: SearchRecord = {
      type,
      id,
      anchor,
      t0: at,
      t1: (at += t),
      c0,
      c1,
      s0: 0,
      s1: 0,
      b0: 0,
      b1: 0,
      products: NO_NUMBERS,
      codes,
      own,
      parent,
      step,
      order: records.length,
    };
    records.push(rec);
    return rec;
  };
  // Plain indexed loops, no destructuring: this runs once, before the JIT has warmed up, where
  // iterator-based loops cost several times more (measured in bench/search.mjs).
  for (let i = 0; i < data.e.length; i++) {
    const ev = data.e[i]!;
    const id = String(ev[0]);
    const keys = [eventKey(id)];
    const rec = add('event', id, '', ev[1], 0, 0, [catalog.length], keys, -1, 0);
    rec.c0 = at;
    rec.c1 = at += ev[2];
    catalog.push({ keys, c: [id] });
    typedForms.push([id]);
  }
  for (let i = 0; i < data.r.length; i++) {
    const er = data.r[i]!;
    const code = er[0];
    const names = er[3];
    const keys = [errorKey(code), ...names.map(nameKey)];
    const rec = add('error', code, '', er[1], 0, 0, [catalog.length], keys, -1, 0);
    rec.c0 = at;
    rec.c1 = at += er[2];
    const typed = [...forms(code), ...names.map(fold)];
    catalog.push({ keys, c: [...typed, folded(rec.c0, rec.c1)] });
    typedForms.push(typed);
  }
  const products = new Int32Array(2 * data.p.length);
  for (let i = 0; i < data.p.length; i++) {
    products[2 * i] = at;
    products[2 * i + 1] = at += data.p[i]!;
  }
  for (let i = 0; i < data.a.length; i++) {
    const a = data.a[i]!;
    const kb = a[0];
    const steps = a[6];
    const art = add('article', kb, '', a[1], 0, 0, a[5], [kbKey(kb)], -1, steps.length);
    art.s0 = art.c0 = at;
    art.s1 = art.c1 = at += a[2];
    art.b0 = at;
    art.b1 = at += a[3];
    art.products = a[4];
    for (let j = 0; j < steps.length; j++) {
      const st = steps[j]!;
      add('step', kb, st[0], st[1], art.t0, art.t1, st[2], NONE, art.order, j + 1);
    }
  }
  const productNames = data.p.map((_, i) => folded(products[2 * i]!, products[2 * i + 1]!));
  const terms = new TermIndex(
    x,
    buildEntryMap(records, x.length),
    vocab,
    wordsFrom,
    extraEntries(records, typedForms, productNames),
  );
  const parents = new Int32Array(records.length);
  // Per catalog entry, the records carrying it (itself first); then each key to those records.
  const citers: number[][] = catalog.map(() => []);
  const codes = new Map<string, number[]>();
  for (let r = 0; r < records.length; r++) {
    const rec = records[r]!;
    parents[r] = rec.parent;
    for (let k = 0; k < rec.codes.length; k++) citers[rec.codes[k]!]?.push(r);
    if (rec.type === 'article')
      for (const key of rec.own) codes.set(key, [...(codes.get(key) ?? []), r]);
  }
  catalog.forEach((entry, i) => {
    for (const key of entry.keys)
      codes.set(
        key,
        codes.has(key) ? [...new Set([...codes.get(key)!, ...citers[i]!])] : citers[i]!,
      );
  });
  return {
    lang: data.l,
    records,
    catalog,
    codes,
    terms,
    parents,
    citers,
    x,
    vocab,
    wordsFrom,
    products,
  };
}
