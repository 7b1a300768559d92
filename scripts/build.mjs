// Builds the site into a fresh folder and swaps it in only on success, so a refused content
// tree or a failed build leaves the last good dist/ exactly as it was.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { checkDistLinks } from './check-links.mjs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const outDir = resolve(process.env.KB_OUT_DIR ?? 'dist');
// astro.config reads KB_OUT_DIR too (for preview); the build itself goes to the temporary folder.
const tmp = `${outDir}.tmp-${process.pid}`;
const old = `${outDir}.old-${process.pid}`;

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
if (build.status !== 0) {
  rmSync(tmp, { recursive: true, force: true });
  console.error(
    `\nBuild failed; ${existsSync(outDir) ? `the previous ${outDir} is untouched` : 'no output was written'}.`,
  );
  process.exit(build.status ?? 1);
}
// Gate: a link or #fragment that leads nowhere stops the build before the output is swapped in.
const gateStart = performance.now();
const links = checkDistLinks(tmp, process.env.KB_SITE_URL ?? 'https://kb.example.com');
console.log(`Link gate: ${links.pages} pages in ${Math.round(performance.now() - gateStart)} ms`);
if (links.broken.length > 0) {
  rmSync(tmp, { recursive: true, force: true });
  console.error(
    `\nBroken internal links (${links.broken.length}); the previous output is untouched:`,
  );
  for (const b of links.broken.slice(0, 50)) console.error(`  ${b.page}: ${b.link} (${b.reason})`);
  process.exit(1);
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/external-links.txt', links.external.map((l) => `${l}\n`).join(''));
console.log(
  `Links: ${links.pages} pages checked, no broken internal link; ${links.external.length} external links listed in reports/external-links.txt (not fetched).`,
);

if (existsSync(outDir)) renameSync(outDir, old);
renameSync(tmp, outDir);
rmSync(old, { recursive: true, force: true });
console.log(`Site written to ${outDir}`);
