import { z } from 'astro/zod';
import { errorRefSchema, eventRefSchema, slugSchema } from './reference.ts';

/** One resolution step declared in an article's frontmatter; its text is the `:::step{#id}` block. */
export const stepSchema = z.strictObject({
  /** The step's anchor id, the same in every language (`integrated-auth`). */
  id: slugSchema,
  /** The step's title in this language. */
  title: z.string().trim().min(1, 'expected a non-empty step title'),
  /** Events this step is about, as `Source/eventId`. */
  events: z.array(eventRefSchema).default([]),
  /** Error codes this step is about, as `kind/code`. */
  errors: z.array(errorRefSchema).default([]),
});

/** A step as validated. */
export type Step = z.infer<typeof stepSchema>;
