import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, test } from 'vitest';
import { manifest, manifestDiff, tempDir } from './helpers.ts';

/**
 * The real build of `content` into `out`, keeping Astro's store (and our digests) and its
 * incremental page cache in `cache`; `project` is the project folder built (this one by default).
 */
function build(content: string, out: string, cache: string, project = '.') {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: project,
    encoding: 'utf8',
    env: {
      ...process.env,
      KB_CONTENT_DIR: content,
      KB_OUT_DIR: out,
      KB_CACHE_DIR: cache,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).toBe(0);
  return output;
}

/** Replaces one exact text in a file, failing if it is not there (so the edit really happens). */
function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text, file).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

/**
 * The pages a build log lists as rendered, not reused from Astro's incremental cache. The log is
 * coloured where the environment asks for it (CI=true does), so the colours are taken out first.
 */
function renderedPages(log: string): string[] {
  return [...stripVTControlCharacters(log).matchAll(/├─ (\S+) \(\+/g)].map((m) => m[1]!);
}

const page = (dir: string, path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');

test('a rebuild after edits renders only what changed and equals a clean build', () => {
  const root = tempDir('kb-incr-');
  const content = resolve(root, 'content');
  cpSync('tests/fixtures/content/site', content, { recursive: true });
  const cache = join(root, 'cache');
  // Two versions (pl, en) of every article of the fixture.
  const versions = 2 * readdirSync(join(content, 'articles')).length;
  const cold = build(content, join(root, 'first'), cache);
  expect(cold).toContain(`${versions} article versions: ${versions} rendered, 0 unchanged`);

  // One article body, one step alias (it changes the body's anchors), one former KB number
  // (a new redirect page) and one catalog title (shown on the event pages).
  const article = (kb: string, lang: string) => join(content, 'articles', kb, `${lang}.md`);
  edit(article('100002', 'en'), 'Only step text.', 'Only step text, edited between builds.');
  for (const lang of ['pl', 'en']) {
    const file = article('100001', lang);
    edit(file, 'old-first: first-step', 'old-first: first-step\n    older: first-step');
    edit(file, 'articles: [100009]', 'articles: [100009, 100019]');
  }
  edit(join(content, 'events/TestSource/7004.yaml'), 'Zdarzenie testowe', 'Zdarzenie po edycji');

  const warm = build(content, join(root, 'warm'), cache);
  // 100002/en (body), 100001/pl and 100001/en (step alias): the rest are taken from the store.
  expect(warm).toContain(`${versions} article versions: 3 rendered, ${versions - 3} unchanged`);
  const out = join(root, 'warm');
  expect(page(out, 'en/kb/100002')).toContain('Only step text, edited between builds.');
  expect(page(out, 'pl/kb/100001')).toContain('id="older"');
  expect(page(out, 'pl/kb/100019')).toContain('/pl/kb/100001/');
  expect(page(out, 'pl/events/7004')).toContain('Zdarzenie po edycji');

  // The event title shows on both event pages, which are rendered again; its short link is not.
  expect(renderedPages(warm)).toEqual(
    expect.arrayContaining(['/pl/events/7004/index.html', '/en/events/7004/index.html']),
  );
  expect(renderedPages(warm)).not.toContain('/events/7004/index.html');

  // Nothing stale anywhere: the warm output is byte for byte a clean build of the edited content.
  build(content, join(root, 'clean'), join(root, 'cache-clean'));
  expect(manifestDiff(manifest(out), manifest(join(root, 'clean')))).toEqual([]);

  // One more body edit: only that article's page is rendered again; every other article, event,
  // error-code, redirect and short-link page is copied from the previous build.
  edit(article('100004', 'pl'), 'Restart the transport service.', 'Restart it, edited again.');
  const third = build(content, join(root, 'third'), cache);
  const itemPages = renderedPages(third).filter((p) => /\/(kb|events|errors)\/[^/]+\//.test(p));
  expect(itemPages).toEqual(['/pl/kb/100004/index.html']);
  expect(third).toContain('(restored)');
  expect(page(join(root, 'third'), 'pl/kb/100004')).toContain('Restart it, edited again.');
  expect(page(join(root, 'third'), 'en/kb/100004')).toBe(page(out, 'en/kb/100004'));

  // A page that is gone stays gone: Astro's cache holds its copy, which must not come back.
  for (const lang of ['pl', 'en'])
    edit(article('100001', lang), 'articles: [100009, 100019]', 'articles: [100009]');
  build(content, join(root, 'fourth'), cache);
  expect(existsSync(join(root, 'third', 'pl/kb/100019/index.html'))).toBe(true);
  for (const lang of ['pl', 'en'])
    expect(existsSync(join(root, 'fourth', `${lang}/kb/100019/index.html`))).toBe(false);
});

test('a changed UI string shows on every page that uses it, none is reused stale', () => {
  // A copy of the project, so its UI dictionary can be edited without touching the real one.
  const project = resolve(tempDir('kb-ui-'));
  for (const f of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'])
    cpSync(f, join(project, f));
  for (const d of ['src', 'scripts', 'public']) cpSync(d, join(project, d), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
  const content = resolve('tests/fixtures/content/site');
  const cache = join(project, 'cache');
  build(content, join(project, 'first'), cache, project);

  edit(join(project, 'src/i18n/en.ts'), "'kb-site knowledge base'", "'kb-site, string edited'");
  const warm = build(content, join(project, 'warm'), cache, project);
  const out = join(project, 'warm');
  for (const path of ['en/kb/100001', 'en/kb/100004', 'en/events/7004', 'en'])
    expect(page(out, path), path).toContain('kb-site, string edited');
  expect(renderedPages(warm)).toContain('/en/kb/100001/index.html');
  expect(page(out, 'pl/kb/100001')).not.toContain('kb-site, string edited');
});
