/**
 * The published origin (`site` in astro.config.mjs, set from KB_SITE_URL). The config always sets
 * it; a missing one is a configuration error, not something to paper over with a second default.
 */
export function siteUrl(site: URL | undefined): URL {
  if (!site)
    throw new Error('astro.config.mjs must set `site` (the published origin, KB_SITE_URL)');
  return site;
}
