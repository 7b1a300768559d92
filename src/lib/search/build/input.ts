import type { Lang } from '~/i18n/keys.ts';
import type { Tree } from '~/schemas/tree.ts';
import type { CitingArticle } from '~/lib/content/citations.ts';

/** An article of one language, as the index build needs it (plain data, no Astro). */
export interface IndexArticle extends CitingArticle {
  summary: string;
  products: readonly string[];
  headings: ReadonlyArray<{ depth: number; id: string; text: string }>;
  /** The decision tree, whose questions, answers and outcomes are read too. */
  tree?: Tree | undefined;
  /** The rendered body (from the body store); its text is indexed. */
  html: string;
}

/** An event of the catalog, its texts already in the index's language. */
export interface IndexEvent {
  id: number;
  source: string;
  log: string;
  /** The level in words of the index's language. */
  level: string;
  title: string;
  description: string;
}

/** An error code of the catalog, its texts already in the index's language. */
export interface IndexError {
  code: string;
  /** The kind in words of the index's language (`Odpowiedź SMTP`). */
  kindLabel: string;
  name?: string | undefined;
  text?: string | undefined;
  title: string;
  description: string;
}

/** Everything one language's index is built from. */
export interface IndexInput {
  lang: Lang;
  articles: readonly IndexArticle[];
  events: readonly IndexEvent[];
  errors: readonly IndexError[];
}
