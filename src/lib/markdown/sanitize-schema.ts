import { defaultSchema, type Options } from 'rehype-sanitize';

/**
 * GitHub's sanitize schema, widened only for the markup our own plugins emit: step sections
 * with their ids and numbers, callouts, and the classes used for styling. Ids are not prefixed
 * (`user-content-`) because step ids are part of the URL contract.
 */
export const sanitizeSchema: Options = {
  ...defaultSchema,
  clobber: [],
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
