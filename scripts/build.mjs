// Builds the site into a fresh folder and swaps it in only on success, so a refused content
// tree or a failed build leaves the last good dist/ exactly as it was.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { publishBuild } from './publish.mjs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const outDir = resolve(process.env.KB_OUT_DIR ?? 'dist');
// astro.config reads KB_OUT_DIR too (for preview); the build itself goes to the temporary folder.
const tmp = `${outDir}.tmp-${process.pid}`;

// Astro keeps its prerender bundle inside the output folder only when that folder is under the
// project; elsewhere parallel builds would share .astro/.prerender and break each other.
if (!outDir.startsWith(process.cwd()))
  console.warn(
    `Note: ${outDir} is outside the project; do not run another build at the same time.`,
  );
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Astro needs Node >= 22.12, this is ${process.version}. Run through npm (npm run build), which puts the project's own Node 24 first on PATH.`,
  );
  process.exit(1);
}
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const build = spawnSync(
  process.execPath,
  [astro, 'build', '--outDir', tmp, ...process.argv.slice(2)],
  { stdio: 'inherit', env },
);
if (build.error) console.error(build.error);

/** Removes the unfinished build and stops, leaving the last good output as it was. */
function fail(code) {
  rmSync(tmp, { recursive: true, force: true });
  console.error(
    `\nBuild failed; ${existsSync(outDir) ? `the previous ${outDir} is untouched` : 'no output was written'}.`,
  );
  process.exit(code);
}

if (build.status !== 0) fail(build.status ?? 1);
process.exit(publishBuild(tmp, outDir, { site: process.env.KB_SITE_URL }));
