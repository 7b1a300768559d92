// The links gate: every internal link and #fragment of a built site must resolve.
// External links are listed (never fetched): the network is not ours to depend on.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Every HTML file under a folder, with the URL path it is served at. */
function pages(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) {
        const rel = relative(dir, p).split(sep).join('/');
        out.push({ file: p, path: `/${rel.replace(/(^|\/)index\.html$/, '$1')}` });
      }
    }
  };
  walk(dir);
  return out;
}

/** A percent-decoded URL part, or undefined when its percent-encoding is malformed. */
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

const decode = (s) => s.replaceAll('&amp;', '&').replaceAll('&#38;', '&').replaceAll('&quot;', '"');

/** The element ids of a page. */
function idsOf(html) {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1])));
}

/**
 * Checks a built site: each `href`/`src` that stays on the site must name a built file, and each
 * `#fragment` an element of its target page. Returns the broken links and the external ones.
 */
export function checkDistLinks(dir, site = 'https://kb.example.com/') {
  const origin = new URL(site).origin;
  const all = pages(dir);
  const idCache = new Map();
  const ids = (file) => {
    if (!idCache.has(file)) idCache.set(file, idsOf(readFileSync(file, 'utf8')));
    return idCache.get(file);
  };
  // Most links of a site lead to the same few targets (navigation, assets, the page itself for
  // a #fragment): each path is resolved on disk once.
  const targets = new Map();
  const resolveOnce = (pathname) => {
    if (!targets.has(pathname)) targets.set(pathname, resolveFile(dir, pathname));
    return targets.get(pathname);
  };
  // A root-relative link (`/pl/events/`) means the same on every page: parsed once.
  const rooted = new Map();
  const parse = (value, base) => {
    if (!value.startsWith('/') || value.startsWith('//')) return new URL(value, base);
    if (!rooted.has(value)) rooted.set(value, new URL(value, origin));
    return rooted.get(value);
  };
  const broken = [];
  const external = new Set();
  for (const page of all) {
    const html = readFileSync(page.file, 'utf8');
    const base = new URL(page.path, origin);
    for (const [, attr, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const value = decode(raw);
      if (/^(mailto|tel|data):/i.test(value)) continue;
      let url;
      try {
        url = parse(value, base);
      } catch {
        broken.push({ page: page.path, link: value, reason: 'not a valid URL' });
        continue;
      }
      if (url.origin !== origin) {
        external.add(url.href);
        continue;
      }
      const target = resolveOnce(url.pathname);
      if (typeof target !== 'string') {
        broken.push({
          page: page.path,
          link: value,
          reason: target?.reason ?? `no file is built for ${url.pathname}`,
        });
        continue;
      }
      const fragment = safeDecode(url.hash.slice(1));
      if (fragment === undefined) {
        broken.push({
          page: page.path,
          link: value,
          reason: 'malformed percent-encoding in #fragment',
        });
        continue;
      }
      if (attr === 'href' && fragment && target.endsWith('.html') && !ids(target).has(fragment)) {
        broken.push({
          page: page.path,
          link: value,
          reason: `${url.pathname} has no element with id "${fragment}"`,
        });
      }
    }
  }
  return { pages: all.length, broken, external: [...external].sort() };
}

/**
 * The built file serving a path, if any, as a static server would find it: each path segment
 * decoded on its own, and a segment that decodes to `/`, `\\`, `.` or `..` or a malformed escape
 * names no file (`..%2F..%2Fetc%2Fpasswd` never leaves the folder). Returns `{ reason }` for a
 * path that cannot name a file, undefined for one that is not built.
 */
function resolveFile(dir, pathname) {
  const root = resolve(dir);
  const segments = pathname.split('/').slice(1).map(safeDecode);
  if (segments.some((s) => s === undefined))
    return { reason: `malformed percent-encoding in ${pathname}` };
  if (segments.some((s) => s === '.' || s === '..' || /[/\\\0]/.test(s)))
    return { reason: `${pathname} names no file inside the site (encoded / or ..)` };
  const clean = join(root, ...segments);
  if (clean !== root && !clean.startsWith(root + sep))
    return { reason: `${pathname} leads outside the site` };
  const candidates = pathname.endsWith('/')
    ? [join(clean, 'index.html')]
    : [clean, join(clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
