// @ts-check
// The bare-Astro baseline of the benchmark: the same Markdown corpus through Astro's own glob
// loader and Markdown pipeline into one plain page per article and language. Our build is
// measured against it, so it keeps only what any Astro site of these files would pay for.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.KB_OUT_DIR ?? './dist',
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Our pipeline does not highlight code, so neither does the baseline: Shiki would add work that
  // only the baseline does and flatter our ratio.
  markdown: { syntaxHighlight: false },
});
