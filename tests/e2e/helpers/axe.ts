import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG 2.2 AA rule tags every page is held to. No rule is disabled. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe once on the page (or on the parts matching the `include` selectors) and returns its
 * violations as short readable lines.
 */
export async function axeViolations(
  page: Page,
  include: readonly string[] = [],
): Promise<string[]> {
  // Only violations are read: axe then skips collecting every passing node, much of its time on a
  // large page (https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#options-parameter).
  // (`options` replaces every option, so it comes before `withTags`.)
  let builder = new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS);
  for (const selector of include) builder = builder.include(selector);
  const result = await builder.analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
