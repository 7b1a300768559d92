import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './helpers/axe.ts';

/** Paste a log (issue 13): every sample in both languages, `?codes=` links, keyboard, axe, privacy. */

const DIR = join(import.meta.dirname, '../fixtures/logs');
const { samples } = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as {
  samples: Array<{ file: string; codes: string[]; article: string | null }>;
};
const text = (file: string) => readFileSync(join(DIR, file), 'utf8');

const LABEL = { pl: 'Wklej dziennik', en: 'Paste a log' } as const;
const NONE = { pl: 'Nie znaleziono w tekście żadnych kodów.', en: 'No codes found in the text.' };
const ARTICLES = { pl: 'Artykuły o tych kodach', en: 'Articles that cover these codes' } as const;

/** `kb 843106` → `KB843106`, `event 7004` → `7004`: the code as its row shows it. */
const shown = (code: string) =>
  code.startsWith('kb ') ? `KB${code.slice(3)}` : code.split(' ')[1]!;

const logBox = (page: Page, lang: 'pl' | 'en') => page.getByRole('textbox', { name: LABEL[lang] });
const codeCells = (page: Page) => page.getByRole('table').getByRole('rowheader');
const articleList = (page: Page, lang: 'pl' | 'en') =>
  page.getByRole('list', { name: ARTICLES[lang] });

/** A real paste: the text goes through the clipboard and Ctrl+V into the field. */
async function paste(page: Page, box: Locator, value: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), value);
  await box.focus();
  await page.keyboard.press('ControlOrMeta+KeyV');
}

/** Clears the field with its button and waits until no table is shown. */
async function clear(page: Page, lang: 'pl' | 'en'): Promise<void> {
  await page.getByRole('button', { name: lang === 'pl' ? 'Wyczyść' : 'Clear' }).click();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(logBox(page, lang)).toHaveValue('');
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

// The extraction does not depend on the page's language; the articles it links do. So each sample
// is pasted once, half of them on the Polish page and half on the English one.
for (const [half, lang] of (['pl', 'en'] as const).entries()) {
  test(`each sample pasted shows its codes and first article (${lang} page: half of them)`, async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await page.goto(`/${lang}/search/`);
    const box = logBox(page, lang);
    for (const sample of samples.filter((_, i) => i % 2 === half)) {
      await paste(page, box, text(sample.file));
      if (sample.codes.length === 0) {
        await expect(page.getByText(NONE[lang]), sample.file).toBeVisible();
        await expect(page.getByRole('table')).toHaveCount(0);
      } else {
        await expect(codeCells(page), sample.file).toHaveText(sample.codes.map(shown));
        const first = articleList(page, lang)
          .getByRole('listitem')
          .first()
          .getByRole('link')
          .first();
        if (sample.article)
          await expect(first, sample.file).toHaveAttribute(
            'href',
            `/${lang}/kb/${sample.article}/`,
          );
        else await expect(articleList(page, lang)).toHaveCount(0);
        // The address records the codes only.
        const url = new URL(page.url());
        expect([...url.searchParams.keys()], sample.file).toEqual(['codes']);
        expect(url.searchParams.get('codes')!.split(',').length).toBe(sample.codes.length);
      }
      await clear(page, lang);
      expect(new URL(page.url()).search).toBe('');
    }
  });
}

test('a ?codes= link reopens the analysis in both languages, and the switch keeps it', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/en/search/?codes=7004,504,0x8009030c');
  await expect(codeCells(page)).toHaveText(['7004', '504', '0x8009030c']);
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows.nth(0)).toContainText('Event');
  await expect(rows.nth(1)).toContainText('SMTP reply');
  await expect(rows.nth(2)).toContainText('HRESULT');
  await expect(
    articleList(page, 'en').getByRole('listitem').first().getByRole('link').first(),
  ).toHaveAttribute('href', '/en/kb/843106/');
  await expect(logBox(page, 'en')).toHaveValue('');
  await page.getByRole('link', { name: 'Polski' }).click();
  await expect(page).toHaveURL('/pl/search/?codes=7004,504,0x8009030c');
  await expect(codeCells(page)).toHaveText(['7004', '504', '0x8009030c']);
  await expect(page.getByRole('table').locator('tbody tr').nth(1)).toContainText('Odpowiedź SMTP');
  // Codes unknown to the catalog still get their row; tokens that are no code are left out.
  await page.goto('/pl/search/?codes=5.7.1,KB843106,event:504,win32:1326,nonsense');
  await expect(codeCells(page)).toHaveText(['5.7.1', 'KB843106', '504', '1326']);
  await expect(page.getByRole('table').locator('tbody tr').nth(0)).toContainText(
    'nie ma w bazie wiedzy',
  );
  // On the search page the header box's offer hands a pasted log to the field itself.
  await paste(page, page.getByRole('combobox').first(), text('telnet-smtp.txt'));
  await page.getByRole('button', { name: 'Analizuj dziennik' }).click();
  await expect(logBox(page, 'pl')).toHaveValue(text('telnet-smtp.txt'));
  await expect(codeCells(page)).toHaveCount(9);
});

