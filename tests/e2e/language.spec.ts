import { expect, test } from '@playwright/test';

test.describe('language switch and language-neutral links', () => {
  test('the switch names its target language and keeps page, query and fragment', async ({
    page,
  }) => {
    await page.goto('/en/kb/843106/?tree=iwa-enabled#sendas-right');
    const link = page.getByRole('link', { name: 'Polski' });
    await expect(link).toHaveAttribute('hreflang', 'pl');
    await expect(link).toHaveAttribute('lang', 'pl');
    await link.click();
    await expect(page).toHaveURL(/\/pl\/kb\/843106\/\?tree=iwa-enabled#sendas-right$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  });

  test('the switch works on catalog pages too', async ({ page }) => {
    await page.goto('/pl/errors/504/');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/errors\/504\/$/);
  });

  test.describe('an English browser', () => {
    test.use({ locale: 'en-US' });
    test('/ goes to English', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/en\/$/);
    });
    test('a short link keeps fragment and query', async ({ page }) => {
      await page.goto('/kb/843106/?tree=iwa-enabled#tls-before-auth');
      await expect(page).toHaveURL(/\/en\/kb\/843106\/\?tree=iwa-enabled#tls-before-auth$/);
    });
    test('a remembered choice wins over the browser language', async ({ page }) => {
      await page.goto('/en/events/7004/');
      await page.getByRole('link', { name: 'Polski' }).click();
      await expect(page).toHaveURL(/\/pl\/events\/7004\/$/);
      await page.goto('/events/7004/');
      await expect(page).toHaveURL(/\/pl\/events\/7004\/$/);
    });
  });

  test.describe('a Polish browser', () => {
    test.use({ locale: 'pl-PL' });
    test('short links for errors and search resolve to Polish', async ({ page }) => {
      await page.goto('/errors/0x8009030c/');
      await expect(page).toHaveURL(/\/pl\/errors\/0x8009030c\/$/);
      await page.goto('/search/?q=7004');
      await expect(page).toHaveURL(/\/pl\/search\/\?q=7004$/);
    });
  });

  test.describe('a browser in another language', () => {
    test.use({ locale: 'de-DE' });
    test('/ falls back to the default, Polish', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/pl\/$/);
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('/ and short links offer both languages as links', async ({ page }) => {
      await page.goto('/kb/843106/');
      await expect(page.getByRole('link', { name: /Polski/ })).toHaveAttribute(
        'href',
        '/pl/kb/843106/',
      );
      await expect(page.getByRole('link', { name: /English/ })).toHaveAttribute(
        'href',
        '/en/kb/843106/',
      );
      await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
      await page.goto('/');
      await expect(page.getByRole('link', { name: /English/ })).toHaveAttribute('href', '/en/');
    });
  });
});
