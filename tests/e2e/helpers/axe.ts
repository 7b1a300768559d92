import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The WCAG 2.2 AA rule tags every page is held to. No rule is disabled. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core's browser bundle, read once per worker. */
let source: string | undefined;
const axeSource = () =>
  (source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

interface AxeWindow {
  axe?: {
    run(
      context: unknown,
      options: unknown,
    ): Promise<{
      violations: Array<{
        id: string;
        impact?: string | null;
        help: string;
        nodes: Array<{ target: unknown[] }>;
      }>;
    }>;
  };
}

/**
 * Runs axe once on the page (or on the parts matching the `include` selectors) and returns its
 * violations as short readable lines.
 *
 * axe-core is put into the document once and `axe.run` is called directly: a state the page
 * reaches without loading again (a troubleshooter answer, an open listbox) is checked without a
 * second injection. `@axe-core/playwright` would inject into every frame on every call and finish
 * each run in a new blank page, several times the cost; our pages have no frames to merge.
 */
export async function axeViolations(
  page: Page,
  include: readonly string[] = [],
): Promise<string[]> {
  if (!(await page.evaluate(() => Boolean((window as AxeWindow).axe))))
    await page.evaluate(axeSource());
  const violations = await page.evaluate(
    async ([include, tags]) => {
      const context = include.length > 0 ? { include: include.map((s) => [s]) } : document;
      // Only violations are read: axe then skips collecting every passing node, much of its time on
      // a large page (https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#options-parameter).
      const result = await (window as AxeWindow).axe!.run(context, {
        resultTypes: ['violations'],
        runOnly: { type: 'tag', values: tags },
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.map((n) => n.target.map(String).join(' ')),
      }));
    },
    [include, WCAG_TAGS] as const,
  );
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(', ')}`,
  );
}
