import { expect, test } from '@playwright/test';

test.describe('article page', () => {
  test('Polish article shows title, summary, metadata in Polish format, codes and numbered steps', async ({
    page,
  }) => {
    await page.goto('/pl/kb/843106/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('504');
    const meta = page.getByRole('definition').filter({ hasText: '25.11.2007' });
    await expect(meta).toBeVisible();
    await expect(page.getByText('Dotyczy', { exact: true })).toBeVisible();
    await expect(page.getByText('Exchange Server 2003').first()).toBeVisible();
    await expect(page.getByRole('link', { name: '7004', exact: true }).first()).toHaveAttribute(
      'href',
      '/pl/events/7004/',
    );
    await expect(
      page.getByRole('link', { name: '0x8009030c', exact: true }).first(),
    ).toHaveAttribute('href', '/pl/errors/0x8009030c/');
    const steps = page.locator('section.step');
    await expect(steps).toHaveCount(5);
    const ids = await steps.evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual([
      'integrated-windows-auth',
      'sendas-right',
      'tls-before-auth',
      'exps-authentication',
      'firewall-between-servers',
    ]);
    await expect(page.locator('#tls-before-auth').getByRole('heading')).toContainText('Krok 3');
  });

  test('English article shows the date in English format and the same step ids', async ({
    page,
  }) => {
    await page.goto('/en/kb/843106/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByText('November 25, 2007')).toBeVisible();
    await expect(page.locator('#exps-authentication').getByRole('heading')).toContainText('Step 4');
    await expect(page.locator('section.step')).toHaveCount(5);
  });

  test('table of contents links to sections and steps', async ({ page }) => {
    await page.goto('/en/kb/843106/');
    const toc = page.getByRole('navigation', { name: 'Contents' });
    await expect(toc).toBeVisible();
    await toc.getByRole('link', { name: /Step 5|Rule out a firewall/ }).click();
    await expect(page).toHaveURL(/#firewall-between-servers$/);
    const hrefs = await toc
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) expect(await page.locator(href).count(), href).toBe(1);
  });

  test('related KB numbers: linked when the site has the article, plain otherwise', async ({
    page,
  }) => {
    await page.goto('/en/kb/843106/');
    const related = page.getByRole('region', { name: 'Related articles' });
    await expect(related.getByText('KB821910')).toBeVisible();
    await expect(related.getByRole('link', { name: 'KB821910' })).toHaveCount(0);
  });

  test('declares both languages and x-default for search engines', async ({ page }) => {
    await page.goto('/pl/kb/843106/');
    await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute(
      'href',
      /\/en\/kb\/843106\/$/,
    );
    await expect(page.locator('link[rel=alternate][hreflang=pl]')).toHaveAttribute(
      'href',
      /\/pl\/kb\/843106\/$/,
    );
    await expect(page.locator('link[rel=alternate][hreflang=x-default]')).toHaveAttribute(
      'href',
      /\/kb\/843106\/$/,
    );
  });

  test('a step link opens at the step', async ({ page }) => {
    await page.goto('/en/kb/843106/#sendas-right');
    await expect(page.locator('#sendas-right')).toBeInViewport();
  });

  test('no English UI text is left on the Polish page', async ({ page }) => {
    await page.goto('/pl/kb/843106/');
    const chrome = await page
      .locator('header.site-header, nav, #tree, .article-meta, .step-title, footer, .related h2')
      .allInnerTexts();
    const text = chrome.join('\n');
    for (const word of [
      'Search',
      'Step ',
      'Contents',
      'Events',
      'Error codes',
      'Related articles',
      'Applies to',
      'Revision',
      'Start over',
    ]) {
      expect(text, word).not.toContain(word);
    }
  });
});
