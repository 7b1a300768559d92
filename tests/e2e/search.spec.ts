import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './helpers/axe.ts';

/** Search (issue 3): the header combobox, the results page, both languages, code-aware ranking, safety. */

const LABEL = { pl: 'Szukaj w bazie wiedzy', en: 'Search the knowledge base' } as const;

/**
 * Every form of every code the issue names, each with the page that must come first: the exact
 * event or code page, or the article itself (never a near-miss such as 7006 for 7004).
 */
const HRESULT = /\/(errors\/0x8009030c|kb\/843106)\/$/;
const QUERIES: Array<[string, RegExp]> = [
  ['7004', /\/(events\/7004|kb\/843106)\/$/],
  ['0x8009030C', HRESULT],
  ['8009030c', HRESULT],
  ['-2146893044', HRESULT],
  ['2148074252', HRESULT],
  ['SEC_E_LOGON_DENIED', HRESULT],
  ['504 need to authenticate first', /\/kb\/843106\/$/],
  ['KB843106', /\/kb\/843106\/$/],
  ['Q843106', /\/kb\/843106\/$/],
  ['843106', /\/kb\/843106\/$/],
];
/** Words find the article, or (for a step's or an event's own words) that step or event page. */
const WORDS = {
  pl: ['zaporę', 'zapore', 'uwierzytelnianie EXPS', 'zintegrowane uwierzytelnianie'],
  en: ['firewall', 'EXPS authentication', 'integrated windows'],
} as const;
const WORD_FIRST = /\/(kb\/843106\/(#[a-z-]+)?|events\/(1704|1706)\/)$/;

/** A query as the results page's status quotes it. */
const quoted = (lang: 'pl' | 'en', q: string) => (lang === 'pl' ? `„${q}”` : `“${q}”`);

const resultsList = (page: Page) => page.getByRole('main').getByRole('list').first();

/** Zero WCAG 2.2 AA violations on the page as it is now. */
async function axe(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

for (const lang of ['pl', 'en'] as const) {
  test.describe(`search (${lang})`, () => {
    test('every code form and words find KB 843106, its event or code first', async ({ page }) => {
      // The results page is loaded once; each query is typed into its box, as a reader would.
      const queries = [...QUERIES, ...WORDS[lang].map((w) => [w, WORD_FIRST] as [string, RegExp])];
      test.setTimeout(30_000 + 10_000 * queries.length);
      await page.goto(`/${lang}/search/`);
      const pageBox = page.getByRole('main').getByRole('searchbox', { name: LABEL[lang] });
      for (const [q, expected] of queries) {
        await pageBox.fill(q);
        // The results of this query, not of the one before: the status quotes it whole.
        await expect(page.getByRole('main').getByRole('status')).toContainText(quoted(lang, q));
        const first = resultsList(page).getByRole('listitem').first().getByRole('link');
        await expect(first, q).toHaveAttribute('href', expected);
        expect(
          new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname.startsWith(
            `/${lang}/`,
          ),
          q,
        ).toBe(true);
      }
    });

    test('the results page: ordered list, marks, prefilled box, plural count, no axe violations', async ({
      page,
    }) => {
      await page.goto(`/${lang}/search/?q=7004`);
      const list = resultsList(page);
      await expect(list).toBeVisible();
      expect(await list.evaluate((el) => el.tagName)).toBe('OL');
      await expect(
        page.getByRole('main').getByRole('searchbox', { name: LABEL[lang] }),
      ).toHaveValue('7004');
      await expect(list.locator('mark').first()).toBeVisible();
      const count = await list.getByRole('listitem').count();
      const status = page.getByRole('status').filter({ hasText: '7004' });
      if (lang === 'pl')
        await expect(status).toContainText(
          count === 1 ? '1 wynik ' : count < 5 ? `${count} wyniki ` : `${count} wyników `,
        );
      else await expect(status).toContainText(`${count} result`);
      await expect(list.getByRole('link').first()).toHaveAttribute('href', `/${lang}/events/7004/`);
      // A step links to its fragment.
      await expect(list.locator(`a[href^="/${lang}/kb/843106/#"]`).first()).toBeVisible();
      await axe(page);
    });

    test('no results and empty query say so and offer browsing', async ({ page }) => {
      await page.goto(`/${lang}/search/?q=qwertyzxcv`);
      await expect(page.getByRole('status').filter({ hasText: 'qwertyzxcv' })).toContainText(
        lang === 'pl' ? 'Brak wyników' : 'No results',
      );
      await expect(
        page.getByRole('main').getByRole('link', { name: lang === 'pl' ? 'Zdarzenia' : 'Events' }),
      ).toBeVisible();
      await page.goto(`/${lang}/search/`);
      await expect(page.getByRole('main').getByRole('status')).toContainText(
        lang === 'pl' ? 'Wpisz identyfikator' : 'Type an event ID',
      );
    });

    test('the header combobox: lazy index, `/`, arrows, Enter, Escape', async ({ page }) => {
      // Neither the index nor the search code (ranking) is fetched before the box is focused.
      const fetched: string[] = [];
      page.on('request', (r) => {
        if (/\/search-index\/|\/engine\.[^/]*\.js/.test(r.url())) fetched.push(r.url());
      });
      await page.goto(`/${lang}/kb/843106/`);
      const box = page.getByRole('combobox', { name: LABEL[lang] });
      await expect(box).toHaveAttribute('aria-expanded', 'false');
      expect(fetched).toEqual([]);
      await page.locator('body').press('/');
      await expect(box).toBeFocused();
      // On focus: the search code and the small manifest; shards only once a query needs them.
      await expect
        .poll(() => [
          fetched.some((u) => /\/engine\./.test(u)),
          fetched.some((u) => u.includes(`/${lang}/search-index/manifest.json`)),
        ])
        .toEqual([true, true]);
      expect(fetched.filter((u) => /\/search-index\/[sf]\//.test(u))).toEqual([]);
      await box.pressSequentially('0x8009030C');
      await expect(box).toHaveAttribute('aria-expanded', 'true');
      const listbox = page.getByRole('listbox');
      await expect(box).toHaveAttribute('aria-controls', (await listbox.getAttribute('id'))!);
      const options = listbox.getByRole('option');
      await expect(options.first()).toHaveAttribute('href', `/${lang}/errors/0x8009030c/`);
      await expect(page.getByRole('status').filter({ hasText: '0x8009030C' })).toBeAttached();
      await axe(page);
      await box.press('ArrowDown');
      await expect(box).toHaveAttribute(
        'aria-activedescendant',
        (await options.nth(0).getAttribute('id'))!,
      );
      await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
      await box.press('ArrowDown');
      await expect(box).toHaveAttribute(
        'aria-activedescendant',
        (await options.nth(1).getAttribute('id'))!,
      );
      await box.press('ArrowUp');
      await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
      await box.press('Escape');
      await expect(box).toHaveAttribute('aria-expanded', 'false');
      await expect(box).not.toHaveAttribute('aria-activedescendant');
      await box.press('ArrowDown');
      await expect(box).toHaveAttribute('aria-expanded', 'true');
      await box.press('ArrowDown');
      await box.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${lang}/errors/0x8009030c/$`));
    });

    test('Enter without a chosen option opens the results page; Back returns', async ({ page }) => {
      await page.goto(`/${lang}/`);
      const box = page.getByRole('combobox', { name: LABEL[lang] });
      const partial = lang === 'pl' ? 'zapor' : 'firew';
      await box.fill(partial);
      await box.press('Enter');
      await expect(page).toHaveURL(`/${lang}/search/?q=${partial}`);
      const pageBox = page.getByRole('main').getByRole('searchbox', { name: LABEL[lang] });
      await expect(pageBox).toHaveValue(partial);
      // Typing answers at once and updates the address after a pause; Enter keeps that entry.
      await pageBox.fill('7006');
      await expect(page).toHaveURL(`/${lang}/search/?q=7006`);
      await pageBox.press('Enter');
      await expect(resultsList(page).getByRole('link').first()).toHaveAttribute(
        'href',
        `/${lang}/events/7006/`,
      );
      // Enter straight after typing makes its own entry too.
      await pageBox.fill('1704');
      await pageBox.press('Enter');
      await expect(page).toHaveURL(`/${lang}/search/?q=1704`);
      await page.goBack();
      await expect(page).toHaveURL(`/${lang}/search/?q=7006`);
      await expect(pageBox).toHaveValue('7006');
      await page.goBack();
      await expect(page).toHaveURL(`/${lang}/search/?q=${partial}`);
      await expect(pageBox).toHaveValue(partial);
      await expect(resultsList(page).getByRole('link').first()).toHaveAttribute(
        'href',
        `/${lang}/kb/843106/`,
      );
    });
  });
}

const BODY = {
  pl: ['Monitor sieci', 'poziom rejestrowania'],
  en: ['SuppressExternal', 'Network Monitor'],
} as const;

for (const lang of ['pl', 'en'] as const) {
  test(`body words find the article with a marked snippet of its text (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(BODY[lang][0])}`);
    for (const q of BODY[lang]) {
      await page.getByRole('main').getByRole('searchbox', { name: LABEL[lang] }).fill(q);
      await expect(page.getByRole('main').getByRole('status')).toContainText(quoted(lang, q));
      const first = resultsList(page).getByRole('listitem').first();
      await expect(first.getByRole('link'), q).toHaveAttribute('href', `/${lang}/kb/843106/`);
      const marked = await first.locator('.search-context mark').allTextContents();
      expect(
        marked.map((m) => m.toLowerCase()),
        q,
      ).toEqual(expect.arrayContaining(q.toLowerCase().split(' ')));
    }
  });

  test(`no result with every word: best partial matches under a note (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/search/?q=${encodeURIComponent('SuppressExternal qwertyzxcv')}`);
    await expect(page.getByRole('main').getByRole('note')).toHaveText(
      lang === 'pl' ? /Żaden wynik nie zawiera wszystkich słów/ : /No result has every word/,
    );
    await expect(resultsList(page).getByRole('link').first()).toHaveAttribute(
      'href',
      `/${lang}/kb/843106/`,
    );
    await axe(page);
  });
}

test('near-miss codes never outrank the exact one', async ({ page }) => {
  await page.goto('/en/search/?q=7006');
  await expect(resultsList(page).getByRole('link').first()).toBeVisible();
  const hrefs = await resultsList(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs[0]).toBe('/en/events/7006/');
  expect(hrefs).not.toContain('/en/events/7004/');
  expect(hrefs).not.toContain('/en/events/1706/');
});

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload="window.__xss=1">',
  '&lt;img src=x onerror=window.__xss=1&gt;',
  '&#60;script&#62;window.__xss=1&#60;/script&#62;',
  "'><iframe src=javascript:window.__xss=1>",
  '7004 <b onmouseover=window.__xss=1>bold</b>',
];

test('query text is only ever text: nothing runs, no element is made from it', async ({ page }) => {
  // Seven payloads, on the results page (languages alternating: the code is the same) and in the box.
  test.slow();
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const injected = () =>
    page.evaluate(() => ({
      flag: (window as unknown as { __xss?: unknown }).__xss,
      count: document.querySelectorAll(
        'img[src="x"], svg, script:not([src]):not([type]), iframe, b[onmouseover]',
      ).length,
    }));
  for (const [i, q] of PAYLOADS.entries()) {
    const lang = i % 2 === 0 ? 'pl' : 'en';
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole('main').getByRole('status')).toContainText(q);
    await expect(page.getByRole('main').getByRole('searchbox', { name: LABEL[lang] })).toHaveValue(
      q,
    );
    const box = page.getByRole('combobox', { name: LABEL[lang] });
    await box.fill(q);
    await expect(page.locator('kb-search-box [role="status"]')).toContainText(q);
    await page.getByRole('listbox').getByRole('option').first().hover();
    expect(await injected(), q).toEqual({ flag: undefined, count: 0 });
  }
  expect(dialogs).toBe(0);
});
