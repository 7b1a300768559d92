import type { Lang } from '~/i18n/keys.ts';
import { routes } from '../../routes.ts';
import { shardOf, type WireCode, type WireShard } from '../format/code-data.ts';

/**
 * Fetches the shards of the code data holding given keys, once each. Only shard numbers go into
 * a request, never the pasted text or the codes themselves.
 */
export class CodeDataClient {
  private readonly shards = new Map<number, Promise<WireShard>>();

  constructor(
    private readonly lang: Lang,
    private readonly count: number,
    private readonly version: string,
  ) {}

  /** The entries of `keys` the catalog has (absent keys are simply missing from the map). */
  async lookup(keys: Iterable<string>): Promise<Map<string, WireCode>> {
    const wanted = [...new Set(keys)];
    const numbers = [...new Set(wanted.map((k) => shardOf(k, this.count)))];
    const loaded = await Promise.all(numbers.map((n) => this.shard(n)));
    const byNumber = new Map(numbers.map((n, i) => [n, loaded[i]!]));
    const out = new Map<string, WireCode>();
    for (const key of wanted) {
      const entry = byNumber.get(shardOf(key, this.count))?.e[key];
      if (entry) out.set(key, entry);
    }
    return out;
  }

  private shard(n: number): Promise<WireShard> {
    let p = this.shards.get(n);
    if (!p) {
      p = fetch(routes.codeData(this.lang, n, this.version)).then((r) => {
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
