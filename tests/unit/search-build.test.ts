import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { buildSearchFiles, emitSearchFiles } from '../../src/lib/search/build/files.ts';
import { bodyText } from '../../src/lib/search/build/html-text.ts';
import { separator, shard } from '../../src/lib/search/build/shards.ts';
import { IndexClient } from '../../src/lib/search/client/index-client.ts';
import { decode, paths, shardOf } from '../../src/lib/search/format/decode.ts';
import { fold } from '../../src/lib/search/format/fold.ts';
import { FORMAT_VERSION } from '../../src/lib/search/format/wire.ts';
import { refInfo } from '../../src/lib/search/format/refs.ts';
import { pieceTerm, tokenize } from '../../src/lib/search/format/tokenize.ts';
import { fixtureInput } from '../fixtures/search/corpus.ts';

const terms = (text: string) => tokenize(text, 'en').map((t) => t.term);
/** A word's term: stemmed (English Porter2), folded. */
const st = (word: string) => pieceTerm(word, 'en');

describe('tokeniser', () => {
  test('technical tokens are terms whole and in parts', () => {
    expect(terms('Msexcimc.exe')).toEqual(['msexcimc.exe', st('msexcimc'), 'exe']);
    expect(terms('Get-ExchangeCertificate')).toEqual(
      expect.arrayContaining(['get-exchangecertificate', 'get', st('exchange'), st('certificate')]),
    );
    expect(terms('SuppressExternal')).toEqual(
      expect.arrayContaining([st('suppressexternal'), st('suppress'), st('external')]),
    );
    expect(terms('SEC_E_LOGON_DENIED')).toEqual(
      expect.arrayContaining(['sec_e_logon_denied', 'sec', 'logon', st('denied')]),
    );
    expect(terms('5.5.2657.72')).toEqual(expect.arrayContaining(['5.5.2657.72', '2657', '72']));
    expect(terms('XEXCH50')).toEqual(['xexch50']);
    // A path or an address is a term whole, and so is each dotted piece of it.
    expect(terms('/userd:contoso.com\\admin')).toEqual(
      expect.arrayContaining(['contoso.com\\admin', 'contoso.com', 'contoso', 'admin']),
    );
  });

  test('ranges cover the original text; one-letter words are left out', () => {
    const text = 'Wyklucz ZAPORĘ w sieci (Msexcimc.exe).';
    const tokens = tokenize(text, 'pl');
    expect(tokens.map((t) => text.slice(t.at, t.end))).toEqual([
      'Wyklucz',
      'ZAPORĘ',
      'sieci',
      'Msexcimc.exe',
      'Msexcimc',
      'exe',
    ]);
  });

  test('folding: lowercase, no diacritics, same length', () => {
    expect(fold('Zaporę ŁÓDŹ Straße')).toBe('zapore lodz strase');
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => fold(s).length === s.length));
  });
});

describe('body text from the rendered HTML', () => {
  const html = [
    '<h2 id="cause">Cause<a class="anchor" href="#cause"><span class="sr-only">Link</span></a></h2>',
    '<p>Set <code>SuppressExternal</code> &amp; restart.</p><ul><li>one</li><li>two</li></ul>',
    '<table><tr><td>Msexcimc.exe</td><td>5.5.2657.72</td></tr></table>',
    '<section class="step" id="fw" data-step="1"><h3><span class="step-title">Firewall</span></h3>',
    '<p>Check the firewall.</p><aside class="callout note"><p>Deny ACE</p></aside></section>',
    '<pre><code>Get-ExchangeCertificate | fl</code></pre>',
  ].join('');
  const text = bodyText(html);

  test('paragraphs, lists, tables, code and notes; headings and screen-reader text left out', () => {
    expect(text.body.split('\n')).toEqual([
      'Set SuppressExternal & restart.',
      'one',
      'two',
      'Msexcimc.exe',
      '5.5.2657.72',
      'Get-ExchangeCertificate | fl',
    ]);
  });

  test('each step has its own text, notes included, heading excluded', () => {
    expect(text.steps.get('fw')).toBe('Check the firewall.\nDeny ACE');
  });
});

