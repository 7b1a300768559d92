import { z } from 'astro/zod';

/** The URLs of one thing in both languages. */
const urlsSchema = z.strictObject({
  /** The Polish page. */
  pl: z.url(),
  /** The English page. */
  en: z.url(),
});

/** `/api/lookup.json`: turns what a ticket says (`7004`, `-2146893044`, `KB123456`) into page URLs. */
export const lookupSchema = z.strictObject({
  /** Format version; bumped only with a migration note. */
  version: z.literal(1),
  /** The site's origin, as every URL below starts. */
  site: z.url(),
  /** Articles by KB number, including former numbers (aliases). */
  articles: z.record(
    z.string().regex(/^\d+$/),
    urlsSchema.extend({
      /** The article's title in each language. */ title: z.strictObject({
        pl: z.string(),
        en: z.string(),
      }),
    }),
  ),
  /** Event pages by event ID, with the sources that log it. */
  events: z.record(
    z.string().regex(/^\d+$/),
    urlsSchema.extend({ /** Event sources of this ID. */ sources: z.array(z.string()) }),
  ),
  /** Error pages by normalised code, with kinds and symbolic name. */
  errors: z.record(
    z.string(),
    urlsSchema.extend({
      /** Kinds of this code. */ kinds: z.array(z.string()),
      /** Symbolic names. */ names: z.array(z.string()),
    }),
  ),
  /** Every accepted written form, lowercased (`0x8009030c`, `8009030c`, `-2146893044`, `2148074252`, `sec_e_logon_denied`, `kb123456`), to what it names. */
  forms: z.record(
    z.string(),
    z.strictObject({
      /** Which table to look in. */ type: z.enum(['article', 'event', 'error']),
      /** The key in that table. */ key: z.string(),
    }),
  ),
});

/** The lookup file's content. */
export type Lookup = z.infer<typeof lookupSchema>;
