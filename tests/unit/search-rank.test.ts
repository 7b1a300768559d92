import { describe, expect, test } from 'vitest';
import { codeForms } from '../../src/lib/codes/error-codes.ts';
import { search as run, type SearchOptions } from '../../src/lib/search/client/rank.ts';
import { fixtureClient } from '../fixtures/search/corpus.ts';

const LANGS = ['pl', 'en'] as const;
type Lang = (typeof LANGS)[number];
const indexes = { pl: 'pl', en: 'en' } as const;
const search = async (lang: Lang, q: string, options?: SearchOptions) =>
  (await run(fixtureClient(lang), lang, q, options)).hits;
const hrefs = async (lang: Lang, q: string) => (await search(lang, q)).map((h) => h.href);

/** Where in the result list an href first appears (Infinity when absent). */
const rankOf = (list: string[], href: string) =>
  list.includes(href) ? list.indexOf(href) : Infinity;

describe.each(LANGS)('ranking on the near-miss fixture (%s)', (lang) => {
  const index = lang;
  const kb = (id: string, step?: string) => `/${lang}/kb/${id}/${step ? `#${step}` : ''}`;

  test('7004 ranks what carries 7004 first; what only has 7006 or 1704 never above it', async () => {
    const list = await hrefs(index, '7004');
    expect(list[0]).toBe(`/${lang}/events/7004/`);
    const with7004 = [`/${lang}/events/7004/`, kb('100001'), kb('100001', 'integrated-auth')];
    expect(list.slice(0, 3).sort()).toEqual([...with7004].sort());
    // 100002 names 7004 in its title but cites only 7006: it may follow, never precede.
    for (const near of [
      kb('100002'),
      `/${lang}/events/7006/`,
      `/${lang}/events/1704/`,
      kb('100003'),
    ]) {
      for (const exact of with7004)
        expect(rankOf(list, near), `${near} vs ${exact}`).toBeGreaterThan(rankOf(list, exact));
    }
    expect(list).not.toContain(`/${lang}/events/7006/`);
    expect(list).not.toContain(`/${lang}/events/1704/`);
  });

  test('7006 and 1704 find their own records, not 7004', async () => {
    expect((await hrefs(index, '7006'))[0]).toBe(`/${lang}/events/7006/`);
    expect(await hrefs(index, '7006')).not.toContain(kb('100001'));
    expect(await hrefs(index, '1704')).toEqual([`/${lang}/events/1704/`, kb('100003')]);
  });

  test('every form of 0x8009030c finds it first, never 0x8009030e', async () => {
    for (const q of [
      ...codeForms('hresult', '0x8009030c'),
      '0x8009030C',
      '8009030C',
      'SEC_E_LOGON_DENIED',
      'sec_e_logon_denied',
    ]) {
      const list = await hrefs(index, q);
      expect(list[0], q).toBe(`/${lang}/errors/0x8009030c/`);
      expect(list, q).toContain(kb('100004'));
      expect(list, q).not.toContain(`/${lang}/errors/0x8009030e/`);
      expect(list, q).not.toContain(kb('100003'));
    }
    const other = await hrefs(index, '0x8009030E');
    expect(other[0]).toBe(`/${lang}/errors/0x8009030e/`);
    expect(other).not.toContain(`/${lang}/errors/0x8009030c/`);
  });

  test('SMTP replies and enhanced status codes', async () => {
    expect((await hrefs(index, '5.7.1'))[0]).toBe(`/${lang}/errors/5.7.1/`);
    expect(await hrefs(index, '5.7.1')).toContain(kb('100005'));
    const reply = await hrefs(index, '504 need to authenticate first');
    expect([`/${lang}/errors/504/`, kb('100001')]).toContain(reply[0]);
    expect(reply).not.toContain(`/${lang}/errors/505/`);
  });

  test('KB numbers in every form find the article first', async () => {
    for (const q of ['KB100003', 'kb100003', 'Q100003', '100003', 'KB 100003'])
      expect((await hrefs(index, q))[0], q).toBe(kb('100003'));
  });

  test('an article leads its own steps; steps link to their fragment', async () => {
    const list = await hrefs(index, lang === 'pl' ? 'zapore' : 'firewall');
    expect(list).toEqual([kb('100001'), kb('100001', 'firewall')]);
  });

  test('every word must match; else the best partial matches, flagged', async () => {
    const both = lang === 'pl' ? 'hasło zresetuj' : 'password reset';
    expect(await hrefs(index, both)).toEqual([kb('100002'), kb('100002', 'reset-password')]);
    // No record has both: the best partial matches come, flagged so the page can say so.
    const partial = await run(
      fixtureClient(lang),
      lang,
      lang === 'pl' ? 'hasło zapora' : 'password firewall',
    );
    expect(partial.partial).toBe(true);
    expect(partial.hits.map((h) => h.href)).toContain(kb('100001', 'firewall'));
    expect((await run(fixtureClient(lang), lang, both)).partial).toBe(false);
  });

  test('a code and words together: the code first, then the words decide', async () => {
    const list = await hrefs(index, lang === 'pl' ? '7006 hasło' : '7006 password');
    expect(list[0]).toBe(kb('100002'));
    expect(list).toContain(`/${lang}/events/7006/`);
  });

  test('an empty or blank query finds nothing', async () => {
    expect(await hrefs(index, '')).toEqual([]);
    expect(await hrefs(index, '   ')).toEqual([]);
    expect(await hrefs(index, 'w z i')).toEqual([]);
  });

  test('the limit holds', async () => {
    expect(
      (await search(index, 'uwierzytelnianie authentication server serwer', { limit: 1 })).length,
    ).toBeLessThanOrEqual(1);
    expect(await search(index, lang === 'pl' ? 'zdarzenie' : 'event', { limit: 2 })).toHaveLength(
      2,
    );
  });
});

describe('words', () => {
  test('diacritics are ignored both ways (zapore finds zaporę, zaporę finds it too)', async () => {
    for (const q of ['zapore', 'zaporę', 'ZAPORĘ', 'zapor'])
      expect((await hrefs(indexes.pl, q))[0], q).toBe('/pl/kb/100001/');
    expect(await hrefs(indexes.pl, 'lacznik')).toContain('/pl/kb/100005/#connector-auth');
  });

  test('a typo still finds the word; a number one digit off does not', async () => {
    expect((await hrefs(indexes.en, 'firwall'))[0]).toBe('/en/kb/100001/');
    expect(await hrefs(indexes.en, 'credentails')).toContain('/en/kb/100003/#credentials');
    expect(await hrefs(indexes.en, '7005')).toEqual([]);
  });

  test('title weighs more than summary', async () => {
    // "authentication" is in 100005's summary, in 100002's summary, and in step titles; the title hit leads.
    const list = await hrefs(indexes.en, 'authenticated');
    expect(list[0]).toMatch(/\/en\/(kb\/100005\/|errors\/5\.7\.1\/)/);
  });

  test('marks fall on the matched words in the title, as ranges of the original text', async () => {
    const step = (await search(indexes.pl, 'zapore')).find((h) => h.type === 'step')!;
    expect(step.titleMarks.map(([s, e]) => step.title.slice(s, e))).toEqual(['zaporę']);
    const typing = (await search(indexes.pl, 'zapo')).find((h) => h.type === 'step')!;
    // A beginning marks what was typed, not the whole word.
    expect(typing.titleMarks.map(([s, e]) => typing.title.slice(s, e))).toEqual(['zapo']);
    const [code] = await search(indexes.en, '0x8009030C');
    expect(code!.badgeMark).toBe(true);
  });
});
