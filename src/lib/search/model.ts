/**
 * The shapes of search data. On the wire (`/{lang}/search-index.json`) the index is tuples
 * without keys, and every text is a run of numbers in one flat array: each distinct word or
 * separator is written once in a vocabulary (see `text-codec.ts`), and a tuple gives only the
 * length of its texts, which follow each other in {@link IndexData.x} in the order the tuples
 * list them. Keys, brackets and repeated words would cost bytes (the budget is 250 bytes gzip per
 * article), and a flat array of numbers is the fastest thing for the browser to parse and index.
 */

/** Wire: an event ID, all sources together: `[id, title length, context length]`. */
export type WireEvent = [id: number, title: number, context: number];

/** Wire: an error code, all kinds together: `[code, title length, context length, names]`; the context ends with the reply as logged. */
export type WireError = [code: string, title: number, context: number, names: string[]];

/** Wire: a step of an article: `[id, title length, codes]`; codes number {@link IndexData.e} then {@link IndexData.r}. */
export type WireStep = [id: string, title: number, codes: number[]];

/**
 * Wire: an article: `[kb, title length, summary length, headings length, products, codes, steps]`.
 * The summary is its first sentence at most (a short context: the byte budget has no room for
 * more), the headings one text; products number {@link IndexData.p}; codes as in {@link WireStep}.
 * Bodies are left out.
 */
export type WireArticle = [
  kb: string,
  title: number,
  summary: number,
  headings: number,
  products: number[],
  codes: number[],
  steps: WireStep[],
];

/** The index of one language, as the reader downloads it. */
export interface IndexData {
  /** Format version, bumped when the tuples change. */
  v: 3;
  /** The language of the texts. */
  l: string;
  /** Vocabulary: every distinct separator, then every distinct word of the texts, each most frequent first. */
  w: string[];
  /** How many separators open the vocabulary: from this number on, entries are words. */
  s: number;
  /**
   * Every text as vocabulary positions, one after another: events (title, context), error codes
   * (title, context), products, then per article its title, summary, headings and step titles.
   */
  x: number[];
  /** Events by ID. */
  e: WireEvent[];
  /** Error codes by normalised code. */
  r: WireError[];
  /** Lengths of the product names, shared by the articles. */
  p: number[];
  /** Articles by KB number. */
  a: WireArticle[];
}

/** What a result is: article, step, event or error code. */
export type RecordType = 'article' | 'step' | 'event' | 'error';

/** The searchable texts of a record, folded (lowercase, no diacritics) and length-preserving. */
export interface FoldedFields {
  /** Title. */
  t: string;
  /** Step titles (articles only). */
  st: string[];
  /** Codes as written (7004, 0x8009030c, SEC_E_LOGON_DENIED, an SMTP reply's text). */
  c: string[];
  /** Summary. */
  s: string;
  /** Headings and products. */
  b: string[];
}

/**
 * One searchable item in memory. Its texts are spans `[start, end)` of {@link IndexData.x}, held
 * as plain number fields: tens of thousands of records then cost no arrays and no strings.
 */
export interface SearchRecord {
  /** Its kind. */
  type: RecordType;
  /** The KB number (article, step), event ID or normalised code. */
  id: string;
  /** The step id (steps only; otherwise ''). */
  anchor: string;
  /** Title span. */
  t0: number;
  t1: number;
  /** Context span: the summary of an article, the title of a step's article, an event's source and level. */
  c0: number;
  c1: number;
  /** Summary span (articles; empty otherwise). */
  s0: number;
  s1: number;
  /** Headings span (articles; empty otherwise). */
  b0: number;
  b1: number;
  /** Products (articles), numbering the product spans. */
  products: number[];
  /** The catalog entries (events then error codes) it is or cites. */
  codes: number[];
  /** Keys naming the record itself (`kb:123456`, an event's own key), not something it cites. */
  own: readonly string[];
  /** For a step, the index of its article's record; otherwise -1. */
  parent: number;
  /** Step number (1-based) for steps; for an article, how many steps follow it; 0 otherwise. */
  step: number;
  /** Position in the corpus, for a stable order among equals. */
  order: number;
}

/** An event or error code of the catalog, in memory: its keys and its code texts as written, folded. */
export interface CatalogEntry {
  /** `event:7004`; `error:0x8009030c` and `name:sec_e_logon_denied`. */
  keys: string[];
  /** `7004`, `0x8009030c`, `8009030c`, `-2146893044`..., names, the context with the reply as logged. */
  c: string[];
}

/** One range of text to highlight: `[start, end)`. */
export type Range = [start: number, end: number];

/** One search result, ready to display. */
export interface SearchHit {
  /** The record found. */
  record: SearchRecord;
  /** Site path it links to (`/pl/kb/123456/#sendas-right`). */
  href: string;
  /** A short tag: `KB 123456`, `7004`, `0x8009030c`. */
  badge: string;
  /** Its title as text. */
  title: string;
  /** Its context as text. */
  context: string;
  /** Ranges to highlight in the title. */
  titleMarks: Range[];
  /** Ranges to highlight in the context. */
  contextMarks: Range[];
  /** Whether the badge (a code or KB number) matched exactly. */
  badgeMark: boolean;
}
