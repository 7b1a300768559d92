import type { HitType } from '../format/strings.ts';
import type { Range } from './marks.ts';

export type { HitType };

/** One search result, ready to display. */
export interface SearchHit {
  /** Its ref in the index. */
  ref: number;
  /** Its kind. */
  type: HitType;
  /** Step number (1-based) for steps, else 0. */
  step: number;
  /** Site path it links to (`/pl/kb/123456/#sendas-right`). */
  href: string;
  /** A short tag: `KB 123456`, `7004`, `0x8009030c`. */
  badge: string;
  /** Whether the badge (a code or KB number) is what the query named. */
  badgeMark: boolean;
  /** Its title. */
  title: string;
  /** Ranges to highlight in the title. */
  titleMarks: Range[];
  /** The text shown under the title: a snippet of the body around the matched words. */
  context: string;
  /** Ranges to highlight in the context. */
  contextMarks: Range[];
}

/** The answer to a query. */
export interface SearchResult {
  /** The results, best first. */
  hits: SearchHit[];
  /** True when no result holds every word: these are the best partial matches. */
  partial: boolean;
}
