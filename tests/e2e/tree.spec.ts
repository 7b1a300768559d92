import { expect, test, type Page } from '@playwright/test';
import { questionStates, treeModel } from './helpers/tree-states.ts';

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

for (const lang of ['en', 'pl'] as const) {
  test(`${lang}: every path of the tree ends at a step or an outcome, and every step is reachable`, async ({
    page,
  }) => {
    const article = `/${lang}/kb/843106/`;
    await page.goto(article);
    const model = await treeModel(page);
    const questions = questionStates(model);
    // Room for each page load and each click on a busy shared machine.
    const moves = questions.reduce((n, q) => n + 1 + q.answers.length, 0);
    test.setTimeout(30_000 + 10_000 * moves);
    const ends = { steps: new Set<string>(), outcomes: 0 };
    // Each question at each path that reaches it is opened once by its URL; each of its answers
    // is clicked, must lead to the state and view the tree data says, and Back returns.
    for (const q of questions) {
      if (q.state) await page.goto(`${article}?tree=${q.state}`);
      await expect(question(page)).toContainText(q.question);
      await expect(answers(page)).toHaveCount(q.answers.length);
      await expect(answers(page)).toContainText(q.answers.map((a) => a.answer.label));
      for (const [i, { answer, state }] of q.answers.entries()) {
        await answers(page).nth(i).click();
        await expect.poll(() => new URL(page.url()).searchParams.get('tree')).toBe(state);
        if (answer.next !== undefined) {
          await expect(question(page)).toContainText(model.nodes.get(answer.next)!.question);
        } else {
          await expect(answers(page)).toHaveCount(0);
          const stepLink = tree(page).getByRole('link', { name: T[lang].goTo });
          if (answer.step !== undefined) {
            await expect(stepLink).toHaveAttribute('href', `#${answer.step}`);
            ends.steps.add((await stepLink.getAttribute('href'))!.slice(1));
          } else {
            await expect(stepLink).toHaveCount(0);
            await expect(tree(page).getByRole('heading', { name: T[lang].outcome })).toBeVisible();
            ends.outcomes += 1;
          }
        }
        await page.goBack();
        await expect(question(page)).toContainText(q.question);
      }
    }
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
