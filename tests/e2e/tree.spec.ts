import { expect, test, type Page } from '@playwright/test';

const STEPS = [
  'integrated-windows-auth',
  'sendas-right',
  'tls-before-auth',
  'exps-authentication',
  'firewall-between-servers',
];
const T = {
  en: {
    title: 'Guided troubleshooter',
    restart: 'Start over',
    goTo: /^Go to the step/,
    reached: 'The troubleshooter led you here',
    outcome: 'Outcome',
  },
  pl: {
    title: 'Przewodnik rozwiązywania problemu',
    restart: 'Zacznij od nowa',
    goTo: /^Przejdź do kroku/,
    reached: 'Przewodnik doprowadził Cię tutaj',
    outcome: 'Wynik',
  },
} as const;

const tree = (page: Page) => page.getByRole('region', { name: /Guided troubleshooter|Przewodnik/ });
const answers = (page: Page) => tree(page).locator('.tree-current').getByRole('button');
const question = (page: Page) => tree(page).locator('.tree-current').getByRole('heading');

/** Walks every path of the tree from a URL, collecting the steps and outcomes it ends at. */
async function walk(
  page: Page,
  lang: 'pl' | 'en',
  url: string,
  ends: { steps: Set<string>; outcomes: number },
  depth = 0,
): Promise<void> {
  expect(depth, 'the tree is deeper than any real one: a cycle?').toBeLessThan(20);
  await page.goto(url);
  const names = await answers(page).allInnerTexts();
  if (names.length === 0) {
    const stepLink = tree(page).getByRole('link', { name: T[lang].goTo });
    if ((await stepLink.count()) > 0)
      ends.steps.add((await stepLink.getAttribute('href'))!.slice(1));
    else {
      await expect(tree(page).getByRole('heading', { name: T[lang].outcome })).toBeVisible();
      ends.outcomes += 1;
    }
    return;
  }
  for (const i of names.keys()) {
    await page.goto(url);
    await answers(page).nth(i).click();
    await walk(page, lang, page.url(), ends, depth + 1);
  }
}

for (const lang of ['en', 'pl'] as const) {
  test(`${lang}: every path of the tree ends at a step or an outcome, and every step is reachable`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const ends = { steps: new Set<string>(), outcomes: 0 };
    await walk(page, lang, `/${lang}/kb/843106/`, ends);
    expect([...ends.steps].sort()).toEqual([...STEPS].sort());
    expect(ends.outcomes).toBeGreaterThan(0);
  });
}

test('reaching a step shows it, links to it and marks the step section', async ({ page }) => {
  await page.goto('/en/kb/843106/');
  await tree(page)
    .getByRole('button', { name: /our own/i })
    .click();
  await tree(page).locator('.tree-current').getByRole('button', { name: /^No/ }).first().click();
  const link = tree(page).getByRole('link', { name: T.en.goTo });
  await expect(link).toHaveAttribute('href', '#integrated-windows-auth');
  await expect(page.locator('#integrated-windows-auth')).toContainText(T.en.reached);
  await link.click();
  await expect(page.locator('#integrated-windows-auth')).toBeInViewport();
});

test('state lives in the URL: back, forward, reload and the other language keep the point', async ({
  page,
}) => {
  await page.goto('/en/kb/843106/');
  const first = await question(page).innerText();
  await answers(page).first().click();
  const second = await question(page).innerText();
  expect(second).not.toBe(first);
  const state = new URL(page.url()).searchParams.get('tree');
  expect(state).toBeTruthy();
  await page.goBack();
  await expect(question(page)).toHaveText(first);
  await page.goForward();
  await expect(question(page)).toHaveText(second);
  await page.reload();
  await expect(question(page)).toHaveText(second);
  await page.getByRole('link', { name: 'Polski' }).click();
  await expect(page).toHaveURL(new RegExp(`/pl/kb/843106/\\?tree=${state}`));
  await expect(tree(page).locator('.tree-path li')).toHaveCount(1);
  const switched = await question(page).innerText();
  // The same point as a Polish reader gets by giving the same answer.
  await page.goto('/pl/kb/843106/');
  await answers(page).first().click();
  await expect(question(page)).toHaveText(switched);
});

test('an earlier answer can be changed, and start over returns to the first question', async ({
  page,
}) => {
  await page.goto('/pl/kb/843106/');
  const first = await question(page).innerText();
  await answers(page).first().click();
  await answers(page).first().click();
  await expect(tree(page).locator('.tree-path li')).toHaveCount(2);
  await tree(page)
    .getByRole('button', { name: /Zmień odpowiedź/ })
    .nth(1)
    .click();
  await expect(tree(page).locator('.tree-path li')).toHaveCount(1);
  await tree(page).getByRole('button', { name: T.pl.restart }).click();
  await expect(question(page)).toHaveText(first);
  await expect(page).not.toHaveURL(/tree=/);
});

test('a state that no longer fits the tree starts over with a notice', async ({ page }) => {
  await page.goto('/en/kb/843106/?tree=no-such-answer.%3Cb%3E');
  await expect(tree(page).getByRole('status')).toContainText('no longer has');
  await expect(tree(page).locator('.tree-path')).toHaveCount(0);
  await expect(answers(page).first()).toBeVisible();
});

test('keyboard only: answer with Enter, focus moves to the next question', async ({ page }) => {
  await page.goto('/en/kb/843106/');
  await answers(page).first().focus();
  await page.keyboard.press('Enter');
  const focused = page.locator(':focus');
  await expect(focused).toHaveClass(/tree-question/);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveClass(/tree-answer/);
  await page.keyboard.press('Space');
  await expect(tree(page).locator('.tree-path li')).toHaveCount(2);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the whole tree is readable and its ends link to every step', async ({ page }) => {
    await page.goto('/en/kb/843106/');
    const region = tree(page);
    await expect(
      region.getByText('Where is the remote server', { exact: false }).first(),
    ).toBeVisible();
    const targets = await region
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const id of STEPS) expect(targets).toContain(`#${id}`);
  });
});
