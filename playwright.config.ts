import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

const PORT = Number(process.env.KB_E2E_PORT ?? 4329);
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));

/** Browser tests: one build and one preview server per run, Debian's Chromium, JSON report for CI. */
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
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run'],
    },
  },
  webServer: {
    // Each port gets its own output and cache folder, so parallel runs never share a build.
    command: `node scripts/build.mjs && astro preview --host 127.0.0.1 --port ${PORT}`,
    env: { KB_OUT_DIR: `.e2e-dist-${PORT}`, KB_CACHE_DIR: `node_modules/.astro-e2e-${PORT}`, ASTRO_TELEMETRY_DISABLED: '1' },
    url: `http://127.0.0.1:${PORT}/pl/`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
