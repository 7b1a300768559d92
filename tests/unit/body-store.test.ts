import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { BodyStore, readBody, readStoredBody } from '../../src/lib/content/body-store.ts';

const body = (html: string) => ({
  html,
  headings: [{ depth: 2, id: 'zrodla', text: 'Źródła' }],
  stepBlocks: [],
});

test('a body is stored once under the digest of its content and read back whole', () => {
  const store = new BodyStore(join(mkdtempSync(join(tmpdir(), 'kb-bodies-')), 'bodies'));
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
  const store = new BodyStore(join(mkdtempSync(join(tmpdir(), 'kb-bodies-')), 'bodies'));
  const kept = store.put(body('<p>a</p>'));
  const gone = store.put(body('<p>b</p>'));
  store.prune(new Set([kept]));
  expect(readStoredBody(kept)?.html).toBe('<p>a</p>');
  expect(readStoredBody(gone)).toBeUndefined();
  expect(readStoredBody(undefined)).toBeUndefined();
});

test('a missing body is an error that names the file and what to do', () => {
  const store = new BodyStore(join(mkdtempSync(join(tmpdir(), 'kb-bodies-')), 'bodies'));
  const file = store.put(body('<p>a</p>'));
  rmSync(file);
  expect(() => readBody(file)).toThrow(`The rendered body ${file} is missing`);
  expect(() => readBody(file)).toThrow('build again');
});
