import { createHash } from 'node:crypto';
import { useTranslations } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/keys.ts';
import type { ArticleFrontmatter } from '../../schemas/article.ts';
import type { BatchRenderer, RenderedBody, RenderJob } from '../markdown/render.ts';
import type { IssueList } from './content-error.ts';
import { layoutIds } from './reserved-ids.ts';

/** A body rendered by an earlier load, with the digest of the job that rendered it. */
export interface PreviousBody {
  digest: string;
  body: RenderedBody;
}

/** How bodies are rendered, and what an earlier load left to reuse. */
export interface RenderContext {
  /** Renders the bodies that changed (in this thread, or on worker threads). */
  render: BatchRenderer;
  /** The digest of a job: equal digests render equal bodies. */
  digest: (job: RenderJob) => string;
  /** The body rendered before for `{kb}/{lang}`, if any. */
  previous: (id: string) => PreviousBody | undefined;
}

/** One body to render, with where it comes from. */
export interface BodyTask {
  /** `{kb}/{lang}`. */
  id: string;
  /** The source file, for a message if it cannot be rendered. */
  file: string;
  job: RenderJob;
}

/** A sha256 of the job: the default digest outside Astro (tests, `check:content`). */
export const sha256Digest = (job: RenderJob): string =>
  createHash('sha256').update(JSON.stringify(job)).digest('hex');

/**
 * Renders the bodies whose job changed since the previous load and reuses the others. A job
 * holds everything the HTML depends on (Markdown, step titles, aliases, UI strings, reserved
 * and source-language ids), so an equal digest means an equal body. A body that fails is
 * refused naming its file; a renderer that fails otherwise is reported, never retried.
 */
export async function renderBodies(
  tasks: readonly BodyTask[],
  context: RenderContext,
  issues: IssueList,
): Promise<{ bodies: Array<PreviousBody>; rendered: number }> {
  const digests = tasks.map((t) => context.digest(t.job));
  const bodies: Array<PreviousBody | undefined> = tasks.map((t, i) => {
    const before = context.previous(t.id);
    return before?.digest === digests[i] ? before : undefined;
  });
  const todo = tasks.flatMap((_, i) => (bodies[i] ? [] : [i]));
  let fresh: RenderedBody[];
  try {
    fresh = await context.render(todo.map((i) => tasks[i]!.job));
  } catch (error) {
    // The renderer's module is loaded only when something is rendered (see loadSite).
    const { RenderJobError } = await import('../markdown/render.ts');
    if (!(error instanceof RenderJobError))
      throw new Error(
        `Rendering article bodies failed: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    issues.add(tasks[todo[error.job]!]!.file, 'body', `could not be rendered: ${error.message}`);
    issues.throwIfAny();
    throw error;
  }
  todo.forEach((i, k) => (bodies[i] = { digest: digests[i]!, body: fresh[k]! }));
  return { bodies: bodies as PreviousBody[], rendered: todo.length };
}

/** The render job of one language of an article, as plain data. */
export function renderJob(
  markdown: string,
  data: ArticleFrontmatter,
  lang: Lang,
  source?: { ids: string[]; formerIds: (string | undefined)[] },
): RenderJob {
  const { t } = useTranslations(lang);
  return {
    markdown,
    options: {
      steps: data.steps.map(({ id, title }) => ({ id, title })),
      stepAliases: data.aliases.steps,
      stepLabel: t('step.label'),
      anchorLabel: t('anchor.heading'),
      reserved: [
        ...layoutIds(data.tree),
        ...data.steps.map((s) => s.id),
        ...Object.keys(data.aliases.steps),
      ],
      ...(source ? { headingIds: source.ids, formerHeadingIds: source.formerIds } : {}),
    },
  };
}
