import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { builtPaths, missingUrls, parseUrlList } from '../../scripts/urls.mjs';

function fakeDist(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-dist-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  }
  return dir;
}

const article =
  '<section id="fix-it" class="step"></section><span id="old-fix" class="step-alias"></span>';

test('lists every page and step anchor of a build', () => {
  const dist = fakeDist({ '': '', 'pl/kb/1': article, 'kb/1': '' });
  expect(builtPaths(dist)).toEqual(['/', '/kb/1/', '/pl/kb/1/', '/pl/kb/1/#fix-it']);
});

test('reports a listed page that disappeared and a step anchor that is gone', () => {
  const dist = fakeDist({ 'pl/kb/1': article });
  const listed = parseUrlList(
    '# comment\n/pl/kb/1/\n/pl/kb/1/#fix-it\n/pl/kb/1/#old-fix\n/pl/kb/2/\n/pl/kb/1/#renamed\n',
  );
  expect(missingUrls(listed, dist)).toEqual(['/pl/kb/2/', '/pl/kb/1/#renamed']);
});