test('keyboard only: reach the field, paste, copy for ticket, follow the first article; no axe violations', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/en/search/');
  const box = logBox(page, 'en');
  for (let i = 0; i < 30 && !(await box.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.insertText(text('ticket-en.txt'));
  await expect(codeCells(page)).toHaveText([
    '7004',
    '1704',
    '1706',
    '504',
    '0x8009030c',
    'KB843106',
    'KB818222',
  ]);
  expect(await axeViolations(page)).toEqual([]);
  const copy = page.getByRole('button', { name: 'Copy for ticket' });
  for (let i = 0; i < 10 && !(await copy.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Ticket citation copied.')).toBeAttached();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Event 7004');
  expect(copied).toMatch(/KB843106 · .*\/en\/kb\/843106\//);
  expect(copied).toContain('/en/search/?codes=7004,1704,1706,504,0x8009030c,KB843106,KB818222');
  expect(copied).not.toContain('192.0.2.10');
  const first = articleList(page, 'en').getByRole('link').first();
  for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/en/kb/843106/');
});

const PAYLOADS = text('adversarial-xss.txt').split('\n').filter(Boolean);

test('pasted text stays text and never leaves the page: not in the URL, storage or any request', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const sent: string[] = [];
  page.on('request', (r) => sent.push(`${r.url()}\n${r.postData() ?? ''}`));
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  // Distinctive pieces of the pasted logs that must appear nowhere but in the field.
  const secrets = [
    '192.0.2.20',
    'MAIL01.corp.example.com',
    'XEXCH50 1084 2',
    'ewa.nowak',
    'onerror',
  ];
  for (const lang of ['pl', 'en'] as const) {
    await page.goto(`/${lang}/search/`);
    const box = logBox(page, lang);
    await paste(
      page,
      box,
      `${PAYLOADS.join('\n')}\nEvent ID: 7004\n${text('event-viewer-en.txt')}`,
    );
    await expect(codeCells(page)).toHaveText(['7004', '504']);
    await paste(page, box, text('ndr-2010-en.txt'));
    await expect(codeCells(page)).toHaveText(['7004', '504', '550', '5.7.1']);
    await clear(page, lang);
    await paste(page, box, PAYLOADS.join('\n'));
    await expect(page.getByText(NONE[lang])).toBeVisible();
    expect(
      await page.evaluate(() => ({
        flag: (window as unknown as { __xss?: unknown }).__xss,
        made: document.querySelectorAll(
          'img[src="x"], svg, iframe, b[onmouseover], main script:not([src])',
        ).length,
      })),
    ).toEqual({ flag: undefined, made: 0 });
    // The header box: a pasted log is offered for analysis, by its codes only.
    await page.goto(`/${lang}/kb/843106/`);
    const header = page.getByRole('combobox').first();
    await paste(page, header, text('ticket-en.txt'));
    const analyse = page.getByRole('link', {
      name: lang === 'pl' ? 'Analizuj dziennik' : 'Analyse the log',
    });
    await expect(analyse).toBeVisible();
    await expect(header).toHaveValue('');
    await analyse.click();
    await expect(page).toHaveURL(
      `/${lang}/search/?codes=7004,1704,1706,504,0x8009030c,KB843106,KB818222`,
    );
    await expect(codeCells(page)).toHaveCount(7);
    const storage = await page.evaluate(() =>
      JSON.stringify([{ ...localStorage }, { ...sessionStorage }]),
    );
    for (const s of secrets) expect(storage, s).not.toContain(s);
    expect(page.url()).not.toContain('corp.example');
  }
  for (const s of secrets)
    expect(
      sent.filter((r) => r.includes(s)),
      s,
    ).toEqual([]);
  expect(sent.some((r) => r.includes('/code-data/'))).toBe(true);
  expect(dialogs).toBe(0);
});
