import { join } from 'node:path';
import { expect, test } from 'vitest';
import { build, manifest, manifestDiff, sharedSite, tempDir } from './helpers.ts';

test('two clean builds of the same content are byte-identical', () => {
  // The first clean build is the one the browser tests run against; this is the second.
  const a = sharedSite('site');
  const b = join(tempDir('kb-det-'), 'b');
  const second = build(b);
  expect(second.status, second.output).toBe(0);
  const ma = manifest(a);
  expect(Object.keys(ma).length).toBeGreaterThan(40);
  expect(manifestDiff(ma, manifest(b))).toEqual([]);
});

test('the comparison catches a planted difference', () => {
  expect(
    manifestDiff({ 'a.html': '1', 'b.html': '2' }, { 'a.html': '1', 'b.html': '3', 'c.html': '4' }),
  ).toEqual(['b.html', 'c.html']);
});
