import { describe, expect, it } from 'vitest';
import { buildCodeData, type CodeDataInput } from '../../src/lib/codes/build/code-data.ts';
import { rankArticles, titleOf } from '../../src/lib/codes/format/analysis.ts';
import { shardCount, shardOf, type WireCode } from '../../src/lib/codes/format/code-data.ts';
import { codesParam, parseCodesParam } from '../../src/lib/codes/format/codes-param.ts';
import { ticketText } from '../../src/lib/codes/format/ticket.ts';

/** The code data, `?codes=` and ranking behind the log analysis page. */

const title = (en: string) => ({ pl: `${en} (pl)`, en });
const INPUT: CodeDataInput = {
  lang: 'en',
  articles: [
    {
      kb: '100001',
      title: 'Mentions both',
      formerIds: ['100009'],
      events: ['Src/7004'],
      errors: ['smtp/504'],
      steps: [{ id: 'first', title: 'First', events: [], errors: [] }],
    },
    {
      kb: '100002',
      title: 'Steps cite both',
      formerIds: [],
      events: [],
      errors: [],
      steps: [
        { id: 'a', title: 'A', events: ['Src/7004', 'Other/7004'], errors: [] },
        { id: 'b', title: 'B', events: [], errors: ['smtp/504', 'hresult/0x8009030c'] },
      ],
    },
  ],
  events: [
    { id: 7004, source: 'Src', title: title('Session failed') },
    { id: 7004, source: 'Other', title: title('Other source') },
  ],
  errors: [
    {
      code: '504',
      kind: 'smtp',
      text: '504 need to authenticate first',
      title: title('Auth first'),
    },
    { code: '504', kind: 'win32', title: title('Win32 504') },
    { code: '0x8009030c', kind: 'hresult', name: 'SEC_E_LOGON_DENIED', title: title('Denied') },
  ],
};

function lookupOf(input: CodeDataInput) {
  const { shards, count } = buildCodeData(input);
  return (key: string): WireCode | undefined => shards[shardOf(key, count)]!.e[key];
}

describe('code data', () => {
  const lookup = lookupOf(INPUT);

  it('holds each code with its titles, citing articles and steps, in its hashed shard', () => {
    expect(lookup('event:7004')).toEqual({
      d: [['event', 'Session failed']],
      c: [
        ['100001', 'Mentions both', 1, []],
        ['100002', 'Steps cite both', 0, [['a', 1, 'A']]],
      ],
    });
    expect(lookup('error:504')?.d).toEqual([
      ['smtp', 'Auth first'],
      ['win32', 'Win32 504'],
    ]);
    expect(lookup('error:504')?.x).toEqual(['504 need to authenticate first']);
  });

  it('answers a symbolic name and a former KB number with what they stand for', () => {
    expect(lookup('name:sec_e_logon_denied')?.k).toBe('error:0x8009030c');
    expect(lookup('name:sec_e_logon_denied')?.d).toEqual([['hresult', 'Denied']]);
    expect(lookup('kb:100009')?.k).toBe('kb:100001');
    expect(lookup('kb:100001')?.c).toEqual([['100001', 'Mentions both', 1, []]]);
  });

  it('grows the number of shards, not their size, with the catalog', () => {
    expect(shardCount(1)).toBe(1);
    expect(shardCount(64)).toBe(1);
    expect(shardCount(65)).toBe(2);
    expect(shardCount(10_000)).toBe(256);
    expect(shardOf('event:7004', 8)).toBe(shardOf('event:7004', 8));
  });
});

describe('ranking', () => {
  const lookup = lookupOf(INPUT);
  const codes = [
    { kind: 'event' as const, code: '7004', key: 'event:7004', count: 3 },
    { kind: 'smtp' as const, code: '504', key: 'error:504', count: 1 },
  ];

  it('ranks by codes covered, then a step citing beats an article listing', () => {
    const ranked = rankArticles(codes, lookup);
    expect(ranked.map((a) => [a.kb, a.covers, a.byStep])).toEqual([
      ['100002', ['event:7004', 'error:504'], 2],
      ['100001', ['event:7004', 'error:504'], 0],
    ]);
    expect(ranked[0]!.steps.map(([id]) => id)).toEqual(['a', 'b']);
  });

  it('ranks an article covering more codes first', () => {
    const more = [...codes, { kind: 'kb' as const, code: '100001', key: 'kb:100001' }];
    expect(rankArticles(more, lookup)[0]!.kb).toBe('100001');
  });

  it('names a code by the title of its kind', () => {
    expect(titleOf('win32', lookup('error:504'))).toBe('Win32 504');
    expect(titleOf('smtp', lookup('error:504'))).toBe('Auth first');
    expect(titleOf('smtp', undefined)).toBeUndefined();
  });
});

describe('?codes=', () => {
  it('reads the contract example and writes it back', () => {
    const codes = parseCodesParam('7004,504,0x8009030c');
    expect(codes.map((c) => [c.kind, c.code, c.key])).toEqual([
      ['event', '7004', 'event:7004'],
      ['smtp', '504', 'error:504'],
      ['hresult', '0x8009030c', 'error:0x8009030c'],
    ]);
    expect(codesParam(codes)).toBe('7004,504,0x8009030c');
  });

  it('keeps every kind through a round trip, and drops what is no code', () => {
    const value = '5.7.1,KB843106,event:504,win32:1326,0x8009030C,Q818222,x,<b>,99999999';
    const codes = parseCodesParam(value);
    expect(codesParam(codes)).toBe('5.7.1,KB843106,event:504,win32:1326,0x8009030c,KB818222');
    expect(parseCodesParam(codesParam(codes))).toEqual(codes);
  });
});

describe('ticket text', () => {
  it('gives plain text, Markdown and escaped HTML', () => {
    const t = ticketText({
      heading: 'Codes found in the log',
      codes: ['Event 7004: <b>x</b> (2×)'],
      articlesHeading: 'Articles',
      links: [{ label: 'KB1 · Title [x]', url: 'https://kb.example/en/kb/1/' }],
      analysis: 'Analysis: {url}',
      analysisUrl: 'https://kb.example/en/search/?codes=7004',
    });
    expect(t.text).toBe(
      'Codes found in the log:\n- Event 7004: <b>x</b> (2×)\n\nArticles:\n1. KB1 · Title [x] · https://kb.example/en/kb/1/\n\nAnalysis: https://kb.example/en/search/?codes=7004',
    );
    expect(t.markdown).toContain('1. [KB1 · Title \\[x\\]](https://kb.example/en/kb/1/)');
    expect(t.html).toContain('&#60;b&#62;x&#60;/b&#62;');
    expect(t.html).not.toContain('<b>');
  });
});
