// A small seeded PRNG so the same seed always yields the same corpus: benchmark runs must be
// comparable across machines and days, which Math.random() would make impossible.

/** FNV-1a over a string: turns labels like "article:123456:body" into independent 32-bit seeds. */
export function hashSeed(...parts) {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A deterministic random source (mulberry32) with the helpers the generators need.
 * Each article gets its own stream (seeded by its KB number), so generating article 7 never
 * depends on how many numbers article 6 happened to draw.
 */
export function createRng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    /** A float in [0, 1). */
    next,
    /** An integer in [min, max], both inclusive. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    /** True with probability p. */
    chance: (p) => next() < p,
    /** One element of a non-empty array. */
    pick: (list) => list[Math.floor(next() * list.length)],
    /** An element biased towards the front (Zipf-like), as real citations cluster on few codes. */
    pickSkewed: (list) => list[Math.floor(list.length * next() ** 2.5)],
    /** `count` distinct elements (or fewer, if the list is shorter), in random order. */
    sample: (list, count) => {
      const copy = [...list];
      const n = Math.min(count, copy.length);
      for (let i = 0; i < n; i += 1) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, n);
    },
  };
  return rng;
}
