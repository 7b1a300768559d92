import { describe, expect, test } from 'vitest';
import { buildSearch } from '../search/in-process.ts';

/** The "done when", on the real content (KB 843106 and its catalogs), through the site's own build step. */

const built = await buildSearch('content');
const LANGS = ['pl', 'en'] as const;

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

/** The examples: each stands only in the body of KB 843106 (or is inflected there). */
const BODY_TERMS = {
  en: [
    'SuppressExternal',
    'Msexcimc.exe',
    'Deny ACE',
    'Network Monitor',
    'permission groups',
    'XEXCH50',
    '5.5.2657.72',
  ],
  pl: ['wpis ACE typu Odmów', 'poziom rejestrowania', 'Monitor sieci', 'XEXCH50', 'Msexcimc.exe'],
};

describe.each(LANGS)('the real content (%s)', (lang) => {
  const search = async (q: string) => (await built.query(lang, q, 50)).hits;
  const first = async (q: string) => (await search(q))[0]?.href;
  // The article, or the page of one of the events and codes it covers.
  const accepted = [
    `/${lang}/kb/843106/`,
    ...[1704, 1706, 7004, 7006, 7010].map((id) => `/${lang}/events/${id}/`),
    ...['504', '505', '0x8009030c'].map((c) => `/${lang}/errors/${c}/`),
  ];

  test.each(CODE_QUERIES)('%s finds exactly %s first', async (q, path) => {
    expect(await first(q)).toBe(`/${lang}${path}`);
  });

  test.each([...WORDS[lang]])('%s finds KB 843106, its event or its code first', async (q) => {
    expect(accepted).toContain((await first(q))?.replace(/#.*$/, ''));
  });

  test.each([...BODY_TERMS[lang]])(
    '%s (body text) finds KB 843106 or its step first',
    async (q) => {
      expect((await first(q))?.replace(/#.*$/, '')).toBe(`/${lang}/kb/843106/`);
    },
  );

  test('the code itself leads for a code query; the article follows', async () => {
    expect((await search('7004')).map((h) => h.href).slice(0, 2)).toEqual([
      `/${lang}/events/7004/`,
      `/${lang}/kb/843106/`,
    ]);
    expect(await first('SEC_E_LOGON_DENIED')).toBe(`/${lang}/errors/0x8009030c/`);
    expect(await first('KB843106')).toBe(`/${lang}/kb/843106/`);
    // The article (with its citing step right after it) leads a reply text; the code page is next.
    expect((await search('504 need to authenticate first')).map((h) => h.href).slice(0, 3)).toEqual(
      [
        `/${lang}/kb/843106/`,
        `/${lang}/kb/843106/#integrated-windows-auth`,
        `/${lang}/errors/504/`,
      ],
    );
  });

  test('a body word shows a snippet of the body with the word marked', async () => {
    const [hit] = await search('SuppressExternal');
    const marked = hit!.contextMarks.map(([s, e]) => hit!.context.slice(s, e));
    expect(marked).toContain('SuppressExternal');
  });
});
