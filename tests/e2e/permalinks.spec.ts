import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { lookupSchema } from '../../src/schemas/lookup.ts';
import { FIXTURE } from './fixture-site.ts';

const listed = readFileSync('tests/urls.txt', 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

test('every published URL in tests/urls.txt still resolves, with its step anchor', async ({
  request,
}) => {
  expect(listed.length).toBeGreaterThan(40);
  for (const url of listed) {
    const [path, fragment] = url.split('#');
    const response = await request.get(path!);
    expect(response.status(), url).toBe(200);
    if (fragment) expect(await response.text(), url).toContain(` id="${fragment}"`);
  }
});

test.describe('copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a step copies its absolute link and a one-line ticket citation', async ({ page }) => {
    await page.goto('/en/kb/843106/');
    const step = page.locator('#tls-before-auth');
    await step.getByRole('button', { name: /^Copy link: Step 3/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'https://kb.example.com/en/kb/843106/#tls-before-auth',
    );
    await step.getByRole('button', { name: /^Copy for ticket: Step 3/ }).press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: 'Ticket citation copied.' }),
    ).toBeAttached();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(
      /^KB843106 · Step 3: .+ · https:\/\/kb\.example\.com\/en\/kb\/843106\/#tls-before-auth$/,
    );
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item!.types.includes('text/html') ? (await item!.getType('text/html')).text() : '';
    });
    expect(html).toContain('href="https://kb.example.com/en/kb/843106/#tls-before-auth"');
  });

  test('the troubleshooter copies the link to its current point, in Polish too', async ({
    page,
  }) => {
    await page.goto('/pl/kb/843106/');
    await page.locator('#tree .tree-current').getByRole('button').first().click();
    const state = new URL(page.url()).searchParams.get('tree');
    await page
      .locator('#tree')
      .getByRole('button', { name: /^Kopiuj do zgłoszenia: Przewodnik/ })
      .click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Skopiowano odwołanie do zgłoszenia.' }),
    ).toBeAttached();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain(`https://kb.example.com/pl/kb/843106/?tree=${state}#tree`);
    expect(text.startsWith('KB843106 · Przewodnik rozwiązywania problemu: ')).toBe(true);
  });
});

test('every section heading has an anchor link that shows on focus', async ({ page }) => {
  await page.goto('/en/kb/843106/');
  const anchor = page.locator('h2 a.anchor').first();
  await expect(anchor).toHaveCSS('opacity', '0');
  await anchor.focus();
  await expect(anchor).toHaveCSS('opacity', '1');
  const headings = await page
    .locator('.prose h2[id], .prose h3[id]')
    .evaluateAll((hs) => hs.map((h) => [h.id, h.querySelector('a.anchor')?.getAttribute('href')]));
  for (const [id, href] of headings) expect(href).toBe(`#${id}`);
});

test('heading ids are the same in both languages', async ({ page }) => {
  await page.goto('/pl/kb/843106/');
  const pl = await page.locator('.prose [id]').evaluateAll((els) => els.map((e) => e.id));
  await page.goto('/en/kb/843106/');
  const en = await page.locator('.prose [id]').evaluateAll((els) => els.map((e) => e.id));
  expect(en).toEqual(pl);
});

test.describe('renamed steps and articles (fixture site)', () => {
  test('an old step id still lands on the renamed step', async ({ page }) => {
    await page.goto(`${FIXTURE}/en/kb/100001/#old-first`);
    await expect(page.locator('#first-step')).toBeInViewport();
  });
  test('an old KB number forwards to the article, keeping fragment and query', async ({ page }) => {
    await page.goto(`${FIXTURE}/pl/kb/100009/?tree=again#second-step`);
    await expect(page).toHaveURL(`${FIXTURE}/pl/kb/100001/?tree=again#second-step`);
    await page.goto(`${FIXTURE}/kb/100009/#first-step`);
    await expect(page).toHaveURL(/\/(pl|en)\/kb\/100001\/#first-step$/);
  });
});

test('lookup JSON validates and resolves every form of a code to its page', async ({ request }) => {
  const lookup = lookupSchema.parse(await (await request.get('/api/lookup.json')).json());
  for (const form of [
    '0x8009030c',
    '8009030c',
    '-2146893044',
    '2148074252',
    'sec_e_logon_denied',
  ]) {
    const hit = lookup.forms[form];
    expect(hit, form).toEqual({ type: 'error', key: '0x8009030c' });
    expect(lookup.errors[hit!.key]!.en).toBe('https://kb.example.com/en/errors/0x8009030c/');
  }
  expect(lookup.forms['7004']).toEqual({ type: 'event', key: '7004' });
  expect(lookup.events['7004']!.pl).toBe('https://kb.example.com/pl/events/7004/');
  expect(lookup.forms['kb843106']).toEqual({ type: 'article', key: '843106' });
  expect(lookup.articles['843106']!.en).toBe('https://kb.example.com/en/kb/843106/');
  const page = await request.get(new URL(lookup.errors['0x8009030c']!.en).pathname);
  expect(page.status()).toBe(200);
});

test('opensearch and sitemap are published with both languages', async ({ page, request }) => {
  await page.goto('/en/');
  await expect(page.locator('link[rel=search]')).toHaveAttribute('href', '/opensearch.xml');
  const xml = await (await request.get('/opensearch.xml')).text();
  expect(xml).toContain('template="https://kb.example.com/search/?q={searchTerms}"');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('<loc>https://kb.example.com/pl/kb/843106/</loc>');
  expect(sitemap).toContain('hreflang="en-US" href="https://kb.example.com/en/kb/843106/"');
  expect(sitemap).not.toContain('<loc>https://kb.example.com/kb/843106/</loc>');
});
