import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { markdownToMdast } from 'satteri';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Element } from 'hast';
import type { Root } from 'mdast';
import remarkSteps, { type StepBlock, type StepInfo } from '../../plugins/remark-steps.ts';
import rehypeRawIfNeeded from '../../plugins/rehype-raw-if-needed.ts';
import rehypeHeadingIds, {
  isStepTitle,
  type HeadingInfo,
} from '../../plugins/rehype-heading-ids.ts';
import { rehypeMarkOwnIds, rehypeRestoreOwnIds } from '../../plugins/rehype-own-ids.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/** What {@link renderArticleBody} needs besides the Markdown. */
export interface RenderOptions {
  /** The declared steps, in order. */
  steps: readonly StepInfo[];
  /** Former step ids (`{ old: current }`), kept as anchors inside the step. */
  stepAliases?: Readonly<Record<string, string>>;
  /** Visible step label, `{n}` standing for the number (`Krok {n}`); plain data so jobs can go to workers. */
  stepLabel: string;
  /** Accessible name of heading anchor links. */
  anchorLabel: string;
  /** Heading ids of the source language, by position. */
  headingIds?: readonly string[];
  /** The source language's former (pre-ASCII) heading ids, by the same positions. */
  formerHeadingIds?: readonly (string | undefined)[];
  /** Ids the page already uses. */
  reserved?: readonly string[];
}

/** The rendered body of one article language. */
export interface RenderedBody {
  html: string;
  headings: HeadingInfo[];
  stepBlocks: StepBlock[];
}

/**
 * What the parser understands: GFM (tables, task lists, footnotes, strikethrough, autolinks),
 * directives (`:::step{#id}`, `:::note`) and `{#id}` after a heading. Frontmatter is already cut
 * off by the loader. Positions stay on: step blocks are reported by line.
 */
const FEATURES = {
  gfm: true,
  directive: true,
  headingAttributes: true,
  frontmatter: false,
} as const;

/**
 * Renders an article body: parsed by Sätteri (native, the parser Astro itself uses), then our
 * remark and rehype transforms: step directives, raw HTML sanitised (GitHub's schema plus our own
 * markup), stable heading ids and anchor links. The output is safe to insert as HTML.
 */
export function renderArticleBody(markdown: string, options: RenderOptions): RenderedBody {
  const processor = unified()
    .use(remarkSteps, {
      steps: options.steps,
      stepLabel: (n: number) => options.stepLabel.replace('{n}', String(n)),
      anchorLabel: options.anchorLabel,
      aliases: options.stepAliases ?? {},
    })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeMarkOwnIds)
    .use(rehypeRawIfNeeded)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeRestoreOwnIds, { reserved: options.reserved ?? [] })
    .use(rehypeHeadingIds, {
      ids: options.headingIds ?? [],
      formerIds: options.formerHeadingIds ?? [],
      reserved: options.reserved ?? [],
    })
    .use(rehypeAutolinkHeadings, {
      behavior: 'append',
      test: (node: Element) => !isStepTitle(node) && ['h2', 'h3', 'h4'].includes(node.tagName),
      properties: { className: ['anchor'] },
      content: [
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['sr-only'] },
          children: [{ type: 'text', value: options.anchorLabel }],
        },
        {
          type: 'element',
          tagName: 'span',
          properties: { ariaHidden: 'true' },
          children: [{ type: 'text', value: '#' }],
        },
      ],
    })
    .use(rehypeStringify);
  const file = new VFile({ value: markdown });
  const mdast = markdownToMdast(markdown, { features: FEATURES }) as Root;
  const tree = processor.runSync(mdast, file);
  const html = processor.stringify(tree, file);
  return { html, headings: file.data.headings ?? [], stepBlocks: file.data.stepBlocks ?? [] };
}

/** One body to render: what {@link renderArticleBody} takes, as plain data. */
export interface RenderJob {
  markdown: string;
  options: RenderOptions;
}

/** Renders many bodies; in this process, or spread over worker threads (see render-pool). */
export type BatchRenderer = (jobs: readonly RenderJob[]) => Promise<RenderedBody[]>;

/** A body that could not be rendered: which job of the batch, and why. */
export class RenderJobError extends Error {
  /** The index of the failed job in the batch given to the renderer. */
  readonly job: number;

  constructor(job: number, message: string) {
    super(message);
    this.name = 'RenderJobError';
    this.job = job;
  }
}

/** Renders one job of a batch, turning a failure into a {@link RenderJobError} naming it. */
export function renderJob(job: RenderJob, index: number): RenderedBody {
  try {
    return renderArticleBody(job.markdown, job.options);
  } catch (error) {
    throw new RenderJobError(index, error instanceof Error ? error.message : String(error));
  }
}

/** The batch renderer that works everywhere: one body after another in this thread. */
export const renderInProcess: BatchRenderer = async (jobs) => jobs.map(renderJob);
