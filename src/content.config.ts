import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { LANGS } from './i18n/keys.ts';
import { articleSchema } from './schemas/article.ts';
import { errorCodeSchema } from './schemas/error-code.ts';
import { eventSchema } from './schemas/event.ts';
import { siteLoader } from './lib/content/site-loader.ts';

/** Extra fields the loader adds to every entry: where it came from. */
const sourceFields = { file: z.string(), key: z.string() };

/** One entry per article and language (`123456/pl`), rendered by our own Markdown pipeline. */
const articles = defineCollection({
  loader: siteLoader('articles'),
  schema: articleSchema.extend({
    kb: z.string(),
    lang: z.enum(LANGS),
    file: z.string(),
    headings: z.array(z.object({ depth: z.number(), id: z.string(), text: z.string() })),
    /** Set when this language is an older translation: the language with the newer revision. */
    newerIn: z.enum(LANGS).optional(),
  }),
});

/** One entry per event (`MSExchangeTransport/7004`). */
const events = defineCollection({
  loader: siteLoader('events'),
  schema: eventSchema.extend(sourceFields),
});

/** One entry per error code (`hresult/0x8009030c`). */
const errors = defineCollection({
  loader: siteLoader('errors'),
  schema: errorCodeSchema.extend(sourceFields),
});

export const collections = { articles, events, errors };
