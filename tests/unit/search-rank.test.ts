import { describe, expect, test } from 'vitest';
import { codeForms } from '../../src/lib/codes/error-codes.ts';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { loadIndex, type SearchIndex } from '../../src/lib/search/load-index.ts';
import { search } from '../../src/lib/search/rank.ts';
import { fixtureInput } from '../fixtures/search/corpus.ts';

const LANGS = ['pl', 'en'] as const;
const indexes = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    loadIndex(JSON.parse(JSON.stringify(buildSearchIndex(fixtureInput(lang))))),
  ]),
) as Record<(typeof LANGS)[number], SearchIndex>;
const hrefs = (index: SearchIndex, q: string) => search(index, q).map((h) => h.href);

/** Where in the result list an href first appears (Infinity when absent). */
const rankOf = (list: string[], href: string) =>
  list.includes(href) ? list.indexOf(href) : Infinity;

describe.each(LANGS)('ranking on the near-miss fixture (%s)', (lang) => {
  const index = indexes[lang];
  const kb = (id: string, step?: string) => `/${lang}/kb/${id}/${step ? `#${step}` : ''}`;

  test('7004 ranks what carries 7004 first; what only has 7006 or 1704 never above it', () => {
    const list = hrefs(index, '7004');
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

  test('7006 and 1704 find their own records, not 7004', () => {
    expect(hrefs(index, '7006')[0]).toBe(`/${lang}/events/7006/`);
    expect(hrefs(index, '7006')).not.toContain(kb('100001'));
    expect(hrefs(index, '1704')).toEqual([`/${lang}/events/1704/`, kb('100003')]);
  });

  test('every form of 0x8009030c finds it first, never 0x8009030e', () => {
    for (const q of [
      ...codeForms('hresult', '0x8009030c'),
      '0x8009030C',
      '8009030C',
      'SEC_E_LOGON_DENIED',
      'sec_e_logon_denied',
    ]) {
      const list = hrefs(index, q);
      expect(list[0], q).toBe(`/${lang}/errors/0x8009030c/`);
      expect(list, q).toContain(kb('100004'));
      expect(list, q).not.toContain(`/${lang}/errors/0x8009030e/`);
      expect(list, q).not.toContain(kb('100003'));
    }
    const other = hrefs(index, '0x8009030E');
    expect(other[0]).toBe(`/${lang}/errors/0x8009030e/`);
    expect(other).not.toContain(`/${lang}/errors/0x8009030c/`);
  });

  test('SMTP replies and enhanced status codes', () => {
    expect(hrefs(index, '5.7.1')[0]).toBe(`/${lang}/errors/5.7.1/`);
    expect(hrefs(index, '5.7.1')).toContain(kb('100005'));
    const reply = hrefs(index, '504 need to authenticate first');
    expect([`/${lang}/errors/504/`, kb('100001')]).toContain(reply[0]);
    expect(reply).not.toContain(`/${lang}/errors/505/`);
  });

  test('KB numbers in every form find the article first', () => {
    for (const q of ['KB100003', 'kb100003', 'Q100003', '100003', 'KB 100003'])
      expect(hrefs(index, q)[0], q).toBe(kb('100003'));
  });

  test('an article leads its own steps; steps link to their fragment', () => {
    const list = hrefs(index, lang === 'pl' ? 'zapore' : 'firewall');
    expect(list).toEqual([kb('100001'), kb('100001', 'firewall')]);
  });

  test('every word must match somewhere', () => {
    const both = lang === 'pl' ? 'hasło zresetuj' : 'password reset';
    expect(hrefs(index, both)).toEqual([kb('100002'), kb('100002', 'reset-password')]);
    expect(hrefs(index, lang === 'pl' ? 'hasło zapora' : 'password firewall')).toEqual([]);
  });

  test('a code and words together: the code first, then the words decide', () => {
    const list = hrefs(index, lang === 'pl' ? '7006 hasło' : '7006 password');
    expect(list[0]).toBe(kb('100002'));
    expect(list).toContain(`/${lang}/events/7006/`);
  });

  test('an empty or blank query finds nothing', () => {
    expect(hrefs(index, '')).toEqual([]);
    expect(hrefs(index, '   ')).toEqual([]);
    expect(hrefs(index, 'w z i')).toEqual([]);
  });

  test('the limit holds', () => {
    expect(
      search(index, 'uwierzytelnianie authentication server serwer', { limit: 1 }).length,
    ).toBeLessThanOrEqual(1);
    expect(search(index, lang === 'pl' ? 'zdarzenie' : 'event', { limit: 2 })).toHaveLength(2);
  });
});

describe('words', () => {
  test('diacritics are ignored both ways (zapore finds zaporę, zaporę finds it too)', () => {
    for (const q of ['zapore', 'zaporę', 'ZAPORĘ', 'zapor'])
      expect(hrefs(indexes.pl, q)[0], q).toBe('/pl/kb/100001/');
    expect(hrefs(indexes.pl, 'lacznik')).toContain('/pl/kb/100005/#connector-auth');
  });

  test('a typo still finds the word; a number one digit off does not', () => {
    expect(hrefs(indexes.en, 'firwall')[0]).toBe('/en/kb/100001/');
    expect(hrefs(indexes.en, 'credentails')).toContain('/en/kb/100003/#credentials');
    expect(hrefs(indexes.en, '7005')).toEqual([]);
  });

  test('title weighs more than summary', () => {
    // "authentication" is in 100005's summary, in 100002's summary, and in step titles; the title hit leads.
    const list = hrefs(indexes.en, 'authenticated');
    expect(list[0]).toMatch(/\/en\/(kb\/100005\/|errors\/5\.7\.1\/)/);
  });

  test('marks fall on the matched words in the title, as ranges of the original text', () => {
    const step = search(indexes.pl, 'zapore').find((h) => h.record.type === 'step')!;
    expect(step.titleMarks.map(([s, e]) => step.title.slice(s, e))).toEqual(['zaporę']);
    const typing = search(indexes.pl, 'zapo').find((h) => h.record.type === 'step')!;
    // A beginning marks what was typed, not the whole word.
    expect(typing.titleMarks.map(([s, e]) => typing.title.slice(s, e))).toEqual(['zapo']);
    const [code] = search(indexes.en, '0x8009030C');
    expect(code!.badgeMark).toBe(true);
  });
});
