import { defaultSchema, type Options } from 'rehype-sanitize';
import { CLOBBER_PROPERTIES, USER_PREFIX } from '../../plugins/rehype-own-ids.ts';

/**
 * GitHub's sanitize schema, widened only for the markup our own plugins emit: step sections
 * with their ids and numbers, callouts, and the classes used for styling. Every id and name is
 * prefixed (`user-content-`), so raw HTML cannot clobber `document.createElement` or take an id
 * of the page; rehype-own-ids then gives our own elements (steps, footnotes) their ids back.
 */
export const sanitizeSchema: Options = {
  ...defaultSchema,
  clobber: [...CLOBBER_PROPERTIES],
  clobberPrefix: USER_PREFIX,
  tagNames: [...(defaultSchema.tagNames ?? []), 'section', 'aside'],
  attributes: {
    ...defaultSchema.attributes,
    section: ['id', ['className', 'step'], 'dataStep'],
    aside: [['className', 'callout', 'note', 'tip', 'warning', 'caution']],
    div: [...(defaultSchema.attributes?.['div'] ?? []), ['className', 'directive']],
    span: [['className', 'step-number', 'sr-only', 'step-alias'], 'ariaHidden', 'id'],
    a: [
      ...(defaultSchema.attributes?.['a'] ?? []).filter(
        (a) => !(Array.isArray(a) && a[0] === 'className'),
      ),
      ['className', 'anchor', 'data-footnote-backref'],
    ],
    h2: ['id', ['className', 'step-title']],
    h3: ['id', ['className', 'step-title']],
    h4: ['id', ['className', 'step-title']],
    h5: ['id'],
    h6: ['id'],
  },
};
