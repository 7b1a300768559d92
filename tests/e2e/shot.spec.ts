import { test } from '@playwright/test';
test('shot', async ({ page }) => {
  await page.goto('/en/kb/843106/');
  await page.screenshot({ path: '/tmp/en-article.png', fullPage: false });
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto('/pl/kb/843106/?tree=#tree');
  await page.screenshot({ path: '/tmp/pl-article-mobile.png' });
});
