import type { Lang } from '../../i18n/keys.ts';
import type { ArticleFrontmatter } from '../../schemas/article.ts';
import type { ErrorCodeEntry } from '../../schemas/error-code.ts';
import type { EventEntry } from '../../schemas/event.ts';
import type { HeadingInfo } from '../../plugins/rehype-heading-ids.ts';
import type { StepBlock } from '../../plugins/remark-steps.ts';

/**
 * What pages show of one article version: its frontmatter (the tree is with the body), where it
 * came from, and whether it is an older translation. Kept in the side store (side-store.ts).
 */
export type ArticleData = Omit<ArticleFrontmatter, 'tree'> & {
  /** The KB number (folder name). */
  kb: string;
  /** The language of this version. */
  lang: Lang;
  /** Source file, relative to the project. */
  file: string;
  /** Set when this language is an older translation: the language with the newer revision. */
  newerIn?: Lang;
};

/** One language of an article, validated and rendered. */
export interface ArticleVersion {
  /** The KB number (folder name). */
  kb: string;
  /** The language of this version. */
  lang: Lang;
  /** Source file, relative to the project. */
  file: string;
  /** The validated frontmatter. */
  data: ArticleFrontmatter;
  /** The rendered, sanitised body. */
  html: string;
  /** Section and step headings in order, for the table of contents. */
  headings: HeadingInfo[];
  /** The `:::step` blocks of the body, as the renderer found them. */
  stepBlocks: StepBlock[];
  /** The digest of the render job: an equal digest on the next load reuses the HTML. */
  renderDigest: string;
  /** The language with a higher `revision`, when this version is an older translation. */
  newerIn?: Lang;
}

/** An event of the catalog, with where it came from. */
export interface EventDoc extends EventEntry {
  /** `Source/eventId`, as articles reference it. */
  key: string;
  /** Source file, relative to the project. */
  file: string;
}

/** An error code of the catalog, with where it came from. */
export interface ErrorDoc extends ErrorCodeEntry {
  /** `kind/code`, as articles reference it. */
  key: string;
  /** Source file, relative to the project. */
  file: string;
}

/** The whole validated content of a site. */
export interface SiteContent {
  /** Every article version, sorted by KB number then language. */
  articles: ArticleVersion[];
  /** Every event, sorted by ID then source. */
  events: EventDoc[];
  /** Every error code, sorted by kind then code. */
  errors: ErrorDoc[];
  /** Warnings that did not stop the build. */
  warnings: string[];
  /** How many bodies this load rendered (the others were reused from the previous load). */
  rendered: number;
}
