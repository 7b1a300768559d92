import { expect, test, type Page } from '@playwright/test';
import { FIXTURE } from './fixture-site.ts';

/** Resolves after the page has painted twice more: every task queued before has run by then. */
async function afterNextPaints(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

/** Records CSP violations and every request that leaves the page's origin. */
function watch(page: Page) {
  const violations: string[] = [];
  const foreign: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:')
      foreign.push(req.url());
  });
  return { violations, foreign };
}

test('every page carries a CSP without unsafe-inline or unsafe-eval for scripts', async ({
  request,
}) => {
  for (const path of [
    '/',
    '/pl/',
    '/en/kb/843106/',
    '/pl/events/7004/',
    '/en/errors/504/',
    '/pl/search/',
    '/kb/843106/',
    '/404.html',
  ]) {
    const html = await (await request.get(path)).text();
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, path).toBeDefined();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  }
});

test('the interactive parts work under the CSP and nothing leaves the origin', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { violations, foreign } = watch(page);
  await page.goto('/en/kb/843106/');
  await page.locator('#tree .tree-current button').first().click();
  await expect(page).toHaveURL(/tree=/);
  await page
    .locator('#sendas-right')
    .getByRole('button', { name: /^Copy link/ })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeAttached();
  await page.getByRole('link', { name: 'Polski' }).click();
  await expect(page.locator('#tree .tree-path li')).toHaveCount(1);
  await page.goto('/search/?q=7004');
  await expect(page).toHaveURL(/\/(pl|en)\/search\/\?q=7004/);
  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
});

test('the CSP gate catches a planted inline script', async ({ page }) => {
  const { violations } = watch(page);
  await page.goto('/en/');
  const csp = await page
    .locator('meta[http-equiv=content-security-policy]')
    .getAttribute('content');
  await page.setContent(
    `<html><head><meta http-equiv="content-security-policy" content="${csp}"></head><body><script>window.__ran = 1</script></body></html>`,
  );
  expect(await page.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined();
  expect(violations.length).toBeGreaterThan(0);
});

test.describe('hostile content renders inert (fixture site)', () => {
  const pages = [
    '/en/kb/100003/',
    '/pl/kb/100003/',
    '/en/events/7006/',
    '/pl/events/7006/',
    '/en/events/',
    '/pl/',
    '/en/kb/100003/?tree=hostile-step',
    '/pl/kb/100003/?tree=outcome',
  ];
  test('nothing runs on any page that shows hostile content', async ({ page }) => {
    // One page, reloaded for each path: what is checked is each path's document, not the tab.
    test.setTimeout(30_000 * pages.length);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const path of pages) {
      await page.goto(`${FIXTURE}${path}`);
      await page.mouse.move(200, 300);
      if ((await page.locator('details').count()) > 0) {
        await page.locator('details').first().click();
        await expect(page.locator('details').first()).toHaveAttribute('open', '');
      }
      // Events queued by the hover and the click (toggle, mouseover) run before the page paints
      // twice more: no fixed sleep, yet nothing a handler could do is missed.
      await afterNextPaints(page);
      expect(
        await page.evaluate(() => (window as { __xss?: unknown }).__xss),
        path,
      ).toBeUndefined();
      expect(dialogs, path).toEqual([]);
      const scripts = await page
        .locator('script')
        .evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src || e.textContent || ''));
      for (const s of scripts) expect(s, path).toMatch(/\/_astro\/|^\{|^$/);
      const handlers = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes]
            .filter(
              (a) =>
                /^on/i.test(a.name) ||
                (/^(href|src|action|formaction|xlink:href)$/i.test(a.name) &&
                  /^\s*javascript:/i.test(a.value)),
            )
            .map((a) => `${el.tagName} ${a.name}`),
        ),
      );
      expect(handlers, path).toEqual([]);
      expect(
        await page.locator('iframe, object, embed, svg script, form[action^="javascript"]').count(),
      ).toBe(0);
    }
  });

  test('hostile titles and steps stay text in search results', async ({ page }) => {
    for (const lang of ['en', 'pl']) {
      await page.goto(`${FIXTURE}/${lang}/search/?q=Hostile`);
      const results = page.locator('main ol');
      await expect(results.getByRole('listitem').first()).toContainText('<img src=x onerror=');
      const box = page.getByRole('combobox').first();
      await box.fill('bold');
      // The header box has answered (its live status names the query) and shows the hostile step.
      await expect(page.getByRole('banner').getByRole('status')).toContainText('bold');
      await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
      await afterNextPaints(page);
      expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(
        await page
          .locator('main img, main script:not([src]), main svg, main b[onmouseover]')
          .count(),
      ).toBe(0);
    }
  });

  test('hostile text shows as text in titles, steps and the troubleshooter', async ({ page }) => {
    await page.goto(`${FIXTURE}/en/kb/100003/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('<img src=x onerror=');
    await expect(page.locator('#tree .tree-current h3')).toContainText('<img src=x onerror=');
    await page.locator('#tree .tree-current button').first().click();
    await expect(page.locator('#tree .tree-end h3')).toContainText('<b onmouseover=');
  });
});

test.describe('raw HTML cannot clobber the page (fixture site)', () => {
  test('with clobbering markup in the body, the tree, copy buttons and search box still work', async ({
    page,
    context,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${FIXTURE}/en/kb/100004/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clobbering test article');
    // No element of the body names a document property or repeats an id of the page.
    expect(
      await page.evaluate(() =>
        ['createElement', 'querySelectorAll', 'getElementById', 'forms', 'body'].map(
          (k) => typeof (document as unknown as Record<string, unknown>)[k],
        ),
      ),
    ).toEqual(['function', 'function', 'function', 'object', 'object']);
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);

    // The troubleshooter walks to a step.
    const tree = page.locator('#tree');
    await tree.getByRole('button', { name: 'No', exact: true }).click();
    await expect(page).toHaveURL(/[?&]tree=restarted/);
    await expect(tree.getByRole('heading', { name: 'Is mail flowing? 2' })).toBeFocused();
    await tree.getByRole('button', { name: 'Yes', exact: true }).click();
    await expect(tree.getByRole('link', { name: 'Go to the step 2' })).toHaveAttribute(
      'href',
      '#restart-transport',
    );

    // Copy buttons sit on the two real steps only, and copy the step's link.
    await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveCount(3); // 2 steps + tree
    await page
      .locator('#restart-transport')
      .getByRole('button', { name: /^Copy link/ })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeAttached();

    // The search box opens its popup with results.
    const box = page.getByRole('combobox', { name: 'Search the knowledge base' });
    await box.fill('Clobbering');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(
      'Clobbering test article',
    );
    expect(errors).toEqual([]);
  });
});
