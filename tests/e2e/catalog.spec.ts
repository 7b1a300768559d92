import { expect, test } from '@playwright/test';

test.describe('events and error codes', () => {
  test('event page: a section per source with level, log, description and citing steps', async ({
    page,
  }) => {
    await page.goto('/en/events/7004/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Event ID 7004');
    const section = page.getByRole('region', { name: /MSExchangeTransport 7004/ });
    await expect(section.getByText('Error', { exact: true })).toBeVisible();
    await expect(section.getByText('Application', { exact: true })).toBeVisible();
    await expect(section.getByRole('link', { name: /KB843106/ })).toHaveAttribute(
      'href',
      '/en/kb/843106/',
    );
    await expect(section.getByRole('link', { name: /^Step 1:/ })).toHaveAttribute(
      'href',
      '/en/kb/843106/#integrated-windows-auth',
    );
  });

  test('Polish event page is in Polish', async ({ page }) => {
    await page.goto('/pl/events/7010/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Identyfikator zdarzenia 7010',
    );
    await expect(page.getByText('Ostrzeżenie', { exact: true })).toBeVisible();
  });

  test('error page: kind, symbolic name, every form, and citing articles and steps', async ({
    page,
  }) => {
    await page.goto('/en/errors/0x8009030c/');
    await expect(page.getByText('SEC_E_LOGON_DENIED', { exact: true })).toBeVisible();
    await expect(page.getByText('-2146893044')).toBeVisible();
    await expect(page.getByText('2148074252')).toBeVisible();
    await expect(page.getByRole('link', { name: /^Step 4:/ })).toHaveAttribute(
      'href',
      '/en/kb/843106/#exps-authentication',
    );
  });

  test('SMTP error page shows the literal reply', async ({ page }) => {
    await page.goto('/pl/errors/504/');
    await expect(page.getByText('504 need to authenticate first').first()).toBeVisible();
    await expect(page.getByText('Odpowiedź SMTP').first()).toBeVisible();
  });

  test('lists link every event and code', async ({ page }) => {
    await page.goto('/en/events/');
    for (const id of ['1704', '1706', '7004', '7006', '7010'])
      await expect(page.getByRole('link', { name: id, exact: true })).toHaveAttribute(
        'href',
        `/en/events/${id}/`,
      );
    await page.goto('/pl/errors/');
    for (const code of ['504', '505', '0x8009030c'])
      await expect(page.getByRole('link', { name: code, exact: true })).toHaveAttribute(
        'href',
        `/pl/errors/${code}/`,
      );
  });
});

test.describe('home and 404', () => {
  test('home lists articles and lets the reader browse by event and code', async ({ page }) => {
    await page.goto('/pl/');
    await expect(page.getByRole('link', { name: /KB843106/ })).toHaveAttribute(
      'href',
      '/pl/kb/843106/',
    );
    await expect(page.getByText('1 artykuł', { exact: false })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Przeglądaj według identyfikatora zdarzenia' }),
    ).toHaveAttribute('href', '/pl/events/');
    await expect(page.getByRole('link', { name: 'Przeglądaj według kodu błędu' })).toHaveAttribute(
      'href',
      '/pl/errors/',
    );
  });

  test('an unknown page answers 404 with text in both languages', async ({ page }) => {
    const response = await page.goto('/pl/kb/1/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Nie znaleziono strony' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});
