import fc from 'fast-check';
import { expect, test } from 'vitest';
import { IntList } from '../../src/lib/search/build/int-list.ts';
import { TermNumbering } from '../../src/lib/search/build/term-ids.ts';
import { tokenize } from '../../src/lib/search/format/tokenize.ts';
import type { Lang } from '../../src/i18n/keys.ts';

/** The terms the index build numbers for a text, read back through the numbering. */
function numbered(numbering: TermNumbering, text: string): string[] {
  const list = new IntList(4);
  numbering.append(text, list);
  return [...list.data.subarray(0, list.length)].map((id) => numbering.terms[id]!);
}

const PIECES = [
  'Msexcimc.exe',
  'Get-ExchangeCertificate',
  '5.5.2657.72',
  'SEC_E_LOGON_DENIED',
  'XEXCH50',
  'usługę',
  'ŻÓŁW',
  'braku',
  'ważnego',
  'contoso.com\\admin',
  'user@contoso.com',
  'e\u0301',
  '📨',
  '𝐀𝐁',
  ' ',
  '  ',
  '\n',
  '.',
  '-',
  '_',
  '/',
  '\\',
  '@',
  '(',
  ')',
  ',',
  '0x8009030C',
  'a',
  'Z',
  '7',
  '中文',
  'ı',
  'İ',
  '\u00a0',
];

test.each(['pl', 'en'] as Lang[])('numbers exactly the terms the tokeniser finds (%s)', (lang) => {
  const numbering = new TermNumbering(lang);
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
      const text = pieces.join('');
      expect(numbered(numbering, text)).toEqual(tokenize(text, lang).map((t) => t.term));
    }),
    { numRuns: 2000 },
  );
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
      expect(numbered(numbering, text)).toEqual(tokenize(text, lang).map((t) => t.term));
    }),
    { numRuns: 1000 },
  );
});

test('a compound seen again gets the same ids; a list grows as it must', () => {
  const numbering = new TermNumbering('en');
  const list = new IntList(1);
  numbering.append('Msexcimc.exe and Msexcimc.exe', list);
  const ids = [...list.data.subarray(0, list.length)];
  expect(ids.slice(0, 3)).toEqual(ids.slice(4, 7));
  expect(numbering.terms[ids[0]!]).toBe('msexcimc.exe');
});
