import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { codeForms, hresultFromValue } from '../../src/lib/codes/error-codes.ts';
import {
  errorKey,
  eventKey,
  kbKey,
  nameKey,
  parseQuery,
  tokenKeys,
} from '../../src/lib/codes/parse-query.ts';

/** The keys of a query's tokens, all together. */
const keysOf = (q: string) => parseQuery(q).flatMap((t) => t.keys);

describe('parse-query: the query-side normaliser', () => {
  test('every form of an HRESULT gives the same key', () => {
    for (const q of [
      '0x8009030c',
      '0x8009030C',
      '0X8009030C',
      '8009030c',
      '8009030C',
      '-2146893044',
      '2148074252',
      '0x08009030c',
      '0x0000008009030c',
    ]) {
      expect(keysOf(q), q).toContain('error:0x8009030c');
    }
  });

  test('the build and the query share one normaliser: every form the build lists is recognised', () => {
    for (const code of ['0x8009030c', '0x80070005', '0x00000000', '0xffffffff', '0x80004005']) {
      for (const form of codeForms('hresult', code))
        expect(keysOf(form), form).toContain(errorKey(code));
    }
  });

  test('any 32-bit value, in any form, comes back to its own HRESULT', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (value) => {
        const code = hresultFromValue(value);
        const forms = [
          code,
          code.toUpperCase().replace('0X', '0x'),
          String(value),
          String(value | 0),
          code.slice(2),
        ];
        return forms.every((f) => keysOf(f).includes(errorKey(code)));
      }),
    );
  });

  test('event IDs, SMTP replies, enhanced status codes, KB numbers and names', () => {
    expect(keysOf('7004')).toEqual(expect.arrayContaining([eventKey(7004), 'kb:7004']));
    expect(keysOf('504')).toEqual(expect.arrayContaining(['event:504', 'error:504']));
    expect(keysOf('5.7.1')).toEqual(['error:5.7.1']);
    expect(keysOf('5.07.001')).toEqual(['error:5.7.1']);
    for (const q of [
      'KB843106',
      'kb843106',
      'Q843106',
      'q843106',
      'KB 843106',
      'Q 843106',
      '843106',
      'KB0843106',
    ])
      expect(keysOf(q), q).toContain(kbKey('843106'));
    expect(keysOf('SEC_E_LOGON_DENIED')).toEqual([nameKey('sec_e_logon_denied')]);
    expect(keysOf('Sec_E_Logon_Denied')).toEqual(['name:sec_e_logon_denied']);
  });

  test('leading zeros do not make another code', () => {
    expect(keysOf('07004')).toContain('event:7004');
    expect(keysOf('0x0000001f')).toContain('error:0x0000001f');
    expect(keysOf('0x1f')).toContain('error:0x0000001f');
  });

  test('invalid hex and overflow beyond 32 bits give no error key', () => {
    expect(keysOf('0x8009030g')).toEqual([]);
    expect(keysOf('0x')).toEqual([]);
    expect(keysOf('0x100000000')).toEqual([]);
    expect(keysOf('800903 0c').filter((k) => k.startsWith('error:0x8'))).toEqual([]);
    // Past 2^32 a number is no HRESULT and no Win32 code; it may still be a KB number.
    expect(keysOf('4294967296')).toEqual(['kb:4294967296']);
    expect(keysOf('4294967295')).toContain('error:0xffffffff');
    expect(keysOf('-2147483648')).toEqual(['error:0x80000000']);
    expect(keysOf('-2147483649')).toEqual([]);
    expect(keysOf('-0')).toEqual([]);
    // Nine hex digits without 0x are not an HRESULT.
    expect(keysOf('18009030c')).toEqual([]);
  });

  test('ordinary words have no keys, and a reply keeps its code and its words', () => {
    expect(tokenKeys('zapora')).toEqual([]);
    expect(tokenKeys('firewall')).toEqual([]);
    const tokens = parseQuery('504 need to authenticate first');
    expect(tokens.map((t) => t.raw)).toEqual(['504', 'need', 'to', 'authenticate', 'first']);
    expect(tokens[0]!.keys).toContain('error:504');
    expect(tokens.slice(1).every((t) => t.keys.length === 0)).toBe(true);
  });

  test('punctuation around codes is not part of them', () => {
    expect(keysOf('(0x8009030C).')).toContain('error:0x8009030c');
    expect(keysOf('„7004”,')).toContain('event:7004');
    expect(keysOf('550-5.7.1')).toEqual(expect.arrayContaining(['error:550', 'error:5.7.1']));
    expect(keysOf('error −2146893044')).toContain('error:0x8009030c');
  });

  test('HTML in a query is only text', () => {
    const tokens = parseQuery('<img src=x onerror=alert(1)>');
    expect(tokens.every((t) => !t.raw.includes('<'))).toBe(true);
  });
});
