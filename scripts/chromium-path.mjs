// Which Chromium the browser tests drive, in one place for `ensure-chromium.mjs` and the
// Playwright config. Debian's `chromium-headless-shell` comes first: it is the headless build
// Playwright itself runs by default, from the same Chromium source and version as Debian's
// `chromium`, and it costs about a third of the CPU per page (measured here: 20 browser contexts
// took 8 CPU seconds against 27). The full browser is the fallback.
import { existsSync } from 'node:fs';

/** The Debian package that provides the preferred browser. */
export const PREFERRED_PACKAGE = 'chromium-headless-shell';

/** Where a Chromium may be, best first (`CHROMIUM_PATH` overrides all). */
export const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter(Boolean);

/** The first Chromium found, or undefined. */
export const findChromium = () => CANDIDATES.find((p) => existsSync(p));
