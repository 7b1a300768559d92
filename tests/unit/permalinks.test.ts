import { expect, test } from 'vitest';
import { ticketCitation } from '../../src/lib/permalinks/client/citation.ts';
import { articlesByKb, buildLookup } from '../../src/lib/permalinks/lookup.ts';
import { lookupSchema } from '../../src/schemas/lookup.ts';

test('a ticket citation in plain text, Markdown and HTML, escaped', () => {
  const c = ticketCitation({
    kb: '843106',
    what: 'Step 3: Check <TLS> & [AUTH]',
    url: 'https://kb.example.com/en/kb/843106/#tls-before-auth',
  });
  expect(c.text).toBe(
    'KB843106 · Step 3: Check <TLS> & [AUTH] · https://kb.example.com/en/kb/843106/#tls-before-auth',
  );
  expect(c.markdown).toBe(
    '[KB843106 · Step 3: Check \\<TLS\\> & \\[AUTH\\]](https://kb.example.com/en/kb/843106/#tls-before-auth)',
  );
  expect(c.html).toBe(
    '<a href="https://kb.example.com/en/kb/843106/#tls-before-auth">KB843106 · Step 3: Check &#60;TLS&#62; &#38; [AUTH]</a>',
  );
});

test('the lookup resolves every form of a code, KB numbers and former numbers', () => {
  const lookup = buildLookup({
    site: 'https://kb.example.com',
    articles: [{ kb: '843106', title: { pl: 'T', en: 'T' }, formerIds: ['111'] }],
    events: [
      { id: 7004, source: 'MSExchangeTransport' },
      { id: 7004, source: 'Other' },
    ],
    errors: [
      { code: '0x8009030c', kind: 'hresult', name: 'SEC_E_LOGON_DENIED' },
      { code: '5.7.1', kind: 'smtp' },
    ],
  });
  expect(lookupSchema.parse(lookup)).toEqual(lookup);
  for (const form of ['0x8009030c', '8009030c', '-2146893044', '2148074252', 'sec_e_logon_denied'])
    expect(lookup.forms[form]).toEqual({ type: 'error', key: '0x8009030c' });
  expect(lookup.forms['5.7.1']).toEqual({ type: 'error', key: '5.7.1' });
  expect(lookup.forms['kb111']).toEqual({ type: 'article', key: '111' });
  expect(lookup.articles['111']!.en).toBe('https://kb.example.com/en/kb/843106/');
  expect(lookup.events['7004']!.sources).toEqual(['MSExchangeTransport', 'Other']);
});

test('article versions are grouped by KB number, with both titles and former numbers, in KB order', () => {
  const version = (kb: string, lang: 'pl' | 'en', title: string, articles: string[] = []) => ({
    kb,
    lang,
    title,
    aliases: { articles },
  });
  expect(
    articlesByKb([
      version('843106', 'en', 'English', ['111']),
      version('20', 'pl', 'Dwadzieścia'),
      version('843106', 'pl', 'Polski', ['111']),
      version('20', 'en', 'Twenty'),
    ]),
  ).toEqual([
    { kb: '20', title: { pl: 'Dwadzieścia', en: 'Twenty' }, formerIds: [] },
    { kb: '843106', title: { pl: 'Polski', en: 'English' }, formerIds: ['111'] },
  ]);
});
