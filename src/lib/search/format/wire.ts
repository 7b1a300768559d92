/**
 * The search index on the wire: a small manifest per language, term shards, the whole postings of
 * long terms and result fragments, all JSON with named fields, under `/{lang}/search-index/`. A
 * query fetches the manifest, then only the shards holding its terms (and, when its words must
 * meet, the whole lists of its long terms), then the fragments of the results it shows. Shards
 * stay small however large the corpus (a long term sends only its head there); the manifest
 * grows by one short string per shard, and a long term's own list with the documents holding it.
 */

/** Wire format version, bumped when a shape below changes. */
export const FORMAT_VERSION = 5;

/**
 * Postings of an article (`ref = catalog + article × STEP_SLOTS + step`, step 0 the article
 * itself) leave room for this many steps: a step's article is then arithmetic, not a table.
 */
export const STEP_SLOTS = 128;

/** Terms naming a code key (`#event:7004`, `#kb:123456`) start with this, apart from words. */
export const KEY_PREFIX = '#';

/**
 * The impact of a code key's posting: the code's own page (or the article of a KB number) first,
 * then articles whose title names it, articles citing it, then steps (which follow their article).
 */
export const KEY_IMPACT = { own: 40, articleTitle: 30, article: 20, stepTitle: 15, step: 10 };

/** `/{lang}/search-index/manifest.json`: what the client needs before anything else. */
export interface WireManifest {
  /** {@link FORMAT_VERSION}. */
  format: number;
  /** The language of the texts. */
  lang: string;
  /** Content hash: shard and fragment URLs carry it, so a cached file never outlives the content. */
  version: string;
  /** Number of catalog entries (events, then error codes): refs below this are catalog pages. */
  catalog: number;
  /** Number of events: catalog refs below this are events, the rest error codes. */
  events: number;
  /** Number of articles. */
  articles: number;
  /**
   * Where each shard starts, sorted: shard `i` holds the terms from `shards[i]` up to (not
   * including) `shards[i + 1]`. The first is always ''; the others are the shortest beginning of
   * the shard's first term that sorts after the term before it (`autho` between `authenticate`
   * and `authorize`), so the manifest stays small as the corpus grows.
   */
  shards: string[];
}

/**
 * A term in more documents than this sends only its best ones in its shard (articles and steps
 * before catalog pages, highest impact first): enough for a one-word query's first 100 ranks,
 * which is all the ranking reads. Queries that intersect words fetch the whole list.
 */
export const HEAD_POSTINGS = 128;

/** `/{lang}/search-index/s/{i}.json`: the postings of a sorted run of terms. */
export interface WireShard {
  /** The terms, sorted (code-unit order). */
  terms: string[];
  /**
   * Per term, its postings flattened: `[ref gap, impact, ref gap, impact, ...]`, refs ascending
   * and written as the gap from the one before. The impact is the term's BM25F score in that
   * document × 100, computed at build time (field weights, lengths and rarity included).
   */
  postings: number[][];
  /**
   * The terms in more than {@link HEAD_POSTINGS} documents, by position in `terms`, with their
   * number of documents: their `postings` hold only the head (in ref order), the whole list is
   * `l/{shard}-{position}.json`. Absent when no term is that long.
   */
  long?: Record<string, number>;
}

/** `/{lang}/search-index/l/{shard}-{position}.json`: every posting of a long term. */
export interface WireLong {
  /** As in {@link WireShard.postings}. */
  postings: number[];
}

/** A step of an article in its fragment. */
export interface WireStep {
  /** The step id (the URL fragment). */
  id: string;
  /** Its title. */
  title: string;
  /** Its text. */
  text: string;
}

/**
 * `/{lang}/search-index/f/{ref}.json`: what a result shows, per article (with its steps) or
 * catalog entry: fetched only for the results on screen.
 */
export interface WireFragment {
  /** `article`, `event` or `error`. */
  kind: 'article' | 'event' | 'error';
  /** KB number, event ID or normalised code. */
  id: string;
  /** The title. */
  title: string;
  /** Summary (articles) or the catalog entry's source, level, name and reply as logged. */
  context: string;
  /** The readable text: an article's whole body, a catalog entry's description. */
  body: string;
  /** The steps of an article, in order. */
  steps: WireStep[];
}
