import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
  readArticleData,
  readBody,
  readStoredBody,
  SideStore,
} from '../../src/lib/content/side-store.ts';

const body = (html: string) => ({
  html,
  headings: [{ depth: 2, id: 'zrodla', text: 'Źródła' }],
  stepBlocks: [],
});

test('a body is stored once under the digest of its content and read back whole', () => {
  const store = new SideStore(join(mkdtempSync(join(tmpdir(), 'kb-side-')), 'side'));
  const a = store.put(body('<p>Usługa transportu</p>'));
  expect(store.put(body('<p>Usługa transportu</p>'))).toBe(a);
  expect(readBody(a)).toEqual(body('<p>Usługa transportu</p>'));
  // Any change of the content (the HTML or a heading) gives another file, so a page's key changes.
  const b = store.put(body('<p>Usługę transportu</p>'));
  const c = store.put({ ...body('<p>Usługa transportu</p>'), headings: [] });
  expect(new Set([a, b, c]).size).toBe(3);
  expect(readdirSync(store.dir).sort()).toEqual(
    [a, b, c].map((f) => f.slice(store.dir.length + 1)).sort(),
  );
});

test('pruning keeps only the bodies entries still name', () => {
  const store = new SideStore(join(mkdtempSync(join(tmpdir(), 'kb-side-')), 'side'));
  const kept = store.put(body('<p>a</p>'));
  const gone = store.put(body('<p>b</p>'));
  store.prune(new Set([kept]));
  expect(readStoredBody(kept)?.html).toBe('<p>a</p>');
  expect(readStoredBody(gone)).toBeUndefined();
  expect(readStoredBody(undefined)).toBeUndefined();
});

test('a missing file is an error that names it and what to do', () => {
  const store = new SideStore(join(mkdtempSync(join(tmpdir(), 'kb-side-')), 'side'));
  const file = store.put(body('<p>a</p>'));
  rmSync(file);
  expect(() => readBody(file)).toThrow(`The stored file ${file} is missing`);
  expect(() => readBody(file)).toThrow('build again');
});

test('article data is stored like a body and read once per process', () => {
  const store = new SideStore(join(mkdtempSync(join(tmpdir(), 'kb-side-')), 'side'));
  const data = { kb: '100001', lang: 'pl', file: 'content/articles/100001/pl.md', title: 'Usługa' };
  const file = store.put(data as unknown as Parameters<typeof store.put>[0]);
  expect(readArticleData(file)).toEqual(data);
  // Content-addressed: the cached value stays right even when the file is gone.
  rmSync(file);
  expect(readArticleData(file)).toEqual(data);
});
