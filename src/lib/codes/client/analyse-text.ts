import {
  confirmCandidates,
  extractCodes,
  type FoundCode,
  type KnownCode,
} from '../extract/extract-codes.ts';
import type { WireCode } from '../format/code-data.ts';
import type { CodeDataClient } from './code-data-client.ts';

/** The codes of a text with the catalog entries of them, the text itself not kept. */
export interface TextAnalysis {
  codes: FoundCode[];
  entries: Map<string, WireCode>;
}

/** What confirming a candidate needs from a code-data entry. */
export function knownCode(key: string, entry: WireCode | undefined): KnownCode | undefined {
  if (!entry) return undefined;
  return {
    key: entry.k ?? key,
    kinds: entry.d.map(([kind]) => kind),
    texts: entry.x ?? [],
  };
}

/**
 * Extracts the codes of a text, fetches the shards of them and of the candidates in one round,
 * and settles the candidates. Without code data (`client` failing) the certain codes remain.
 */
export async function analyseText(
  text: string,
  client: CodeDataClient,
): Promise<TextAnalysis & { failed: boolean }> {
  const extraction = extractCodes(text);
  const keys = [...extraction.codes.map((c) => c.key), ...extraction.candidates.map((c) => c.key)];
  try {
    const entries = await client.lookup(keys);
    const codes = confirmCandidates(extraction, (key) => knownCode(key, entries.get(key)));
    // A name's code may live in another shard.
    const missing = codes.filter((c) => !entries.has(c.key)).map((c) => c.key);
    if (missing.length > 0) for (const [k, v] of await client.lookup(missing)) entries.set(k, v);
    return { codes, entries, failed: false };
  } catch {
    return {
      codes: confirmCandidates(extraction, () => undefined),
      entries: new Map(),
      failed: true,
    };
  }
}
