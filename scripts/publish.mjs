// The last step of a build: gate the fresh output on its links, then swap it in for the old one.
// Whatever happens (a broken link, a crash of the gate, a failed rename), no temporary folder is
// left behind and the previous output stays as it was.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDistLinks } from './check-links.mjs';

/**
 * Checks the links of the site built into `tmp` and, when none is broken, replaces `outDir` with
 * it. Returns the process exit code (0 on success). `check` is the link gate and `reports` the
 * folder of the external-links list (both replaceable in tests).
 */
export function publishBuild(
  tmp,
  outDir,
  { site, check = checkDistLinks, log = console, reports = 'reports' } = {},
) {
  const old = `${outDir}.old-${process.pid}`;
  try {
    // Gate: a link or #fragment that leads nowhere stops the build before the output is swapped in.
    const gateStart = performance.now();
    const links = check(tmp, site ?? 'https://kb.example.com');
    log.log(`Link gate: ${links.pages} pages in ${Math.round(performance.now() - gateStart)} ms`);
    if (links.broken.length > 0) {
      log.error(
        `\nBroken internal links (${links.broken.length}); the previous output is untouched:`,
      );
      for (const b of links.broken.slice(0, 50)) log.error(`  ${b.page}: ${b.link} (${b.reason})`);
      return 1;
    }
    mkdirSync(reports, { recursive: true });
    writeFileSync(
      join(reports, 'external-links.txt'),
      links.external.map((l) => `${l}\n`).join(''),
    );
    log.log(
      `Links: ${links.pages} pages checked, no broken internal link; ${links.external.length} external links listed in reports/external-links.txt (not fetched).`,
    );
    const hadOutput = existsSync(outDir);
    if (hadOutput) renameSync(outDir, old);
    try {
      renameSync(tmp, outDir);
    } catch (error) {
      if (hadOutput) renameSync(old, outDir);
      throw error;
    }
    log.log(`Site written to ${outDir}`);
    return 0;
  } catch (error) {
    log.error(`\nThe link gate or the swap failed; the previous output is untouched:`, error);
    return 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}
