import type { CodeKind } from '../extract/found.ts';
import type { WireCode, WireStep } from './code-data.ts';

/**
 * The analysis of a set of codes against the code data: what each code is, and the articles
 * that cover them ranked by how many of the codes they cover, then by how specifically (a step
 * citing a code beats an article only listing it), then by how often their codes occur.
 */

/** A code to analyse: found in a log (with its count) or read from a link (count unknown). */
export interface CodeToAnalyse {
  kind: CodeKind;
  code: string;
  key: string;
  count?: number | undefined;
}

/** One ranked article. */
export interface RankedArticle {
  kb: string;
  title: string;
  /** The keys of the codes it covers, in the codes' order. */
  covers: string[];
  /** How many of them one of its steps cites. */
  byStep: number;
  /** Its steps citing any of the codes, in step order. */
  steps: WireStep[];
}

/** The catalog title of a code for its kind (the first kind's when no kind matches). */
export function titleOf(kind: CodeKind, entry: WireCode | undefined): string | undefined {
  if (!entry || entry.d.length === 0) return undefined;
  const want = kind === 'enhanced' ? 'smtp' : kind;
  return (entry.d.find(([k]) => k === want) ?? entry.d[0])![1];
}

/** The articles covering the codes, best first. */
export function rankArticles(
  codes: readonly CodeToAnalyse[],
  lookup: (key: string) => WireCode | undefined,
): RankedArticle[] {
  const byKb = new Map<string, RankedArticle & { weight: number }>();
  for (const code of codes) {
    for (const [kb, title, , steps] of lookup(code.key)?.c ?? []) {
      let a = byKb.get(kb);
      if (!a) byKb.set(kb, (a = { kb, title, covers: [], byStep: 0, steps: [], weight: 0 }));
      if (a.covers.includes(code.key)) continue;
      a.covers.push(code.key);
      a.weight += code.count ?? 1;
      if (steps.length > 0) a.byStep++;
      for (const s of steps) if (!a.steps.some(([id]) => id === s[0])) a.steps.push(s);
    }
  }
  const ranked = [...byKb.values()].sort(
    (x, y) =>
      y.covers.length - x.covers.length ||
      y.byStep - x.byStep ||
      y.weight - x.weight ||
      Number(x.kb) - Number(y.kb),
  );
  return ranked.map(({ weight: _, ...a }) => ({
    ...a,
    steps: a.steps.sort((p, q) => p[1] - q[1]),
  }));
}
