import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadSite } from '../../src/lib/content/load-site.ts';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { indexInput } from '../../src/lib/search/index-input.ts';
import { loadIndex } from '../../src/lib/search/load-index.ts';
import { search } from '../../src/lib/search/rank.ts';

/** The "done when", on the real content (KB 843106 and its catalogs), through the site's own build step. */

const site = await loadSite(resolve(import.meta.dirname, '../..'));
const LANGS = ['pl', 'en'] as const;
const built = Object.fromEntries(
  LANGS.map((lang) => {
    const articles = site.articles
      .filter((v) => v.lang === lang)
      .map((v) => ({ ...v.data, kb: v.kb, headings: v.headings }));
    return [
      lang,
      JSON.stringify(buildSearchIndex(indexInput(lang, articles, site.events, site.errors))),
    ];
  }),
) as Record<(typeof LANGS)[number], string>;

/** Each code form with the page that must come first (path after `/{lang}`): the exact code, never a near miss. */
const CODE_QUERIES: Array<[string, string]> = [
  ['7004', '/events/7004/'],
  ['0x8009030C', '/errors/0x8009030c/'],
  ['8009030c', '/errors/0x8009030c/'],
  ['-2146893044', '/errors/0x8009030c/'],
  ['2148074252', '/errors/0x8009030c/'],
  ['SEC_E_LOGON_DENIED', '/errors/0x8009030c/'],
  // The article carries the code and every word of its title, so it leads; the code page follows.
  ['504 need to authenticate first', '/kb/843106/'],
  ['KB843106', '/kb/843106/'],
  ['Q843106', '/kb/843106/'],
  ['843106', '/kb/843106/'],
];
const WORDS = {
  pl: [
    'zaporę',
    'zapore',
    'ZAPORA',
    'uwierzytelnianie EXPS',
    'uwierzytelnianie exps',
    'zintegrowane uwierzytelnianie systemu windows',
    'prawo SendAs',
    'XEXCH50',
  ],
  en: [
    'firewall',
    'EXPS authentication',
    'integrated windows authentication',
    'SendAs right',
    'XEXCH50',
  ],
};

describe.each(LANGS)('the real content (%s)', (lang) => {
  const index = loadIndex(JSON.parse(built[lang]));
  // The article, or the page of one of the events and codes it covers.
  const accepted = [
    `/${lang}/kb/843106/`,
    ...[1704, 1706, 7004, 7006, 7010].map((id) => `/${lang}/events/${id}/`),
    ...['504', '505', '0x8009030c'].map((c) => `/${lang}/errors/${c}/`),
  ];

  test.each(CODE_QUERIES)('%s finds exactly %s first', (q, path) => {
    expect(search(index, q)[0]?.href).toBe(`/${lang}${path}`);
  });

  test.each([...WORDS[lang]])('%s finds KB 843106, its event or its code first', (q) => {
    expect(accepted).toContain(search(index, q)[0]?.href.replace(/#.*$/, ''));
  });

  test('the code itself leads for a code query; the article follows', () => {
    expect(
      search(index, '7004')
        .map((h) => h.href)
        .slice(0, 2),
    ).toEqual([`/${lang}/events/7004/`, `/${lang}/kb/843106/`]);
    expect(search(index, 'SEC_E_LOGON_DENIED')[0]!.href).toBe(`/${lang}/errors/0x8009030c/`);
    expect(search(index, 'KB843106')[0]!.href).toBe(`/${lang}/kb/843106/`);
    // The article (with its citing step right after it) leads a reply text; the code page is next.
    expect(
      search(index, '504 need to authenticate first')
        .map((h) => h.href)
        .slice(0, 3),
    ).toEqual([
      `/${lang}/kb/843106/`,
      `/${lang}/kb/843106/#integrated-windows-auth`,
      `/${lang}/errors/504/`,
    ]);
  });

  test('the index stays within the byte budget for one article', () => {
    // One article carries the whole catalog here, so this is far above the per-article average
    // of a large corpus (bench/search.mjs measures that); it must still be small.
    expect(gzipSync(built[lang]).length).toBeLessThan(2000);
  });
});
