// The sites the tests run against, each built once per `npm test` into a fixed folder and shared:
// the Vitest build tests read them, Playwright only serves them.
//   node scripts/test-sites.mjs build [name…]   clean build (fresh cache) of the named sites (default: all)
//   node scripts/test-sites.mjs serve <name> <port>   serves a built site with `astro preview`
// `serve` builds the site first unless KB_TEST_SITES_BUILT=1 says `npm test` has just built it,
// so a single `npx playwright test x.spec.ts` still tests the current source.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Every test site: its content folder (undefined: the real `content/`). */
export const SITES = {
  site: undefined,
  fixture: 'tests/fixtures/content/site',
};

/** Where a test site's build lives (relative to the project; under it, so builds stay apart). */
export const siteDir = (name) => `.test-sites/${name}`;

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const build = fileURLToPath(new URL('./build.mjs', import.meta.url));

/** The environment a site is built and served with. */
function siteEnv(name) {
  if (!(name in SITES))
    throw new Error(`Unknown test site "${name}" (known: ${Object.keys(SITES)})`);
  const content = SITES[name];
  return {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    KB_OUT_DIR: siteDir(name),
    KB_CACHE_DIR: `node_modules/.astro-test-${name}`,
    ...(content ? { KB_CONTENT_DIR: content } : {}),
  };
}

/** A clean build of one test site (its cache emptied first), through the real atomic build. */
export function buildSite(name) {
  const env = siteEnv(name);
  // No stale site outlives a failed build: the tests would otherwise run against old output.
  rmSync(env.KB_OUT_DIR, { recursive: true, force: true });
  rmSync(env.KB_CACHE_DIR, { recursive: true, force: true });
  const started = Date.now();
  const result = spawnSync(process.execPath, [build], { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`Test site "${name}" did not build.`);
    return false;
  }
  console.log(`Test site "${name}" built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'build') {
    const names = args.length > 0 ? args : Object.keys(SITES);
    process.exit(names.every(buildSite) ? 0 : 1);
  } else if (command === 'serve') {
    const [name, port] = args;
    if (!name || !port) throw new Error('Usage: test-sites.mjs serve <name> <port>');
    const prebuilt = process.env.KB_TEST_SITES_BUILT === '1' && existsSync(siteDir(name));
    if (!prebuilt && !buildSite(name)) process.exit(1);
    const server = spawn(
      process.execPath,
      [astro, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', port],
      { stdio: 'inherit', env: siteEnv(name) },
    );
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
    server.on('exit', (code) => process.exit(code ?? 0));
  } else {
    console.error('Usage: test-sites.mjs build [name…] | serve <name> <port>');
    process.exit(2);
  }
}
