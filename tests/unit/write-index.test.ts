import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { indexWriter, writeIndexFiles } from '../../src/lib/search/build/write-index.ts';

test('writes every index file under its folder, replacing what an earlier build left', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'kb-index-')), 'pl');
  writeIndexFiles(dir, new Map([['stale.json', '{}']]));
  const n = writeIndexFiles(
    dir,
    new Map([
      ['manifest.json', '{"v":1}'],
      ['s/0.json', '[1]'],
      ['f/a-1_2.json', '{"t":"Usługa"}'],
    ]),
  );
  expect(n).toBe(3);
  expect(readdirSync(dir).sort()).toEqual(['f', 'manifest.json', 's']);
  expect(readFileSync(join(dir, 'f/a-1_2.json'), 'utf8')).toBe('{"t":"Usługa"}');
});

test.each(['../escape.json', '/abs.json', 's/../../x.json', 'a b.json', 'x.html', 's//0.json'])(
  'refuses the path %j: nothing outside the index folder is ever written',
  (path) => {
    const root = mkdtempSync(join(tmpdir(), 'kb-index-'));
    writeFileSync(join(root, 'keep.txt'), 'kept');
    expect(() => writeIndexFiles(join(root, 'pl'), new Map([[path, '{}']]))).toThrow(
      `The search index names an unsafe path: ${path}`,
    );
    expect(readdirSync(root)).toEqual(['keep.txt']);
  },
);

test('a writer writes each file as it is handed over, and refuses an unsafe path at once', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'kb-index-')), 'en');
  const writer = indexWriter(dir);
  writer.write('s/0.json', '[1]');
  expect(readFileSync(join(dir, 's/0.json'), 'utf8')).toBe('[1]');
  expect(() => writer.write('../x.json', '{}')).toThrow('unsafe path: ../x.json');
  expect(writer.count()).toBe(1);
});
