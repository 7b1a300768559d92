import { expect, test } from '@playwright/test';
import { axeViolations } from './helpers/axe.ts';

/** Every page of the sitemap, read from the built site itself. */
async function sitemapPaths(baseURL: string): Promise<string[]> {
  const xml = await (await fetch(`${baseURL}/sitemap-0.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

const extraPages = [
  '/',
  '/kb/843106/',
  '/pl/search/',
  '/en/search/',
  '/pl/this-page-does-not-exist/',
];

for (const scheme of ['light', 'dark'] as const) {
  test(`every page of the sitemap and every page type has zero WCAG 2.2 AA violations (${scheme})`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    const paths = [...(await sitemapPaths(baseURL!)), ...extraPages];
    expect(paths.length).toBeGreaterThan(20);
    const failures: string[] = [];
    // The language chooser forwards at once; hold its script back so the chooser itself is checked.
    await page.route(/LangChooser[^/]*\.js$/, (route) => route.abort());
    for (const path of paths) {
      await page.goto(path, { waitUntil: 'load' });
      for (const v of await axeViolations(page)) failures.push(`${path}: ${v}`);
    }
    expect(failures).toEqual([]);
  });
}

test('every decision-tree state reached by the walk has zero violations', async ({ page }) => {
  // The whole page is checked above; here each state of the troubleshooter itself (and the step it marks).
  test.setTimeout(300_000);
  const failures: string[] = [];
  const seen = new Set<string>();
  const visit = async (url: string): Promise<void> => {
    if (seen.has(url)) return;
    seen.add(url);
    await page.goto(url);
    for (const v of await axeViolations(page, '#tree')) failures.push(`${url}: ${v}`);
    if ((await page.locator('.step.tree-reached').count()) > 0)
      for (const v of await axeViolations(page, '.step.tree-reached'))
        failures.push(`${url}: ${v}`);
    const count = await page.locator('#tree .tree-current button').count();
    for (let i = 0; i < count; i++) {
      await page.goto(url);
      await page.locator('#tree .tree-current button').nth(i).click();
      await visit(page.url());
    }
  };
  await visit('/pl/kb/843106/');
  await visit('/en/kb/843106/?tree=no-longer-valid');
  expect(seen.size).toBeGreaterThan(10);
  expect(failures).toEqual([]);
});

test('the gate catches a planted violation', async ({ page }) => {
  await page.goto('/en/');
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
