import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { pl } from '../../src/i18n/pl.ts';
import { chooseLang } from '../../src/lib/lang/client/choose-lang.ts';
import { neutralPath, parsePath, pathInLang, routes, shortLinks } from '../../src/lib/routes.ts';

describe('i18n', () => {
  test('Polish plurals: 1 wynik, 2 wyniki, 5 wyników, 22 wyniki, 12 wyników', () => {
    const { plural } = useTranslations('pl');
    expect([1, 2, 5, 22, 12, 0].map((n) => plural('search.results', n))).toEqual([
      '1 wynik',
      '2 wyniki',
      '5 wyników',
      '22 wyniki',
      '12 wyników',
      '0 wyników',
    ]);
    expect(useTranslations('en').plural('search.results', 1)).toBe('1 result');
    expect(useTranslations('en').plural('search.results', 3)).toBe('3 results');
  });

  test("dates in each language's format", () => {
    expect(useTranslations('pl').date('2007-11-25')).toBe('25.11.2007');
    expect(useTranslations('en').date('2007-11-25')).toBe('November 25, 2007');
  });

  test('both dictionaries have the same keys and no empty string', () => {
    expect(Object.keys(pl.strings).sort()).toEqual(Object.keys(en.strings).sort());
    for (const d of [pl, en])
      for (const [k, v] of Object.entries(d.strings)) expect(v.trim(), k).not.toBe('');
  });
});

describe('language choice', () => {
  test('a saved choice wins, then the browser languages, then Polish', () => {
    expect(chooseLang('en', ['pl-PL'])).toBe('en');
    expect(chooseLang(null, ['de-DE', 'en-GB', 'pl'])).toBe('en');
    expect(chooseLang('fr', ['PL'])).toBe('pl');
    expect(chooseLang(null, ['de'])).toBe('pl');
  });
});

describe('routes', () => {
  test('build the contract URLs', () => {
    expect(routes.article('en', '843106', 'tls-before-auth')).toBe(
      '/en/kb/843106/#tls-before-auth',
    );
    expect(routes.error('pl', '0x8009030c')).toBe('/pl/errors/0x8009030c/');
    expect(routes.search('pl', 'zaporę & <b>')).toBe('/pl/search/?q=zapor%C4%99%20%26%20%3Cb%3E');
  });

  test('parse page paths and short links, and nothing else', () => {
    expect(parsePath('/pl/kb/843106/')).toEqual({ type: 'article', lang: 'pl', param: '843106' });
    expect(parsePath('/en/events/')).toEqual({ type: 'events', lang: 'en' });
    expect(parsePath('/errors/504/')).toEqual({ type: 'short', target: 'error', param: '504' });
    expect(parsePath('/search/')).toEqual({ type: 'short', target: 'search', param: '' });
    for (const bad of ['/pl/kb/', '/de/', '/pl/search/x/', '/kb/', '/pl/kb/1'])
      expect(parsePath(bad), bad).toBeUndefined();
  });

  test('the same page in the other language, and its language-neutral link', () => {
    expect(pathInLang('/pl/kb/843106/', 'en')).toBe('/en/kb/843106/');
    expect(neutralPath('/en/kb/843106/')).toBe('/kb/843106/');
    expect(neutralPath('/en/errors/')).toBe('/pl/errors/');
    expect(neutralPath('/en/')).toBe('/');
  });

  test('short links, and each parses back to what it names', () => {
    expect(shortLinks.article('843106')).toBe('/kb/843106/');
    expect(shortLinks.event(7004)).toBe('/events/7004/');
    expect(shortLinks.error('0x8009030c')).toBe('/errors/0x8009030c/');
    expect(shortLinks.search('a b')).toBe('/search/?q=a%20b');
    expect(parsePath(shortLinks.event(7004))).toEqual({
      type: 'short',
      target: 'event',
      param: '7004',
    });
    expect(parsePath(shortLinks.search())).toEqual({ type: 'short', target: 'search', param: '' });
  });
});