describe('files', () => {
  const files = buildSearchFiles(fixtureInput('en'));
  const manifest = decode('manifest', files.get('manifest.json')!);

  test('every term is in the shard the manifest points to', () => {
    for (const [path, json] of files) {
      if (!path.startsWith('s/')) continue;
      const i = Number(path.slice(2, -5));
      for (const term of decode('shard', json).terms) expect(shardOf(manifest, term)).toBe(i);
    }
  });

  test('shards split a large vocabulary in sorted runs, each term whole', () => {
    const postings = new Map(
      Array.from({ length: 5000 }, (_, i) => [`term${i}`, [i, 100]] as const),
    );
    const { shards, starts } = shard(postings);
    expect(shards.length).toBeGreaterThan(2);
    expect(starts[0]).toBe('');
    expect(shards.flatMap((s) => s.terms).sort()).toEqual([...postings.keys()].sort());
    expect([...starts].sort()).toEqual(starts);
  });

  test('a shard starts at the shortest beginning that parts it from the one before', () => {
    expect(separator('authenticate', 'authorize')).toBe('autho');
    expect(separator('lob', 'local')).toBe('loc');
    expect(separator('local', 'localhost')).toBe('localh');
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
        if (a === b) return;
        const [last, first] = a < b ? [a, b] : [b, a];
        const sep = separator(last, first);
        expect(sep > last && sep <= first && first.startsWith(sep)).toBe(true);
      }),
    );
  });

  test('lookups and beginnings find every term across shard boundaries', async () => {
    const postings = new Map(
      Array.from({ length: 3000 }, (_, i) => [`w${(i * 7919) % 3000}x`, [i, 100]] as const),
    );
    const { shards, starts } = shard(postings);
    expect(starts.slice(1).some((s, i) => s.length < shards[i + 1]!.terms[0]!.length)).toBe(true);
    const manifest = {
      format: FORMAT_VERSION,
      ...{ lang: 'en', version: '', catalog: 0, events: 0, articles: 0 },
    };
    const files = new Map<string, string>([
      [paths.manifest(), JSON.stringify({ ...manifest, shards: starts })],
      ...shards.map((s, i) => [paths.shard(i), JSON.stringify(s)] as [string, string]),
    ]);
    const client = new IndexClient(async (path) => files.get(path)!);
    for (const term of ['w0x', 'w1234x', 'w2999x'])
      expect(await client.postings(term)).toBeDefined();
    expect(await client.postings('w1234')).toBeUndefined();
    // Every beginning whose terms span at most two shards is answered in full.
    let checked = 0;
    for (const [i, s] of shards.entries()) {
      if (i === 0) continue;
      const first = s.terms[0]!;
      const prefix = first.slice(0, -2);
      const all = [...postings.keys()].filter((t) => t.startsWith(prefix)).sort();
      const spanned = new Set(all.map((t) => shardOf({ ...manifest, shards: starts }, t)));
      if (spanned.size > 2 || all.length > 50) continue;
      expect((await client.prefixed(prefix, 50)).sort()).toEqual(all);
      if (spanned.size === 2) checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('refs read back as the catalog, articles and steps', () => {
    expect(refInfo(manifest, 0).kind).toBe('catalog');
    const article = manifest.catalog;
    expect(refInfo(manifest, article)).toMatchObject({ kind: 'article', fragment: article });
    expect(refInfo(manifest, article + 2)).toMatchObject({
      kind: 'step',
      step: 2,
      parent: article,
    });
    expect(decode('fragment', files.get(`f/${article}.json`)!).id).toBe('100001');
  });

  test('the build is deterministic', () => {
    expect([...buildSearchFiles(fixtureInput('en'))]).toEqual([...files]);
  });

  test('files are handed over one by one, the manifest last (it versions all the others)', () => {
    const order: string[] = [];
    emitSearchFiles(fixtureInput('en'), (path) => order.push(path));
    expect(order.at(-1)).toBe(paths.manifest());
    expect(order.sort()).toEqual([...files.keys()].sort());
  });

  test('a file of another format is refused with a clear error', () => {
    expect(() => decode('manifest', JSON.stringify({ ...manifest, format: 3 }))).toThrow(
      /format 3/,
    );
    expect(() => decode('shard', '{"terms":[]}')).toThrow(/lacks postings/);
  });
});
