import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { LANGS } from './i18n/keys.ts';
import { errorCodeSchema } from './schemas/error-code.ts';
import { eventSchema } from './schemas/event.ts';
import { siteCollections } from './lib/content/site-loader.ts';

/** One load reads, validates and renders the whole content tree and fills all three collections. */
const site = siteCollections();

/** Extra fields the loader adds to every entry: where it came from. */
const sourceFields = { file: z.string(), key: z.string() };

/**
 * One entry per article and language (`123456/pl`), rendered by our own Markdown pipeline. The
 * entry names two files of the side store (src/lib/content/side-store.ts) and nothing else: the
 * data and the body live there, because Astro compiles its whole store into one module before
 * the first page, in time that grows with the square of its text. Read them through
 * src/lib/content/collections.ts. The loader has validated everything already (with positions in
 * the file) and never calls Astro's `parseData`, so nothing is validated twice.
 */
const articles = defineCollection({
  loader: site.articles,
  schema: z.object({
    kb: z.string(),
    lang: z.enum(LANGS),
    /** The file of the version's data: frontmatter (without the tree), source file, newer language. */
    dataFile: z.string(),
    /** The file of the rendered body and the tree. */
    bodyFile: z.string(),
  }),
});

/** One entry per event (`MSExchangeTransport/7004`). */
const events = defineCollection({
  loader: site.events,
  schema: eventSchema.extend(sourceFields),
});

/** One entry per error code (`hresult/0x8009030c`). */
const errors = defineCollection({
  loader: site.errors,
  schema: errorCodeSchema.extend(sourceFields),
});

export const collections = { articles, events, errors };
