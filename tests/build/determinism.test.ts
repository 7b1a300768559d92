import { join } from 'node:path';
import { expect, test } from 'vitest';
import { build, manifest, manifestDiff, tempDir } from './helpers.ts';

test('two clean builds of the same content are byte-identical', () => {
  const root = tempDir('kb-det-');
  const a = build(join(root, 'a'));
  const b = build(join(root, 'b'));
  expect(a.status, a.output).toBe(0);
  expect(b.status, b.output).toBe(0);
  const ma = manifest(join(root, 'a'));
  expect(Object.keys(ma).length).toBeGreaterThan(40);
  expect(manifestDiff(ma, manifest(join(root, 'b')))).toEqual([]);
});

test('the comparison catches a planted difference', () => {
  expect(
    manifestDiff({ 'a.html': '1', 'b.html': '2' }, { 'a.html': '1', 'b.html': '3', 'c.html': '4' }),
  ).toEqual(['b.html', 'c.html']);
});
