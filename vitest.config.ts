import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests (fast, pure logic) and build tests (real builds: determinism, atomic output). The
 * npm scripts run the two projects apart (`test:unit`, `test:build`), each with its JSON report.
 */
export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Pure logic with no mocks, stubbed globals or fake timers: the files share one module
          // graph instead of importing unified, Zod and Sätteri again each (half the stage's CPU).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // A real build on a busy shared machine.
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
