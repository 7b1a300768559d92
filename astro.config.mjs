// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentOverlay from './src/integrations/content-overlay.ts';
import searchIndex from './src/integrations/search-index.ts';

// The absolute origin used in canonical links, hreflang, the sitemap and copied ticket links.
// Override at build time: KB_SITE_URL=https://kb.example.org npm run build
const site = process.env.KB_SITE_URL ?? 'https://kb.example.com';

export default defineConfig({
  site,
  // Separate output and cache folders let parallel builds (tests, benchmarks) run side by side.
  outDir: process.env.KB_OUT_DIR ?? './dist',
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Articles go through our own unified pipeline (src/lib/markdown); Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [
    contentOverlay(),
    searchIndex(),
    sitemap({
      // Language pages only: short links and the chooser are redirects, search results are noindex.
      filter: (page) => /\/(pl|en)\/(?!search\/)/.test(new URL(page).pathname),
      i18n: { defaultLocale: 'pl', locales: { pl: 'pl-PL', en: 'en-US' } },
    }),
  ],
  // Every page carries a CSP: scripts and styles only from the site itself (Astro adds hashes for
  // anything it inlines), no 'unsafe-inline', no 'unsafe-eval', nothing from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Pages whose code and data (their `cacheKey`, src/lib/page-key.ts) are unchanged since the
  // last build are copied from Astro's cache (`cacheDir`/dist) instead of rendered again.
  experimental: { incrementalBuild: true },
  // Dates and ids come from content, never from the clock, so two builds are byte-identical.
  vite: {
    build: { assetsInlineLimit: 0 },
    // The dev server watches the project; the benchmark's builds and caches and the built test
    // sites hold hundreds of thousands of files, which would exhaust the system's file watchers
    // and stall its start. (A corpus's `content/` stays watched: it can be previewed.)
    server: {
      watch: {
        ignored: [
          '**/bench/.corpus/*/out-*/**',
          '**/bench/.corpus/*/cache-*/**',
          '**/.test-sites/**',
          '**/dist/**',
          '**/dist.*/**',
        ],
      },
    },
  },
});
