import type { Lang } from '~/i18n/keys.ts';
import { routes } from '../../routes.ts';
import {
  CODE_DATA_VERSION,
  shardOf,
  type WireCode,
  type WireCodeManifest,
  type WireShard,
} from '../format/code-data.ts';

/**
 * Fetches the shards of the code data holding given keys, once each, after the manifest that
 * names their count and version. Only shard numbers go into a request, never the pasted text or
 * the codes themselves.
 */
export class CodeDataClient {
  private manifestP: Promise<WireCodeManifest> | undefined;
  private readonly shards = new Map<number, Promise<WireShard>>();

  constructor(private readonly lang: Lang) {}

  /** The entries of `keys` the catalog has (absent keys are simply missing from the map). */
  async lookup(keys: Iterable<string>): Promise<Map<string, WireCode>> {
    const { shards: count, version } = await this.manifest();
    const wanted = [...new Set(keys)];
    const numbers = [...new Set(wanted.map((k) => shardOf(k, count)))];
    const loaded = await Promise.all(numbers.map((n) => this.shard(n, version)));
    const byNumber = new Map(numbers.map((n, i) => [n, loaded[i]!]));
    const out = new Map<string, WireCode>();
    for (const key of wanted) {
      const entry = byNumber.get(shardOf(key, count))?.e[key];
      if (entry) out.set(key, entry);
    }
    return out;
  }

  /** The manifest, revalidated with the server (`no-cache`) so a deploy is seen at once. */
  private manifest(): Promise<WireCodeManifest> {
    this.manifestP ??= fetch(routes.codeDataManifest(this.lang), { cache: 'no-cache' })
      .then((r) => {
        if (!r.ok) throw new Error(`code data manifest: HTTP ${r.status}`);
        return r.json() as Promise<WireCodeManifest>;
      })
      .then((m) => {
        if (m.v !== CODE_DATA_VERSION) throw new Error(`code data: format ${m.v}; reload the page`);
        return m;
      });
    this.manifestP.catch(() => (this.manifestP = undefined));
    return this.manifestP;
  }

  private shard(n: number, version: string): Promise<WireShard> {
    let p = this.shards.get(n);
    if (!p) {
      p = fetch(routes.codeData(this.lang, n, version)).then((r) => {
        if (!r.ok) throw new Error(`code data shard ${n}: HTTP ${r.status}`);
        return r.json() as Promise<WireShard>;
      });
      // A failed fetch is tried again next time rather than remembered.
      p.catch(() => this.shards.delete(n));
      this.shards.set(n, p);
    }
    return p;
  }
}
