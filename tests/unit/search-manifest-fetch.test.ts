import { afterEach, expect, test, vi } from 'vitest';
import { CodeDataClient } from '../../src/lib/codes/client/code-data-client.ts';
import { CODE_DATA_VERSION, shardOf } from '../../src/lib/codes/format/code-data.ts';
import { httpFetcher, IndexClient } from '../../src/lib/search/client/index-client.ts';
import { buildSearchFiles } from '../../src/lib/search/build/files.ts';
import { fixtureInput } from '../fixtures/search/corpus.ts';

/** Every request the page makes: the URL and its cache mode. */
function recordFetches(answer: (url: string) => string) {
  const calls: Array<{ url: string; cache: RequestCache | undefined }> = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    calls.push({ url, cache: init?.cache });
    return new Response(answer(url));
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

test('the search manifest is revalidated at its fixed URL; the files it names carry its version', async () => {
  const files = buildSearchFiles(fixtureInput('en'));
  const { version } = JSON.parse(files.get('manifest.json')!) as { version: string };
  const calls = recordFetches((url) => files.get(url.replace(/^\/en\/search-index\/|\?.*$/g, ''))!);
  const client = new IndexClient(httpFetcher('/en/search-index/'));
  expect(await client.postings('smtp')).toBeDefined();
  await client.fragment(0);
  expect(calls[0]).toEqual({ url: '/en/search-index/manifest.json', cache: 'no-cache' });
  expect(calls.length).toBeGreaterThan(2);
  for (const call of calls.slice(1)) {
    expect(call.url).toMatch(new RegExp(`^/en/search-index/(s|f)/\\d+\\.json\\?v=${version}$`));
    expect(call.cache).toBe('default');
  }
});

test('code data: the manifest names the shard count and the version the shards are fetched with', async () => {
  const calls = recordFetches((url) =>
    url.endsWith('manifest.json')
      ? JSON.stringify({ v: CODE_DATA_VERSION, shards: 4, version: 'abc123' })
      : JSON.stringify({ v: CODE_DATA_VERSION, l: 'pl', e: { 'event:7004': { d: [], c: [] } } }),
  );
  const found = await new CodeDataClient('pl').lookup(['event:7004']);
  expect(found.has('event:7004')).toBe(true);
  expect(calls).toEqual([
    { url: '/pl/code-data/manifest.json', cache: 'no-cache' },
    { url: `/pl/code-data/${shardOf('event:7004', 4)}.json?v=abc123`, cache: undefined },
  ]);
});
