import { refInfo } from '../format/refs.ts';
import type { WireManifest } from '../format/wire.ts';

/** The steps shown under their article: the best few, so one article cannot fill the list. */
const STEPS_PER_ARTICLE = 2;

/**
 * Moves each step right after its article when the article is in the list too, keeping the best
 * {@link STEPS_PER_ARTICLE} of them there (the list is already best first).
 */
export function groupSteps<T extends { ref: number }>(
  manifest: WireManifest,
  list: readonly T[],
): T[] {
  const present = new Set(list.map((s) => s.ref));
  const parentOf = (s: T) => refInfo(manifest, s.ref).parent;
  const children = new Map<number, T[]>();
  for (const s of list) {
    const parent = parentOf(s);
    if (!present.has(parent)) continue;
    const siblings = children.get(parent) ?? [];
    if (siblings.length < STEPS_PER_ARTICLE) children.set(parent, [...siblings, s]);
  }
  return list.flatMap((s) => (present.has(parentOf(s)) ? [] : [s, ...(children.get(s.ref) ?? [])]));
}
