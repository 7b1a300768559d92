import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolve } from 'node:path';

// KB_CONTENT_DIR points at the benchmark corpus; otherwise content/ of the folder the build runs in.
const contentDir = resolve(process.env['KB_CONTENT_DIR'] ?? 'content');

/** Every `articles/{id}/{lang}.md`, with no schema: the baseline validates nothing. */
const articles = defineCollection({
  loader: glob({ pattern: '*/*.md', base: resolve(contentDir, 'articles') }),
});

export const collections = { articles };
