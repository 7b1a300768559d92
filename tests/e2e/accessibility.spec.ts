import { expect, test, type Page } from '@playwright/test';
import { parsePath } from '../../src/lib/routes.ts';
import { axeViolations } from './helpers/axe.ts';

/** Every page of the sitemap, read from the built site itself. */
async function sitemapPaths(baseURL: string): Promise<string[]> {
  const xml = await (await fetch(`${baseURL}/sitemap-0.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** The page types of the sitemap (language pages), each checked by its own test. */
const TYPES = ['home', 'article', 'events', 'event', 'errors', 'error'] as const;
const typeOf = (path: string) => parsePath(path)?.type;

/** Pages outside the sitemap: the language chooser, a short link, search and the 404 page. */
const EXTRA_PAGES = [
  '/',
  '/kb/843106/',
  '/pl/search/',
  '/en/search/',
  '/pl/this-page-does-not-exist/',
];

/**
 * Time for one page: load and one axe run, with room for a busy shared machine (a quiet one needs
 * a second or two). Tests that loop over pages get this much per page.
 */
const PER_PAGE = 60_000;

/** Runs axe on each page in turn and returns every violation, prefixed with its page. */
async function check(page: Page, paths: readonly string[]): Promise<string[]> {
  test.setTimeout(PER_PAGE * (paths.length + 1));
  const failures: string[] = [];
  // The language chooser forwards at once; hold its script back so the chooser itself is checked.
  await page.route(/LangChooser[^/]*\.js$/, (route) => route.abort());
  for (const path of paths) {
    await page.goto(path, { waitUntil: 'load' });
    for (const v of await axeViolations(page)) failures.push(`${path}: ${v}`);
  }
  return failures;
}

test('the sitemap lists every page type and nothing of an unknown type', async ({ baseURL }) => {
  const paths = await sitemapPaths(baseURL!);
  expect(paths.length).toBeGreaterThan(20);
  expect(paths.filter((p) => !(TYPES as readonly string[]).includes(typeOf(p) ?? ''))).toEqual([]);
  for (const type of TYPES)
    expect(
      paths.some((p) => typeOf(p) === type),
      type,
    ).toBe(true);
});

/**
 * One page of each type from the sitemap, in the given languages: axe judges page parts (layout,
 * components, colours), which every page of a type shares. Every built page, all of them, also
 * passes html-validate's accessibility rules (html.spec.ts).
 */
function representatives(sitemap: readonly string[], langs: (i: number) => string[]): string[] {
  return TYPES.flatMap((type, i) => {
    const ofType = sitemap.filter((p) => typeOf(p) === type);
    const picked = langs(i).map((lang) => ofType.find((p) => p.startsWith(`/${lang}/`)));
    return [...new Set(picked.map((p) => p ?? ofType[0]!))];
  });
}

// Light (the default scheme): a page of every type in both languages, and the pages outside the
// sitemap, in two tests so that both workers take part.
test('a page of every type, in both languages, has zero WCAG 2.2 AA violations (light)', async ({
  page,
  baseURL,
}) => {
  const paths = representatives(await sitemapPaths(baseURL!), () => ['pl', 'en']);
  expect(paths.length).toBe(TYPES.length * 2);
  expect(await check(page, paths)).toEqual([]);
});

test('the chooser, short link, search and 404 pages have zero violations (light)', async ({
  page,
}) => {
  expect(await check(page, EXTRA_PAGES)).toEqual([]);
});

// Dark: the scheme changes colours only, and colours belong to page parts, not to one item or
// language. So one page of every type (languages alternating) and every extra page is enough.
test('one page of every type and every extra page have zero violations (dark)', async ({
  page,
  baseURL,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const paths = representatives(await sitemapPaths(baseURL!), (i) => [i % 2 === 0 ? 'pl' : 'en']);
  expect(await check(page, [...paths, ...EXTRA_PAGES])).toEqual([]);
});

// Every state of the troubleshooter is checked on the walk that reaches it (tree.spec.ts).

test('the gate catches a planted violation', async ({ page }) => {
  // The smallest page that can hold the defect: the 404 page.
  await page.goto('/pl/this-page-does-not-exist/');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = '/favicon.svg';
    document.querySelector('main')!.append(img);
    const button = document.createElement('button');
    document.querySelector('main')!.append(button);
  });
  const violations = await axeViolations(page);
  expect(violations.some((v) => v.startsWith('image-alt'))).toBe(true);
  expect(violations.some((v) => v.startsWith('button-name'))).toBe(true);
});
