/**
 * Near spellings (`firewal`, `uwierzytelnainie`) through Fuse.js, the site's one fuzzy matcher:
 * Bitap over the terms of the shard where the word would be (typos rarely change the first
 * letters, and terms are sharded in sorted order). Loaded only when a word matches nothing, so
 * queries without typos never download it.
 */
export async function nearTerms(
  word: string,
  terms: readonly string[],
  max = 3,
): Promise<string[]> {
  const { default: Fuse } = await import('fuse.js');
  const fuse = new Fuse(
    terms.filter((t) => !/[\d_#]/.test(t) && Math.abs(t.length - word.length) <= 2),
    { threshold: 0.3, includeScore: true, isCaseSensitive: true, ignoreLocation: true },
  );
  return fuse
    .search(word, { limit: max })
    .filter((r) => (r.score ?? 1) <= 0.3)
    .map((r) => r.item);
}
