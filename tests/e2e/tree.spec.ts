import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './helpers/axe.ts';
import { questionStates, treeModel, type QuestionState } from './helpers/tree-states.ts';

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

/** Axe runs on every state in this language (the other one has the same parts in other words). */
const AUDITED = 'pl';

for (const lang of ['en', 'pl'] as const) {
  const audit = lang === AUDITED ? ', and every state has zero WCAG 2.2 AA violations' : '';
  test(`${lang}: every path of the tree ends at a step or an outcome, every step is reachable${audit}`, async ({
    page,
  }) => {
    const article = `/${lang}/kb/843106/`;
    await page.goto(article);
    const model = await treeModel(page);
    const questions = new Map(questionStates(model).map((q) => [q.state, q]));
    // Room for each click, each Back and each axe run on a busy shared machine.
    const moves = [...questions.values()].reduce((n, q) => n + 1 + q.answers.length, 0);
    test.setTimeout(30_000 + 10_000 * moves);
    const ends = { steps: new Set<string>(), outcomes: 0 };
    const failures: string[] = [];
    const check = async (state: string, parts: string[]) => {
      if (lang !== AUDITED) return;
      for (const v of await axeViolations(page, parts)) failures.push(`?tree=${state}: ${v}`);
    };
    // Depth first, as a reader goes: answer, see where it leads, go Back. The page is loaded once;
    // each answer must lead to the state and view the tree data says, and Back must return.
    const visit = async (q: QuestionState): Promise<void> => {
      await expect(question(page)).toContainText(q.question);
      await expect(answers(page)).toHaveCount(q.answers.length);
      await expect(answers(page)).toContainText(q.answers.map((a) => a.answer.label));
      await expect(page.locator('.step.tree-reached')).toHaveCount(0);
      await check(q.state, ['#tree']);
      for (const [i, { answer, state }] of q.answers.entries()) {
        await answers(page).nth(i).click();
        await expect.poll(() => new URL(page.url()).searchParams.get('tree')).toBe(state);
        if (answer.next !== undefined) {
          await visit(questions.get(state)!);
        } else {
          await expect(answers(page)).toHaveCount(0);
          const stepLink = tree(page).getByRole('link', { name: T[lang].goTo });
          if (answer.step !== undefined) {
            await expect(stepLink).toHaveAttribute('href', `#${answer.step}`);
            await expect(page.locator('.step.tree-reached')).toHaveCount(1);
            ends.steps.add(answer.step);
            await check(state, ['#tree', '.step.tree-reached']);
          } else {
            await expect(stepLink).toHaveCount(0);
            await expect(tree(page).getByRole('heading', { name: T[lang].outcome })).toBeVisible();
            ends.outcomes += 1;
            await check(state, ['#tree']);
          }
        }
        await page.goBack();
        await expect(question(page)).toContainText(q.question);
      }
    };
    await visit(questions.get('')!);
    expect([...ends.steps].sort()).toEqual([...STEPS].sort());
    expect(ends.outcomes).toBeGreaterThan(0);
    expect(failures).toEqual([]);
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
  expect(await axeViolations(page, ['#tree'])).toEqual([]);
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
