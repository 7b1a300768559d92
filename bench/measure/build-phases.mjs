import { readFileSync } from 'node:fs';

/** A route pattern for a page path: numbers and codes become placeholders (`/en/kb/{id}/`). */
export function routeOf(path) {
  return path
    .replace(/^\/(pl|en)\//, '/{lang}/')
    .replace(/\/kb\/\d+\//, '/kb/{id}/')
    .replace(/\/events\/\d+\//, '/events/{eventId}/')
    .replace(/\/errors\/[^/]+\//, '/errors/{code}/')
    .replace(/\/code-data\/.+$/, '/code-data/{shard}')
    .replace(/index\.html$/, '');
}

// Astro prints durations as `640ms`, `3.63s` or `3m 32s`.
const DURATION = '((?:\\d+m\\s+)?[\\d.]+m?s)';
/** A printed duration in seconds. */
function seconds(text) {
  if (!text) return undefined;
  const m = /^(?:(\d+)m\s+)?([\d.]+)(m?s)$/.exec(text.trim());
  return m
    ? Number((Number(m[1] ?? 0) * 60 + Number(m[2]) * (m[3] === 'ms' ? 0.001 : 1)).toFixed(3))
    : undefined;
}

/**
 * Splits an Astro build log into its phases (content sync and build info, of which our content
 * load; Vite bundling; static page generation; the search index beside it; the link gate; in
 * seconds as printed) and sums the per-page times Astro logs
 * (`├─ /en/kb/123/index.html (+6ms)`) by route, so a slow route stands out.
 */
export function buildPhases(logFile) {
  let text;
  try {
    text = readFileSync(logFile, 'utf8');
  } catch {
    return undefined;
  }
  const collect = new RegExp(
    `Collecting build info\\.\\.\\.\\s*\\n[^\\n]*✓ Completed in ${DURATION}`,
  ).exec(text);
  const pagesPhase = new RegExp(
    `generating static routes[\\s\\S]*?\\n[^\\n├└]*✓ Completed in ${DURATION}`,
  ).exec(text);
  const vite = [...text.matchAll(new RegExp(`\\[vite\\] ✓ built in ${DURATION}`, 'g'))].reduce(
    (s, m) => s + seconds(m[1]),
    0,
  );
  const routes = new Map();
  // Slow pages are printed in seconds (`(+1.02s)`), the rest in milliseconds.
  for (const m of text.matchAll(/[├└]─ (\S+) \(\+([\d.]+m?s)\)/g)) {
    const route = routeOf(m[1]);
    const r = routes.get(route) ?? { route, pages: 0, ms: 0 };
    r.pages += 1;
    r.ms += Math.round(seconds(m[2]) * 1000);
    routes.set(route, r);
  }
  const byRoute = [...routes.values()]
    .sort((a, b) => b.ms - a.ms)
    .map((r) => ({ ...r, msPerPage: Number((r.ms / r.pages).toFixed(2)) }));
  const load = /\[kb-site\] (\d+) article versions: (\d+) rendered[^(]*\((\d+) ms\)/.exec(text);
  const gate = /Link gate: [^\n]*?in (\d+) ms/.exec(text);
  // The content load builds the index on a worker thread beside the pages (its own time), and
  // the build waits for it at the end, if it is not done yet.
  const index =
    /Search index: \d+ files built in (\d+) ms \((\d+) ms CPU\) beside the pages; the build waited (\d+) ms/.exec(
      text,
    );
  return {
    contentLoadS: load ? Number(load[3]) / 1000 : undefined,
    bodiesRendered: load ? Number(load[2]) : undefined,
    linkGateS: gate ? Number(gate[1]) / 1000 : undefined,
    searchIndexS: index ? Number(index[1]) / 1000 : undefined,
    searchIndexCpuS: index ? Number(index[2]) / 1000 : undefined,
    searchIndexWaitS: index ? Number(index[3]) / 1000 : undefined,
    contentSyncAndCollectS: seconds(collect?.[1]),
    viteS: Number(vite.toFixed(2)),
    pageGenerationS: seconds(pagesPhase?.[1]),
    byRoute,
  };
}
