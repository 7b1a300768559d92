import { expect, test, type Page } from '@playwright/test';
import { parsePath } from '../../src/lib/routes.ts';
import { axeViolations } from './helpers/axe.ts';
import { allStates, treeModel } from './helpers/tree-states.ts';

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

// Light (the default scheme): every page of the sitemap, one test per page type so that the
// workers share the load, and the pages outside the sitemap.
for (const type of TYPES) {
  test(`every ${type} page of the sitemap has zero WCAG 2.2 AA violations (light)`, async ({
    page,
    baseURL,
  }) => {
    const paths = (await sitemapPaths(baseURL!)).filter((p) => typeOf(p) === type);
    expect(paths.length).toBeGreaterThan(0);
    expect(await check(page, paths)).toEqual([]);
  });
}

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
  const sitemap = await sitemapPaths(baseURL!);
  const representatives = TYPES.map((type, i) => {
    const ofType = sitemap.filter((p) => typeOf(p) === type);
    return ofType.find((p) => p.startsWith(i % 2 === 0 ? '/pl/' : '/en/')) ?? ofType[0]!;
  });
  expect(await check(page, [...representatives, ...EXTRA_PAGES])).toEqual([]);
});

// Every state of the troubleshooter, from the tree data, each visited once by its URL; axe runs
// once per state on the troubleshooter and the step it marks (the whole page is checked above).
// A few tests share the states so that both workers take part.
const PARTS = 4;
for (let part = 0; part < PARTS; part++) {
  test(`every decision-tree state has zero violations (part ${part + 1} of ${PARTS})`, async ({
    page,
  }) => {
    await page.goto('/pl/kb/843106/');
    const states = allStates(await treeModel(page));
    expect(states.length).toBeGreaterThan(10);
    const mine = states.filter((_, i) => i % PARTS === part);
    test.setTimeout(PER_PAGE * (mine.length + 2));
    const failures: string[] = [];
    for (const { state, end } of mine) {
      await page.goto(`/pl/kb/843106/${state ? `?tree=${state}` : ''}`);
      // The troubleshooter shows this state (and marks its step) before it is checked.
      await expect(page.locator(end ? '#tree .tree-end' : '#tree .tree-current')).toBeVisible();
      await expect(page.locator('.step.tree-reached')).toHaveCount(end?.step ? 1 : 0);
      const parts = end?.step ? ['#tree', '.step.tree-reached'] : ['#tree'];
      for (const v of await axeViolations(page, parts)) failures.push(`?tree=${state}: ${v}`);
    }
    if (part === PARTS - 1) {
      // A state the tree no longer has: the notice and the first question.
      await page.goto('/en/kb/843106/?tree=no-longer-valid');
      await expect(page.locator('#tree').getByRole('status')).toBeVisible();
      for (const v of await axeViolations(page, ['#tree']))
        failures.push(`?tree=no-longer-valid: ${v}`);
    }
    expect(failures).toEqual([]);
  });
}

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
