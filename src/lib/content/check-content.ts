import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { batchRenderer } from '../markdown/batch-renderer.ts';
import type { RenderJob } from '../markdown/render.ts';
import { linkMarkup } from './check-links.ts';
import { ContentError, formatIssue } from './content-error.ts';
import { loadSite } from './load-site.ts';
import { cachedRenderer, rendererVersion } from './render-cache.ts';
import { cachedYaml } from './yaml-cache.ts';
import { codeVersion } from './code-version.ts';

/** What `npm run check:content` found. */
export interface CheckReport {
  /** Every line to print: refusals, then warnings, then the summary. */
  lines: string[];
  /** How many problems refuse the content. */
  errors: number;
  /** How many warnings. */
  warnings: number;
}

/** A heading and its lines, or nothing when there are none. */
const section = (title: string, lines: readonly string[]) =>
  lines.length > 0 ? [`${title} (${lines.length}):`, ...lines] : [];

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Checks a whole content tree with the build's own loader (schemas, references, parity, tree
 * shape, internal links) without building pages. Bodies are rendered in memory, because step
 * blocks, heading ids and links only exist once a body is parsed; `workers` threads share that
 * work on large trees (0: this thread only). Other failures (a bug, not content) are thrown.
 */
export async function checkContent(
  projectRoot: string,
  contentDir = join(projectRoot, 'content'),
  workers = Math.min(4, availableParallelism()),
): Promise<CheckReport> {
  // Worker threads start, and the Markdown pipeline loads, only when some body is not in the cache.
  const renderer = batchRenderer(projectRoot, { workers });
  const cacheFile = join(projectRoot, 'node_modules/.cache/kb-check/bodies.json');
  // Each job is hashed once, for the loader and the cache; of the HTML only links are checked.
  const digests = new WeakMap<RenderJob, string>();
  const digest = (job: RenderJob) => {
    let d = digests.get(job);
    // The Markdown is hashed as it is (after its length, so no two jobs run together), not
    // copied into one JSON text with the options.
    d ??= createHash('sha256')
      .update(`${job.markdown.length}\n`)
      .update(job.markdown)
      .update(JSON.stringify(job.options))
      .digest('hex');
    digests.set(job, d);
    return d;
  };
  const cache = cachedRenderer(
    renderer.render,
    cacheFile,
    `${rendererVersion(projectRoot)}:links`,
    {
      key: digest,
      keep: (body) => ({ ...body, html: linkMarkup(body.html) }),
    },
  );
  const yaml = cachedYaml(
    join(projectRoot, 'node_modules/.cache/kb-check/yaml.json'),
    codeVersion(projectRoot),
  );
  try {
    const site = await loadSite(projectRoot, contentDir, {
      render: cache.render,
      digest,
      parseYaml: yaml.parse,
    });
    cache.save();
    yaml.save();
    const articles = new Set(site.articles.map((a) => a.kb)).size;
    const summary = `${count(articles, 'article')}, ${count(site.events.length, 'event')}, ${count(site.errors.length, 'error code')} checked: no problem, ${count(site.warnings.length, 'warning')}.`;
    return {
      lines: [...section('Warnings', site.warnings), summary],
      errors: 0,
      warnings: site.warnings.length,
    };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    cache.save();
    yaml.save();
    const lines = [
      ...section('Refused', error.issues.map(formatIssue)),
      ...section('Warnings', error.warnings),
      `The content was refused: ${count(error.issues.length, 'problem')}, ${count(error.warnings.length, 'warning')}.`,
    ];
    return { lines, errors: error.issues.length, warnings: error.warnings.length };
  } finally {
    await renderer.close();
  }
}
