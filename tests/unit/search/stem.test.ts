import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { foldDiacritics, queryStems, stem, stemFolded } from '~/lib/search/format/stem/index.ts';

/**
 * The stemming contract of the word search: index and query terms are fold(stem(lower(word))),
 * so the forms of one lemma meet, with or without diacritics, in Polish and English.
 */

const lines = readFileSync(
  resolve(import.meta.dirname, '../../fixtures/search/polish-forms.txt'),
  'utf8',
)
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split(' '));

describe('stem and stemFolded', () => {
  test('Polish inflection from the issue meets at one stem', () => {
    expect(stem('usługę', 'pl')).toBe('usług');
    expect(stemFolded('usługę', 'pl')).toBe('uslug');
    expect(stemFolded('Usługa', 'pl')).toBe('uslug');
    expect(stemFolded('braku', 'pl')).toBe(stemFolded('brak', 'pl'));
    expect(stemFolded('certyfikatu', 'pl')).toBe(stemFolded('certyfikat', 'pl'));
    expect(stemFolded('ważnego', 'pl')).toBe(stemFolded('ważny', 'pl'));
    expect(stemFolded('rejestrowania', 'pl')).toBe(stemFolded('rejestrowanie', 'pl'));
  });

  test('English plurals and verb forms meet at one stem', () => {
    expect(stem('permissions', 'en')).toBe('permiss');
    expect(stemFolded('groups', 'en')).toBe(stemFolded('group', 'en'));
    expect(stemFolded('authenticated', 'en')).toBe(stemFolded('authenticate', 'en'));
    expect(stemFolded('rejects', 'en')).toBe(stemFolded('rejecting', 'en'));
    // Snowball 3: `inter` is a prefix of its own, so internal and international stay apart.
    expect(stem('internal', 'en')).toBe('internal');
    expect(stem('international', 'en')).toBe('internat');
  });

  test('diacritics are folded after stemming, one unit for one unit', () => {
    expect(foldDiacritics('zaporę łącznik źródło')).toBe('zapore lacznik zrodlo');
    expect(stemFolded('Łącznikiem', 'pl')).toBe('lacznik');
    expect(stemFolded('wiadomość', 'pl')).toBe('wiadomosc');
  });

  test('common forms typed without diacritics give the stem of a diacritised form', () => {
    const pairs: Array<[string, string]> = [
      ['usluga', 'usługę'],
      ['uslugi', 'usługą'],
      ['zapore', 'zaporę'],
      ['wiadomosci', 'wiadomość'],
      ['siec', 'sieć'],
      ['lacznika', 'łącznik'],
      ['zrodla', 'źródło'],
      ['waznego', 'ważnej'],
      ['wlaczone', 'włączona'],
      ['uwierzytelnianie', 'uwierzytelnianiu'],
    ];
    for (const [typed, text] of pairs)
      expect(stemFolded(typed, 'pl'), typed).toBe(stemFolded(text, 'pl'));
  });
});

describe('queryStems: what a Polish query typed without diacritics may match', () => {
  test('restores endings that exist only with a diacritic, the plain stem first', () => {
    expect(queryStems('certyfikatow', 'pl')).toEqual(['certyfikatow', 'certyfikat']);
    expect(queryStems('certyfikatow', 'pl')).toContain(stemFolded('certyfikatów', 'pl'));
    expect(queryStems('wysylajacy', 'pl')).toContain(stemFolded('wysyłający', 'pl'));
    expect(queryStems('odrzucilby', 'pl')).toContain(stemFolded('odrzuciłby', 'pl'));
    expect(queryStems('usluga', 'pl')).toEqual(['uslug']);
    expect(queryStems('permissions', 'en')).toEqual(['permiss']);
  });

  test('finds the stem of at least 99% of diacritised forms typed without them', () => {
    const forms = [...new Set(lines.flat())].filter((f) => foldDiacritics(f) !== f);
    const plain = forms.filter((f) => stemFolded(foldDiacritics(f), 'pl') === stemFolded(f, 'pl'));
    const found = forms.filter((f) =>
      queryStems(foldDiacritics(f), 'pl').includes(stemFolded(f, 'pl')),
    );
    console.log(
      `forms with diacritics typed without them, ${forms.length}: same stem ` +
        `${((100 * plain.length) / forms.length).toFixed(1)}%, found by queryStems ` +
        `${((100 * found.length) / forms.length).toFixed(1)}%`,
    );
    expect(found.length / forms.length).toBeGreaterThanOrEqual(0.99);
  });

  test('alternates rarely reach another lemma of the word list', () => {
    const lemmaOf = new Map<string, Set<number>>();
    lines.forEach((forms, i) => {
      for (const f of forms) {
        const term = stemFolded(f, 'pl');
        lemmaOf.set(term, (lemmaOf.get(term) ?? new Set()).add(i));
      }
    });
    let alternates = 0;
    let elsewhere = 0;
    lines.forEach((forms, i) => {
      for (const f of forms)
        for (const term of queryStems(foldDiacritics(f), 'pl').slice(1)) {
          alternates++;
          const owners = lemmaOf.get(term);
          if (owners && !owners.has(i)) elsewhere++;
        }
    });
    expect(alternates).toBeGreaterThan(1000);
    expect(elsewhere / alternates).toBeLessThan(0.01);
  });
});
