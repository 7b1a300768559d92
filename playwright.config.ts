import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/chromium-path.mjs';

const PORT = Number(process.env.KB_E2E_PORT ?? 4329);
const executablePath = findChromium();

/**
 * A preview server of one test site (scripts/test-sites.mjs): `npm test` builds the sites once
 * before the run and the server only serves them; a lone `npx playwright test` builds them first.
 */
function server(port: number, name: 'site' | 'fixture') {
  return {
    command: `node scripts/test-sites.mjs serve ${name} ${port}`,
    url: `http://127.0.0.1:${port}/pl/`,
    reuseExistingServer: false,
    // Room for a build on a busy shared machine when the sites were not built beforehand.
    timeout: 600_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  };
}

/**
 * Browser tests: the real site (embedded content) and a fixture site (aliases, hostile content),
 * each served from its one shared build, in Debian's Chromium, with a JSON report for CI.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Sized for a shared 2-core machine under load: a passing test never waits for these, a stuck
  // one still fails in bounded time. Tests that loop over many pages set their own.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-gpu',
        '--no-first-run',
      ],
    },
  },
  webServer: [server(PORT, 'site'), server(PORT + 1, 'fixture')],
});
