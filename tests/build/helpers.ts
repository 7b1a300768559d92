import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Runs the site's real build (`scripts/build.mjs`) with its own output and cache folders. */
export function build(outDir: string, env: Record<string, string> = {}) {
  const cacheDir = tempDir('cache-');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      KB_OUT_DIR: outDir,
      KB_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A sha256 of every file under a folder, by relative path, sorted. */
export function manifest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** The paths whose content differs between two manifests (or exist in one only). */
export function manifestDiff(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]).sort();
}

/**
 * A fresh temporary folder inside the project: Astro keeps its prerender bundle inside the output
 * folder only when that folder is under the project, so builds elsewhere would share one.
 */
export function tempDir(prefix: string): string {
  mkdirSync('.tmp-builds', { recursive: true });
  return mkdtempSync(join('.tmp-builds', prefix));
}

/**
 * The shared build of a test site (`.test-sites/{name}`, scripts/test-sites.mjs). `npm test`
 * builds it once before the build and browser tests (KB_TEST_SITES_BUILT=1); a lone Vitest run
 * builds it here first, so it always reflects the current source.
 */
export function sharedSite(name: 'site' | 'fixture'): string {
  const dir = join('.test-sites', name);
  if (process.env['KB_TEST_SITES_BUILT'] === '1' && existsSync(dir)) return dir;
  const result = spawnSync(process.execPath, ['scripts/test-sites.mjs', 'build', name], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${result.stdout}\n${result.stderr}`);
  return dir;
}
