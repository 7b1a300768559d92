import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  confirmCandidates,
  extractCodes,
  type KnownCode,
} from '../../src/lib/codes/extract/extract-codes.ts';
import { tokenKeys } from '../../src/lib/codes/parse-query.ts';

/** Precision and recall of log extraction against every labelled sample of tests/fixtures/logs. */

const DIR = join(import.meta.dirname, '../fixtures/logs');
const { samples } = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as {
  samples: Array<{ file: string; codes: string[] }>;
};

/** A catalog like the real site's: names, literal replies and kinds, as the code data gives them. */
const CATALOG: Record<string, KnownCode> = {
  'error:504': { key: 'error:504', kinds: ['smtp'], texts: ['504 need to authenticate first'] },
  'error:505': { key: 'error:505', kinds: ['smtp'], texts: ['505 Authentication required'] },
  'error:0x8009030c': { key: 'error:0x8009030c', kinds: ['hresult'], texts: [] },
  'name:sec_e_logon_denied': { key: 'error:0x8009030c', kinds: ['hresult'], texts: [] },
};
const lookup = (key: string) => CATALOG[key];

/** The codes of a text as `kind code`, in order of first appearance. */
function found(text: string): string[] {
  return confirmCandidates(extractCodes(text), lookup).map((f) => `${f.kind} ${f.code}`);
}

describe('log extraction: every labelled code, no false positive', () => {
  for (const { file, codes } of samples)
    it(file, () => {
      expect(found(readFileSync(join(DIR, file), 'utf8'))).toEqual(codes);
    });

  it('has at least five adversarial samples yielding nothing', () => {
    expect(
      samples.filter((s) => s.file.startsWith('adversarial-') && s.codes.length === 0).length,
    ).toBeGreaterThanOrEqual(5);
  });
});

describe('log extraction: forms and rules', () => {
  it('finds an HRESULT in every form the search accepts, as one code', () => {
    const text = [
      'Error 0x8009030C',
      'hr=8009030c',
      'Exception: -2146893044',
      'error code 2148074252',
      'SEC_E_LOGON_DENIED',
    ].join('\n');
    const codes = confirmCandidates(extractCodes(text), lookup);
    expect(codes.map((c) => [c.kind, c.code, c.count])).toEqual([['hresult', '0x8009030c', 5]]);
  });

  it('keeps an unlisted name, a bare decimal and a prose reply out unless the catalog has them', () => {
    const text = 'MAX_QUEUE_SIZE reached; id 2148074253; the server said 504 need a break';
    expect(found(text)).toEqual([]);
  });

  it('reads KB numbers with their prefix only', () => {
    expect(
      found('See KB843106, kb 818222, Q257265 and https://support.example.com/kb/828770'),
    ).toEqual(['kb 843106', 'kb 818222', 'kb 257265', 'kb 828770']);
    expect(found('843106 and Q2 2024 and KB')).toEqual([]);
  });

  it('reads Win32 errors after their label, in decimal or hex', () => {
    expect(found('Win32 error 1326; GetLastError() = 0x5; error 5')).toEqual([
      'win32 1326',
      'win32 5',
    ]);
  });

  it('counts occurrences and orders by first appearance', () => {
    const codes = confirmCandidates(
      extractCodes('550 5.7.1 no\n250 OK\n550 5.7.1 again\nEvent ID: 7004'),
      lookup,
    );
    expect(codes.map((c) => `${c.kind} ${c.code} ${c.count}`)).toEqual([
      'smtp 550 2',
      'enhanced 5.7.1 2',
      'smtp 250 1',
      'event 7004 1',
    ]);
  });

  it('gives keys the query normaliser gives the same code', () => {
    const text = readFileSync(join(DIR, 'ticket-en.txt'), 'utf8');
    for (const code of confirmCandidates(extractCodes(text), lookup)) {
      const typed = code.kind === 'kb' ? `KB${code.code}` : code.code;
      expect(tokenKeys(typed)).toContain(code.key);
    }
  });
});

describe('log extraction: layouts without their header', () => {
  it('reads Polish and English phrasings of an event', () => {
    expect(found('Wystąpiło zdarzenie o identyfikatorze 7004; an event with ID 1704.')).toEqual([
      'event 7004',
      'event 1704',
    ]);
  });

  it('reads replies in W3C and Exchange log lines pasted without #Fields', () => {
    const w3c =
      '2007-11-25 10:15:01 192.0.2.20 OutboundConnectionResponse SMTPSVC1 MAIL01 - 25 - - 421+4.4.2+Timeout 0 0 30 0 46 SMTP';
    const csv =
      '2009-03-02T08:14:21.720Z,Internet,08CB6A3D4F1E2A70,2,192.0.2.10:51873,203.0.113.25:25,<,220 mx.example.net ESMTP ready,';
    expect(found(`${w3c}\n${csv}`)).toEqual(['smtp 421', 'enhanced 4.4.2', 'smtp 220']);
  });

  it('reads the Id column of Get-WinEvent | Export-Csv', () => {
    const csv =
      '"Message","Id","ProviderName","TimeCreated"\n"Session failed","7004","MSExchangeTransport","25.11.2007 10:15:01"\n';
    expect(found(csv)).toEqual(['event 7004']);
  });
});
