// Finds the Chromium the browser tests drive, or installs Debian's package when we may.
// Playwright's own browser download cannot work on these machines (no registry but npm and Debian).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter(Boolean);

const found = () => CANDIDATES.find((p) => existsSync(p));

if (!found()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('Chromium not found: installing Debian package "chromium" with apt-get…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
}
const path = found();
if (!path) {
  console.error(
    'Browser tests need Chromium. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium binary).',
  );
  process.exit(1);
}
console.log(`Using Chromium at ${path}`);
