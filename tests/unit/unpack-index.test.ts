import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { unpackSearchIndexes } from '../../scripts/unpack-index.mjs';
import { SEARCH_INDEX_PACK } from '../../src/lib/search/build/pack.ts';

/** An output folder with one pack per given language. */
function output(packs: Record<string, Record<string, string>>): string {
  const out = mkdtempSync(join(tmpdir(), 'kb-unpack-'));
  for (const [lang, files] of Object.entries(packs)) {
    mkdirSync(join(out, lang, 'search-index'), { recursive: true });
    writeFileSync(join(out, lang, 'search-index', SEARCH_INDEX_PACK), JSON.stringify(files));
  }
  return out;
}

test('each pack becomes its files, and the pack is gone', () => {
  const out = output({
    pl: { 'manifest.json': '{"v":1}', 's/0.json': '[0]', 'f/12.json': '{"t":"a"}' },
    en: { 'manifest.json': '{"v":2}' },
  });
  expect(unpackSearchIndexes(out).files).toBe(4);
  expect(readFileSync(join(out, 'pl/search-index/s/0.json'), 'utf8')).toBe('[0]');
  expect(readFileSync(join(out, 'pl/search-index/f/12.json'), 'utf8')).toBe('{"t":"a"}');
  expect(readFileSync(join(out, 'en/search-index/manifest.json'), 'utf8')).toBe('{"v":2}');
  for (const lang of ['pl', 'en'])
    expect(existsSync(join(out, lang, 'search-index', SEARCH_INDEX_PACK))).toBe(false);
});

test('a path that could leave the index folder is refused, nothing is written outside', () => {
  for (const path of ['../escape.json', '/abs.json', 's/../../x.json', 'a b.json', 'x.html']) {
    const out = output({ pl: { [path]: 'x' } });
    expect(() => unpackSearchIndexes(out), path).toThrow(/unsafe path/);
    expect(existsSync(join(out, 'pl', 'escape.json'))).toBe(false);
  }
});
