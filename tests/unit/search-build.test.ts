import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { buildSearchIndex, shortSummary, SUMMARY_MAX } from '../../src/lib/search/build-index.ts';
import { fold } from '../../src/lib/search/fold.ts';
import { badgeOf, hrefOf, loadIndex, textOf } from '../../src/lib/search/load-index.ts';
import { decodeText, isWordToken, VocabularyEncoder } from '../../src/lib/search/text-codec.ts';
import { fixtureInput } from '../fixtures/search/corpus.ts';

describe('text codec', () => {
  const roundTrip = (texts: string[]) => {
    const enc = new VocabularyEncoder();
    texts.forEach((t) => enc.add(t));
    const vocab = enc.vocabulary();
    const wordsFrom = enc.wordsFrom();
    // Separators come first, words after: the number alone tells which is which.
    expect(vocab.slice(0, wordsFrom).some(isWordToken)).toBe(false);
    expect(vocab.slice(wordsFrom).every(isWordToken)).toBe(true);
    return texts.map((t) => {
      const ids = enc.encode(t);
      return decodeText(vocab, wordsFrom, ids, 0, ids.length);
    });
  };

  test('texts come back exactly, punctuation and diacritics included', () => {
    const texts = [
      'Jak usunąć błąd SMTP „504 need to authenticate first” (zdarzenia 7004 i 7010)',
      '  two  spaces ',
      'SEC_E_LOGON_DENIED: 0x8009030c.',
      '',
      'a·b · c',
    ];
    expect(roundTrip(texts)).toEqual(texts);
  });

  test('any text comes back exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }),
        (texts) => JSON.stringify(roundTrip(texts)) === JSON.stringify(texts),
      ),
    );
  });

  test('the most frequent runs get the smallest numbers, separators before words', () => {
    const enc = new VocabularyEncoder();
    ['b a', 'a c', 'a', 'x, y'].forEach((t) => enc.add(t));
    expect(enc.vocabulary().slice(0, 2)).toEqual([', ', 'a']);
  });
});

describe('folding', () => {
  test('lowercase, no diacritics, same length', () => {
    expect(fold('Zaporę ŁÓDŹ Straße')).toBe('zapore lodz strase');
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => fold(s).length === s.length));
  });
});

describe('summaries', () => {
  test('the first sentence, cut at a word before the limit', () => {
    expect(shortSummary('One sentence. Another One.')).toBe('One sentence.');
    expect(shortSummary('Version 5.5.2657.72 is old. Next.')).toBe('Version 5.5.2657.72 is old.');
    const long = shortSummary(`${'word '.repeat(60)}end.`);
    expect(long.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('build and load', () => {
  for (const lang of ['pl', 'en'] as const) {
    test(`records, spans and links survive the wire (${lang})`, () => {
      const input = fixtureInput(lang);
      const data = buildSearchIndex(input);
      expect(data.v).toBe(3);
      // Texts follow each other in `x`: the tuples' lengths add up to it.
      const lengths = [
        ...data.e.flatMap((e) => [e[1], e[2]]),
        ...data.r.flatMap((r) => [r[1], r[2]]),
        ...data.p,
        ...data.a.flatMap((a) => [a[1], a[2], a[3], ...a[6].map((s) => s[1])]),
      ];
      expect(lengths.reduce((a, b) => a + b, 0)).toBe(data.x.length);
      const index = loadIndex(JSON.parse(JSON.stringify(data)));
      const articles = index.records.filter((r) => r.type === 'article');
      expect(articles.map((r) => textOf(index, r.t0, r.t1))).toEqual(
        input.articles.map((a) => a.title),
      );
      const steps = index.records.filter((r) => r.type === 'step');
      expect(steps.map((r) => hrefOf(index, r))).toContain(`/${lang}/kb/100001/#firewall`);
      expect(steps.map((r) => textOf(index, r.c0, r.c1))).toContain(input.articles[0]!.title);
      const error = index.records.find((r) => r.type === 'error' && r.id === '504')!;
      expect(textOf(index, error.c0, error.c1)).toBe('SMTP · 504 need to authenticate first');
      expect(badgeOf(articles[0]!)).toBe('KB 100001');
      expect(index.codes.get('name:sec_e_logon_denied')?.length).toBeGreaterThan(0);
    });
  }

  test('the build is deterministic', () => {
    expect(JSON.stringify(buildSearchIndex(fixtureInput('pl')))).toBe(
      JSON.stringify(buildSearchIndex(fixtureInput('pl'))),
    );
  });

  test('an index of another version is refused', () => {
    const data = { ...buildSearchIndex(fixtureInput('en')), v: 2 };
    expect(() => loadIndex(data as unknown as Parameters<typeof loadIndex>[0])).toThrow(
      /Unsupported search index/,
    );
  });
});
