import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { publishBuild } from '../../scripts/publish.mjs';

const quiet = { ...console, log() {}, error() {} };

/** A folder with the previous output and a fresh build beside it, as scripts/build.mjs leaves them. */
function setUp(freshIndex: string) {
  const root = mkdtempSync(join(tmpdir(), 'kb-publish-'));
  const out = join(root, 'dist');
  const tmp = `${out}.tmp-${process.pid}`;
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'previous');
  mkdirSync(tmp);
  writeFileSync(join(tmp, 'index.html'), freshIndex);
  return { root, out, tmp };
}

test('a broken link keeps the previous output and leaves no temporary folder', () => {
  const { root, out } = setUp('<a href="https://kb.example.com/en/kb/1/#%E0%A4%A">x</a>');
  expect(publishBuild(`${out}.tmp-${process.pid}`, out, { log: quiet })).toBe(1);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous');
  expect(readdirSync(root)).toEqual(['dist']);
});

test('a crash of the gate keeps the previous output and leaves no temporary folder', () => {
  const { root, out, tmp } = setUp('<p>fine</p>');
  const check = () => {
    throw new URIError('URI malformed');
  };
  expect(publishBuild(tmp, out, { check, log: quiet })).toBe(1);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous');
  expect(readdirSync(root)).toEqual(['dist']);
});

test('a good build replaces the output and leaves nothing else', () => {
  const { root, out, tmp } = setUp('<p>fresh</p>');
  expect(publishBuild(tmp, out, { log: quiet, reports: join(root, 'reports') })).toBe(0);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>fresh</p>');
  expect(readdirSync(root).sort()).toEqual(['dist', 'reports']);
  expect(existsSync(tmp)).toBe(false);
  expect(readFileSync(join(root, 'reports/external-links.txt'), 'utf8')).toBe('');
});
