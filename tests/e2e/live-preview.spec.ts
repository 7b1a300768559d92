import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './helpers/axe.ts';

// Live preview (`npm run dev`) on a copy of a fixture content tree: edits show without a
// restart, a refusal shows in Astro's error overlay at its position, and a fix brings the page
// back. The dev server is this spec's own (port KB_DEV_PORT, default 4445).
const PORT = Number(process.env['KB_DEV_PORT'] ?? 4445);
const BASE = `http://127.0.0.1:${PORT}`;
const content = mkdtempSync(join(tmpdir(), 'kb-live-'));
let server: ChildProcess | undefined;

const file = (path: string) => join(content, path);
const edit = (path: string, from: string, to: string) => {
  const text = readFileSync(file(path), 'utf8');
  if (!text.includes(from)) throw new Error(`${path} has no "${from}"`);
  writeFileSync(file(path), text.replace(from, to));
};

/** Opens a page and waits until its Vite client listens for changes (it logs "connected"). */
async function openLive(page: Page, path: string): Promise<void> {
  const connected = page.waitForEvent('console', {
    predicate: (m) => m.text().includes('[vite] connected'),
    timeout: 60_000,
  });
  await page.goto(`${BASE}${path}`);
  await connected;
}

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);
// A dev server compiles on first use and may reload once while Vite optimises dependencies.
const slow = { timeout: 60_000 };

test.beforeAll(async () => {
  test.setTimeout(300_000);
  cpSync('tests/fixtures/content/valid', content, { recursive: true });
  mkdirSync('test-results', { recursive: true });
  const log = openSync(`test-results/live-preview-dev-${PORT}.log`, 'w');
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(PORT)],
    {
      env: {
        ...process.env,
        KB_CONTENT_DIR: content,
        KB_CACHE_DIR: `node_modules/.astro-dev-${PORT}`,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      // The server's own output, for a failure's diagnosis.
      stdio: ['ignore', log, log],
    },
  );
  // Ready when the article answers (the first request also compiles the page).
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(`${BASE}/en/kb/100001/`)).status;
        } catch {
          return 0;
        }
      },
      { timeout: 280_000, intervals: [1000] },
    )
    .toBe(200);
});

test.afterAll(() => {
  server?.kill();
  rmSync(content, { recursive: true, force: true });
});

test('an edit shows without a restart; a refusal shows its position; a fix brings the page back', async ({
  page,
}) => {
  await openLive(page, '/en/kb/100001/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test article 1', slow);

  // The header search answers in the dev server too: it serves the index files one by one.
  await page.getByRole('combobox', { name: 'Search the knowledge base' }).fill('Test article 1');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(
    'Test article 1',
    slow,
  );

  // Frontmatter and body edits appear in the open page.
  edit('articles/100001/en.md', 'title: Test article 1', 'title: Edited while open');
  edit('articles/100001/en.md', 'Do the first thing.', 'Do the edited thing.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edited while open', slow);
  await expect(page.getByText('Do the edited thing.')).toBeVisible(slow);

  // A catalog title shows on the pages citing it.
  await openLive(page, '/en/events/7004/');
  await expect(page.getByText('Test event').first()).toBeVisible(slow);
  edit('events/TestSource/7004.yaml', 'en: Test event', 'en: Renamed event');
  await expect(page.getByText('Renamed event').first()).toBeVisible(slow);

  // A refusal: the overlay names the file, line, column, field and what was expected.
  await openLive(page, '/en/kb/100001/');
  edit('articles/100001/en.md', 'revision: 2', 'revision: three');
  const overlay = page.locator('vite-error-overlay');
  await expect(overlay).toContainText('100001/en.md:6:11 revision: expected a number', slow);
  await expect(overlay).not.toContainText('src/lib');

  // The fix: the overlay goes and the page is back, with the edit.
  edit('articles/100001/en.md', 'revision: three', 'revision: 2');
  await expect(overlay).toHaveCount(0, slow);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edited while open', slow);
});

test('an added article appears and a deleted one goes, without a restart', async ({ page }) => {
  const pl = readFileSync(file('articles/100002/pl.md'), 'utf8');
  const en = readFileSync(file('articles/100002/en.md'), 'utf8');
  cpSync(file('articles/100002'), file('articles/100003'), { recursive: true });
  edit('articles/100003/en.md', 'title: ', 'title: Added ');
  await expect
    .poll(
      async () =>
        (await fetch(`${BASE}/en/kb/100003/`, { signal: AbortSignal.timeout(20_000) })).status,
      slow,
    )
    .toBe(200);
  await page.goto(`${BASE}/en/kb/100003/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Added', slow);
  await page.close();

  unlinkSync(file('articles/100003/en.md'));
  unlinkSync(file('articles/100003/pl.md'));
  await expect
    .poll(
      async () =>
        (await fetch(`${BASE}/en/kb/100003/`, { signal: AbortSignal.timeout(20_000) })).status,
      slow,
    )
    .toBe(404);
  expect(readFileSync(file('articles/100002/pl.md'), 'utf8')).toBe(pl);
  expect(readFileSync(file('articles/100002/en.md'), 'utf8')).toBe(en);
});

test('an older translation says so, in its language, and links the newer one', async ({ page }) => {
  await openLive(page, '/pl/kb/100002/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible(slow);
  await expect(page.getByRole('note')).toHaveCount(0);
  edit('articles/100002/en.md', 'revision: 1', 'revision: 2');
  const note = page.getByRole('note');
  await expect(note).toContainText('starszym tłumaczeniem', slow);
  await expect(note.getByRole('link')).toHaveAttribute('href', '/en/kb/100002/');
  // The built test sites have no older translation: the notice gets its axe run here.
  expect(await axeViolations(page)).toEqual([]);

  // The newer language has no notice.
  await page.goto(`${BASE}/en/kb/100002/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible(slow);
  await expect(page.getByRole('note')).toHaveCount(0);

  // Equal revisions again: the notice goes.
  await openLive(page, '/pl/kb/100002/');
  await expect(note).toBeVisible();
  edit('articles/100002/en.md', 'revision: 2', 'revision: 1');
  await expect(page.getByRole('note')).toHaveCount(0, slow);
});
