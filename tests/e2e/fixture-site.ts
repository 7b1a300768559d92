/** Origin of the fixture site (tests/fixtures/content/site): aliases and hostile content. */
export const FIXTURE = `http://127.0.0.1:${Number(process.env.KB_E2E_PORT ?? 4329) + 1}`;

/** Folder of the real site's build served to the tests (scripts/test-sites.mjs). */
export const SITE_DIST = '.test-sites/site';
