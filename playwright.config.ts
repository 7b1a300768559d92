import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

const PORT = Number(process.env.KB_E2E_PORT ?? 4329);
const executablePath = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].find((p) => p && existsSync(p));

/** A preview server of one build; each gets its own output and cache folder so runs never share a build. */
function server(port: number, name: string, contentDir?: string) {
  return {
    command: `node scripts/build.mjs && node node_modules/astro/bin/astro.mjs preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    env: {
      KB_OUT_DIR: `.e2e-${name}-${port}`,
      KB_CACHE_DIR: `node_modules/.astro-e2e-${name}-${port}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(contentDir ? { KB_CONTENT_DIR: contentDir } : {}),
    },
    url: `http://127.0.0.1:${port}/pl/`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  };
}

/**
 * Browser tests: the real site (embedded content) and a fixture site (aliases, hostile content)
 * are each built and previewed once per run, in Debian's Chromium, with a JSON report for CI.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
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
  webServer: [server(PORT, 'site'), server(PORT + 1, 'fixture', 'tests/fixtures/content/site')],
});
