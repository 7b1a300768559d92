import { z } from 'astro/zod';
import { errorRefSchema, eventRefSchema, kbNumberSchema, slugSchema } from './reference.ts';
import { stepSchema } from './step.ts';
import { treeSchema } from './tree.ts';

/** An ISO date (`2007-11-25`), written as a YAML date or a string; kept as the ISO string. */
const isoDateSchema = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')])
  .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'expected a real calendar date');

/** Former ids of an article and of its steps. */
const aliasesSchema = z.strictObject({
  /** Former step ids: `{ old-id: current-id }`; `#old-id` still lands on the step. */
  steps: z.record(slugSchema, slugSchema).default({}),
  /** Former KB numbers of this article; their URLs redirect here. */
  articles: z.array(kbNumberSchema).default([]),
});

/** The frontmatter of one language of an article (`content/articles/{id}/{lang}.md`). */
export const articleSchema = z.strictObject({
  /** The article's title. */
  title: z.string().trim().min(1, 'expected a non-empty title'),
  /** One or two sentences, shown in search results and link previews. */
  summary: z.string().trim().min(1, 'expected a non-empty summary'),
  /** Names of the products the article applies to. */
  products: z.array(z.string().trim().min(1)).default([]),
  /** Date of the last technical review. */
  reviewed: isoDateSchema,
  /** Revision number of the article. */
  revision: z
    .number()
    .int('expected a whole number')
    .positive('expected a revision number of 1 or more'),
  /** Events the article is about, as `Source/eventId`. */
  events: z.array(eventRefSchema).default([]),
  /** Error codes the article is about, as `kind/code`. */
  errors: z.array(errorRefSchema).default([]),
  /** Related KB numbers; linked when this site has the article. */
  related: z.array(kbNumberSchema).default([]),
  /** The ordered resolution steps; each has one `:::step{#id}` block in the body. */
  steps: z.array(stepSchema).default([]),
  /** The guided troubleshooter. */
  tree: treeSchema.optional(),
  /** Former ids kept so links pasted in tickets keep working after a rename. */
  aliases: aliasesSchema.default({ steps: {}, articles: [] }),
});

/** Article frontmatter as validated. */
export type ArticleFrontmatter = z.infer<typeof articleSchema>;
