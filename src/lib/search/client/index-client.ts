import { decode, paths, shardOf } from '../format/decode.ts';
import type { WireFragment, WireManifest, WireShard } from '../format/wire.ts';

/**
 * Reads a file of the index by its path relative to `/{lang}/search-index/`. `version` is the
 * manifest's content version, given for every file but the manifest itself.
 */
export type FetchText = (path: string, version?: string) => Promise<string>;

/** A shard ready for lookups. */
interface LoadedShard extends WireShard {
  /** Term to its position. */
  at: Map<string, number>;
}

/**
 * The index of one language as the browser holds it: the manifest, and each shard and fragment
 * once fetched, each fetched at most once however many queries need it. Every file goes through
 * the one decoder (`format/decode.ts`).
 */
export class IndexClient {
  private manifestP: Promise<WireManifest> | undefined;
  private readonly shards = new Map<number, Promise<LoadedShard>>();
  private readonly fragments = new Map<number, Promise<WireFragment>>();
  private readonly longs = new Map<string, Promise<number[]>>();

  constructor(private readonly fetchText: FetchText) {}

  /** The manifest (fetched on first use). */
  manifest(): Promise<WireManifest> {
    this.manifestP ??= this.fetchText(paths.manifest()).then((t) => decode('manifest', t));
    this.manifestP.catch(() => (this.manifestP = undefined));
    return this.manifestP;
  }

  /** Shard `i`, with a term lookup. */
  shard(i: number): Promise<LoadedShard> {
    let p = this.shards.get(i);
    if (!p) {
      p = this.versioned(paths.shard(i)).then((t) => {
        const s = decode('shard', t);
        return { ...s, at: new Map(s.terms.map((term, k) => [term, k])) };
      });
      p.catch(() => this.shards.delete(i));
      this.shards.set(i, p);
    }
    return p;
  }

  /** A file named by the manifest, fetched under the manifest's content version. */
  private async versioned(path: string): Promise<string> {
    return this.fetchText(path, (await this.manifest()).version);
  }

  /** The fragment of a result (an article with its steps, or a catalog entry). */
  fragment(ref: number): Promise<WireFragment> {
    let p = this.fragments.get(ref);
    if (!p) {
      p = this.versioned(paths.fragment(ref)).then((t) => decode('fragment', t));
      p.catch(() => this.fragments.delete(ref));
      this.fragments.set(ref, p);
    }
    return p;
  }

  /**
   * The postings of a term (`[ref gap, impact, ...]`), or undefined when the index lacks it. A
   * long term gives its head (its best documents, see `HEAD_POSTINGS`) unless `whole` is asked:
   * a query intersecting words needs every document, a one-word query only the best.
   */
  async postings(term: string, whole = false): Promise<number[] | undefined> {
    const i = shardOf(await this.manifest(), term);
    const s = await this.shard(i);
    const k = s.at.get(term);
    if (k === undefined) return undefined;
    if (!whole || s.long?.[k] === undefined) return s.postings[k];
    const key = paths.long(i, k);
    let p = this.longs.get(key);
    if (!p) {
      p = this.fetchText(key).then((t) => decode('long', t).postings);
      p.catch(() => this.longs.delete(key));
      this.longs.set(key, p);
    }
    return p;
  }

  /**
   * Terms starting with `prefix` (at most `max`, the most documents first), reading the shard
   * that holds the prefix and the next one when the run of terms goes on there.
   */
  async prefixed(prefix: string, max: number): Promise<string[]> {
    const manifest = await this.manifest();
    const out: Array<{ term: string; df: number }> = [];
    for (let i = shardOf(manifest, prefix); i < manifest.shards.length; i++) {
      if (i > shardOf(manifest, prefix) && !manifest.shards[i]!.startsWith(prefix)) break;
      const s = await this.shard(i);
      let lo = 0;
      let hi = s.terms.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (s.terms[mid]! < prefix) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < s.terms.length && s.terms[k]!.startsWith(prefix); k++)
        out.push({ term: s.terms[k]!, df: s.long?.[k] ?? s.postings[k]!.length / 2 });
      // Two shards at most: a prefix that long is too vague to read the whole index for.
      if (i > shardOf(manifest, prefix)) break;
    }
    return out
      .sort((a, b) => b.df - a.df)
      .slice(0, max)
      .map((t) => t.term);
  }

  /**
   * The terms sharing the first three letters of `term` (typos rarely touch those; terms are
   * sharded in sorted order, so they are a run of shards), for near spellings; at most
   * `maxShards` shards.
   */
  async neighbours(term: string, maxShards = 6): Promise<string[]> {
    const manifest = await this.manifest();
    const head = term.slice(0, 3);
    const first = shardOf(manifest, head);
    const last = Math.min(shardOf(manifest, `${head}\uffff`), first + maxShards - 1);
    const shards = await Promise.all(
      Array.from({ length: last - first + 1 }, (_, k) => this.shard(first + k)),
    );
    return shards.flatMap((s) => s.terms.filter((t) => t.startsWith(head)));
  }
}

/**
 * A fetcher of the site's index files under `base` (`/pl/search-index/`). The manifest sits at a
 * fixed URL and is revalidated on every load (`no-cache`), so a deploy is seen at once; the files
 * it names carry its content version in the query, so a cached one never outlives the content.
 * Pages do not name the version: an edit changes the index files, not every page.
 */
export function httpFetcher(base: string): FetchText {
  return async (path, version) => {
    const url = version === undefined ? `${base}${path}` : `${base}${path}?v=${version}`;
    const res = await fetch(url, {
      credentials: 'same-origin',
      cache: version === undefined ? 'no-cache' : 'default',
    });
    if (!res.ok) throw new Error(`search index: HTTP ${res.status} for ${path}`);
    return res.text();
  };
}
