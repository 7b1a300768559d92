import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { LANGS } from './i18n/keys.ts';
import { articleSchema } from './schemas/article.ts';
import { errorCodeSchema } from './schemas/error-code.ts';
import { eventSchema } from './schemas/event.ts';
import { siteCollections } from './lib/content/site-loader.ts';

/** One load reads, validates and renders the whole content tree and fills all three collections. */
const site = siteCollections();

/** Extra fields the loader adds to every entry: where it came from. */
const sourceFields = { file: z.string(), key: z.string() };

/**
 * One entry per article and language (`123456/pl`), rendered by our own Markdown pipeline. The
 * schemas here give the entries their types: the loader has validated every entry already (with
 * positions in the file) and never calls Astro's `parseData`, so nothing is validated twice.
 */
const articles = defineCollection({
  loader: site.articles,
  // The tree, like the rendered body, is in the body store (`body`), read by the article page.
  schema: articleSchema.omit({ tree: true }).extend({
    kb: z.string(),
    lang: z.enum(LANGS),
    file: z.string(),
    /** The file of the rendered body and the tree: src/lib/content/body-store.ts. */
    body: z.string(),
    /** Set when this language is an older translation: the language with the newer revision. */
    newerIn: z.enum(LANGS).optional(),
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
