import { build } from 'esbuild';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';

/**
 * The Polish stemmer ships to the browser: at most 4 KB gzip, minified on its own (as
 * `esbuild stem-pl.ts --bundle --minify --format=esm | gzip -9`). The whole stem module (both
 * languages, folding, query alternates) is printed beside it.
 */

const DIR = resolve(import.meta.dirname, '../../../src/lib/search/format/stem');

/** Gzip bytes of a module bundled and minified for the browser. */
async function gzipBytes(file: string): Promise<number> {
  const out = await build({
    entryPoints: [resolve(DIR, file)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
  });
  return gzipSync(out.outputFiles[0]!.contents, { level: 9 }).length;
}

test('the Polish stemmer is at most 4 KB gzip', async () => {
  const sizes = {
    'stem-pl.ts': await gzipBytes('stem-pl.ts'),
    'stem-en.ts': await gzipBytes('stem-en.ts'),
    'index.ts': await gzipBytes('index.ts'),
  };
  console.log(`stem gzip bytes: ${JSON.stringify(sizes)}`);
  expect(sizes['stem-pl.ts']).toBeLessThanOrEqual(4096);
});
