import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Element } from 'hast';
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
 * Renders an article body: GFM, step directives, raw HTML sanitised (GitHub's schema plus our
 * own markup), stable heading ids and anchor links. The output is safe to insert as HTML.
 */
export function renderArticleBody(markdown: string, options: RenderOptions): RenderedBody {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
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
    .use(rehypeHeadingIds, { ids: options.headingIds ?? [], reserved: options.reserved ?? [] })
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
  const tree = processor.runSync(processor.parse(file), file);
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

/** The batch renderer that works everywhere: one body after another in this thread. */
export const renderInProcess: BatchRenderer = async (jobs) =>
  jobs.map((job) => renderArticleBody(job.markdown, job.options));
