// The list of published URLs (tests/urls.txt) that ticket links depend on.
//   npm run urls            writes the list from the built site (dist/)
//   checkUrls(...)          used by the tests: every listed URL must still be built
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Step anchors of a built page: the ids of its step sections (the contract's `#{step-id}`). */
function stepIds(html) {
  return [...html.matchAll(/<section id="([^"]+)" class="step"/g)].map((m) => m[1]);
}

/** Every page path a built site serves (`/pl/kb/843106/`), and each step anchor of it, sorted. */
export function builtPaths(distDir) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') {
        const page = `/${relative(distDir, dir)
          .split(sep)
          .filter(Boolean)
          .map((p) => `${p}/`)
          .join('')}`;
        out.push(page, ...stepIds(readFileSync(path, 'utf8')).map((id) => `${page}#${id}`));
      }
    }
  };
  walk(distDir);
  return out.sort();
}

/** Reads a URL list: one path a line; blank lines and `#` comments ignored. */
export function parseUrlList(text) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/**
 * The listed URLs a built site no longer serves: a page (or redirect page) that is gone, or a
 * `#fragment` no element of the page carries any more (a step alias keeps an old one alive).
 */
export function missingUrls(listed, distDir) {
  return listed.filter((url) => {
    const [path, fragment] = url.split('#');
    const file = join(distDir, ...path.split('/').filter(Boolean), 'index.html');
    if (!existsSync(file)) return true;
    return fragment !== undefined && !readFileSync(file, 'utf8').includes(` id="${fragment}"`);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  const out = process.argv[3] ?? 'tests/urls.txt';
  const previous = existsSync(out) ? parseUrlList(readFileSync(out, 'utf8')) : [];
  const lost = missingUrls(previous, dist);
  if (lost.length > 0) {
    console.error(
      `These published URLs are no longer built; keep them with an alias before regenerating:\n${lost.join('\n')}`,
    );
    process.exit(1);
  }
  const urls = [...new Set([...previous, ...builtPaths(dist)])].sort();
  writeFileSync(
    out,
    `# Every URL ever published. Checked on every test run; add with \`npm run urls\`, never remove.\n${urls.join('\n')}\n`,
  );
  console.log(`${urls.length} URLs in ${out}`);
}
