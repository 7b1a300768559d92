import { STEP_SLOTS, type WireManifest } from './wire.ts';

/** What a posting's ref points to. */
export interface RefInfo {
  /** A catalog page (event or error code), or an article or one of its steps. */
  kind: 'catalog' | 'article' | 'step';
  /** The fragment holding its texts (its own ref, or its article's). */
  fragment: number;
  /** The step number (1-based) for steps, else 0. */
  step: number;
  /** Its article's ref for a step, else -1. */
  parent: number;
}

/** The ref of a catalog entry (its position among events, then error codes). */
export function catalogRef(i: number): number {
  return i;
}

/** The ref of an article (by position) or of its step `step` (1-based; 0 is the article). */
export function articleRef(catalog: number, article: number, step = 0): number {
  return catalog + article * STEP_SLOTS + step;
}

/** Reads a ref: numbering is arithmetic, so the client needs no table that grows with the corpus. */
export function refInfo(manifest: Pick<WireManifest, 'catalog'>, ref: number): RefInfo {
  if (ref < manifest.catalog) return { kind: 'catalog', fragment: ref, step: 0, parent: -1 };
  const step = (ref - manifest.catalog) % STEP_SLOTS;
  const article = ref - step;
  return step === 0
    ? { kind: 'article', fragment: ref, step: 0, parent: -1 }
    : { kind: 'step', fragment: article, step, parent: article };
}
