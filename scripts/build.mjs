// Builds the site into a fresh folder and swaps it in only on success, so a refused content
// tree or a failed build leaves the last good dist/ exactly as it was.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const outDir = resolve(process.env.KB_OUT_DIR ?? 'dist');
// astro.config reads KB_OUT_DIR too (for preview); the build itself goes to the temporary folder.
const tmp = `${outDir}.tmp-${process.pid}`;
const old = `${outDir}.old-${process.pid}`;

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const build = spawnSync('astro', ['build', '--outDir', tmp, ...process.argv.slice(2)], { stdio: 'inherit', env, shell: false });
if (build.status !== 0) {
  rmSync(tmp, { recursive: true, force: true });
  console.error(`\nBuild failed; ${existsSync(outDir) ? `the previous ${outDir} is untouched` : 'no output was written'}.`);
  process.exit(build.status ?? 1);
}
if (existsSync(outDir)) renameSync(outDir, old);
renameSync(tmp, outDir);
rmSync(old, { recursive: true, force: true });
console.log(`Site written to ${outDir}`);
