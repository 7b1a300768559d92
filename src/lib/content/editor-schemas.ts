import { z } from 'astro/zod';
import { articleSchema } from '../../schemas/article.ts';
import { errorCodeSchema } from '../../schemas/error-code.ts';
import { eventSchema } from '../../schemas/event.ts';
import { treeAnswerSchema } from '../../schemas/tree.ts';

/** A YAML date as editors see it: an ISO date text. */
const ISO_DATE = '^\\d{4}-\\d{2}-\\d{2}$';

/** The editor schemas, by file name under `schemas/`, and the Zod schema each is made from. */
const SOURCES = {
  'article.schema.json': {
    schema: articleSchema,
    title: 'Article frontmatter (content/articles/{id}/{lang}.md)',
  },
  'event.schema.json': { schema: eventSchema, title: 'Event (content/events/{Source}/{id}.yaml)' },
  'error-code.schema.json': {
    schema: errorCodeSchema,
    title: 'Error code (content/errors/{kind}/{code}.yaml)',
  },
} as const;

/**
 * JSON Schemas of what an author writes (the input side of our Zod schemas), for editors: the
 * YAML extension validates and completes catalog files with them. Rules Zod checks in code are
 * added where JSON Schema can say them: a date is an ISO date text, and a tree answer has
 * exactly one of `next`, `step` or `outcome`.
 */
export function editorSchemas(): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [file, { schema, title }] of Object.entries(SOURCES)) {
    const json = z.toJSONSchema(schema, {
      io: 'input',
      unrepresentable: 'any',
      override: ({ zodSchema, jsonSchema }) => {
        if (zodSchema._zod.def.type === 'date')
          Object.assign(jsonSchema, { type: 'string', format: 'date', pattern: ISO_DATE });
        if (zodSchema === treeAnswerSchema)
          jsonSchema.oneOf = ['next', 'step', 'outcome'].map((key) => ({ required: [key] }));
      },
    });
    out[file] = { ...json, $id: `https://kb-site.invalid/schemas/${file}`, title };
  }
  return out;
}

/** A schema file's text: stable key order as generated, two-space indent, final newline. */
export function schemaText(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
