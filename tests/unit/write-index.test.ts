import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { indexWriter } from '../../src/lib/search/build/write-index.ts';

test('writes every index file under its folder as it is handed over, replacing what an earlier build left', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'kb-index-')), 'pl');
  indexWriter(dir).write('stale.json', '{}');
  const writer = indexWriter(dir);
  writer.write('manifest.json', '{"v":1}');
  writer.write('s/0.json', '[1]');
  expect(readFileSync(join(dir, 's/0.json'), 'utf8')).toBe('[1]');
  writer.write('f/a-1_2.json', new TextEncoder().encode('{"t":"Usługa"}'));
  expect(writer.count()).toBe(3);
  expect(readdirSync(dir).sort()).toEqual(['f', 'manifest.json', 's']);
  expect(readFileSync(join(dir, 'f/a-1_2.json'), 'utf8')).toBe('{"t":"Usługa"}');
});

test.each(['../escape.json', '/abs.json', 's/../../x.json', 'a b.json', 'x.html', 's//0.json'])(
  'refuses the path %j at once: nothing outside the index folder is ever written',
  (path) => {
    const root = mkdtempSync(join(tmpdir(), 'kb-index-'));
    writeFileSync(join(root, 'keep.txt'), 'kept');
    const writer = indexWriter(join(root, 'pl'));
    expect(() => writer.write(path, '{}')).toThrow(
      `The search index names an unsafe path: ${path}`,
    );
    expect(writer.count()).toBe(0);
    expect(readdirSync(root)).toEqual(['keep.txt']);
  },
);
