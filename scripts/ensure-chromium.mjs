// Finds the Chromium the browser tests drive (scripts/chromium-path.mjs), or installs Debian's
// headless shell when we may. Playwright's own browser download cannot work on these machines (no
// registry but npm and Debian).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, PREFERRED_PACKAGE } from './chromium-path.mjs';

const preferred = `/usr/bin/${PREFERRED_PACKAGE}`;
if (!process.env.CHROMIUM_PATH && !existsSync(preferred)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log(`Installing Debian package "${PREFERRED_PACKAGE}" with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const install = () =>
      spawnSync('apt-get', ['install', '-y', '-qq', PREFERRED_PACKAGE], { stdio: 'inherit', env })
        .status === 0;
    // The package lists may be stale on a fresh machine: refresh them once if the first try fails.
    if (!install()) {
      spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      // Failing that, the full browser (if there is one) still runs the tests.
      if (!install()) console.log(`Could not install ${PREFERRED_PACKAGE}; looking for chromium.`);
    }
  }
}
const path = findChromium();
if (!path) {
  console.error(
    `Browser tests need Chromium. Install it with: sudo apt-get install -y ${PREFERRED_PACKAGE} (or chromium, or set CHROMIUM_PATH to a Chromium binary).`,
  );
  process.exit(1);
}
console.log(`Using Chromium at ${path}`);
