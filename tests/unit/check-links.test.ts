import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { checkDistLinks } from '../../scripts/check-links.mjs';

function fakeDist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-links-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

test('accepts a site whose links and fragments all resolve, and lists external links', () => {
  const dir = fakeDist({
    'index.html':
      '<a href="/pl/kb/1/#step-a">x</a><a href="https://example.org/doc">ext</a><link href="/_astro/a.css">',
    'pl/kb/1/index.html':
      '<section id="step-a"></section><a href="#step-a">self</a><a href="../../../">up</a>',
    '_astro/a.css': '',
  });
  const result = checkDistLinks(dir);
  expect(result.broken).toEqual([]);
  expect(result.external).toEqual(['https://example.org/doc']);
});

test('catches planted defects: a missing page, a missing fragment, a missing asset', () => {
  const dir = fakeDist({
    'index.html':
      '<a href="/pl/kb/2/">gone</a><a href="/pl/kb/1/#nope">bad anchor</a><script src="/_astro/missing.js"></script>',
    'pl/kb/1/index.html': '<h2 id="ok"></h2>',
  });
  const reasons = checkDistLinks(dir).broken.map((b: { reason: string }) => b.reason);
  expect(reasons).toEqual([
    'no file is built for /pl/kb/2/',
    '/pl/kb/1/ has no element with id "nope"',
    'no file is built for /_astro/missing.js',
  ]);
});

test('malformed percent-encoding is a broken link, never a crash', () => {
  const dir = fakeDist({
    'index.html':
      '<a href="https://kb.example.com/en/kb/1/#%E0%A4%A">bad fragment</a><a href="/en/kb/%E0%A4%A/">bad path</a>',
    'en/kb/1/index.html': '<h2 id="ok"></h2>',
  });
  const reasons = checkDistLinks(dir).broken.map((b: { reason: string }) => b.reason);
  expect(reasons).toEqual([
    'malformed percent-encoding in #fragment',
    'malformed percent-encoding in /en/kb/%E0%A4%A/',
  ]);
});

test('never looks outside the built folder: encoded slashes and dots name no file', () => {
  const root = mkdtempSync(join(tmpdir(), 'kb-links-outside-'));
  writeFileSync(join(root, 'secret.txt'), 'outside');
  mkdirSync(join(root, 'dist'));
  writeFileSync(
    join(root, 'dist/index.html'),
    '<a href="https://kb.example.com/..%2Fsecret.txt">a</a><a href="/%2E%2E/secret.txt">b</a><a href="/x/..%5C..%5Csecret.txt">c</a>',
  );
  const broken = checkDistLinks(join(root, 'dist')).broken;
  expect(broken.map((b: { link: string }) => b.link)).toEqual([
    'https://kb.example.com/..%2Fsecret.txt',
    '/%2E%2E/secret.txt',
    '/x/..%5C..%5Csecret.txt',
  ]);
});
