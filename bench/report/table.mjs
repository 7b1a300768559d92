// Plain-text tables for the console: fixed columns, so two runs can be diffed by eye.

const int = (n) => Math.round(n).toLocaleString('en-US');
/** Bytes as kB (1,000) with one decimal. */
export const kB = (b) => (b === undefined || b === null ? 'n/a' : `${(b / 1000).toFixed(1)} kB`);
/** Bytes as MB (1,000,000) with one decimal. */
const MB = (b) => `${(b / 1e6).toFixed(1)} MB`;
/** Bytes as GiB with two decimals. */
const GiB = (b) => `${(b / 1024 ** 3).toFixed(2)} GiB`;
const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;
const ms = (v) => (typeof v === 'number' ? `${v.toFixed(v < 10 ? 2 : 1)} ms` : 'n/a');

/** Formats a budget's value and limit in its unit. */
function budgetText(b) {
  const f = {
    x: (v) => `${v.toFixed(2)}×`,
    bytes: b.name.includes('memory') ? GiB : kB,
    ms,
    bool: (v) => (v ? 'yes' : 'no'),
    files: String,
  }[b.unit];
  return [
    b.value === undefined || b.value === null ? 'n/a' : f(b.value),
    b.unit === 'bool' ? '' : `${b.unit === 'bytes' || b.unit === 'ms' ? '<' : '≤'} ${f(b.limit)}`,
  ];
}

/** Astro's phases of one build, in seconds. */
const phases = (p) =>
  p
    ? `${p.contentSyncAndCollectS ?? '?'} s / ${p.viteS ?? '?'} s / ${p.pageGenerationS ?? '?'} s`
    : 'n/a';
/** Our own phases: content load (bodies rendered), search index, link gate. */
const ownPhases = (p) =>
  p
    ? `${p.contentLoadS ?? '?'} s (${p.bodiesRendered ?? '?'} bodies rendered) / ${p.searchIndexS ?? '?'} s / ${p.linkGateS ?? '?'} s`
    : 'n/a';
/** A warm build's time and its ratio to the cold one. */
const warmText = (w, cold) =>
  w ? (w.ok ? `${sec(w.wallMs)} (${(w.wallMs / cold.wallMs).toFixed(2)}× cold)` : 'FAILED') : 'n/a';

/** Mean render time of one article page (`/{lang}/kb/{id}/`) from Astro's per-page log. */
const perPage = (p) => {
  const r = p?.byRoute.find((x) => x.route === '/{lang}/kb/{id}/');
  return r ? `${r.msPerPage.toFixed(2)} ms` : 'n/a';
};

/** Rows of [label, value] describing one corpus size. */
function rows(r) {
  const o = r.ours;
  const b = r.baseline;
  const d = r.dist;
  const w = r.weight;
  const idx = (lang) =>
    d?.searchIndex?.[lang]
      ? `${d.searchIndex[lang].files} files, ${kB(d.searchIndex[lang].rawBytes)} raw / ${kB(d.searchIndex[lang].gzipBytes)} gzip in all`
      : 'n/a';
  const split = (p) =>
    p ? `${kB(p.total)} (HTML ${kB(p.html)} + CSS ${kB(p.css)} + JS ${kB(p.js)})` : 'n/a';
  const s = r.search;
  return [
    [
      'corpus',
      `${int(r.corpus.articles)} articles × 2 languages, ${int(r.corpus.events)} events, ${int(r.corpus.errors)} error codes, ${MB(r.corpus.markdownBytes)} Markdown`,
    ],
    [
      'build wall time: ours',
      o.ok ? sec(o.wallMs) : `FAILED (exit ${o.exitCode}) after ${sec(o.wallMs)}`,
    ],
    [
      'build wall time: bare Astro baseline',
      b
        ? b.ok
          ? sec(b.wallMs)
          : b.timedOut
            ? `stopped after ${sec(b.wallMs)} (time limit)`
            : `FAILED (exit ${b.exitCode})`
        : 'skipped',
    ],
    [
      'ratio ours / baseline',
      o.ok && b?.ok
        ? `${(o.wallMs / b.wallMs).toFixed(2)}×`
        : o.ok && b?.timedOut
          ? `< ${(o.wallMs / b.wallMs).toFixed(2)}×`
          : 'n/a',
    ],
    ['  phases, ours: content sync / Vite / pages', phases(o.phases)],
    ['  phases, baseline', b ? phases(b.phases) : 'n/a'],
    [
      '  time before the first page: ours / baseline',
      [o, b]
        .map((x) => (x?.beforeFirstPageMs === undefined ? 'n/a' : sec(x.beforeFirstPageMs)))
        .join(' / '),
    ],
    ['  ours: content load / search index (beside the pages) / link gate', ownPhases(o.phases)],
    ['warm build: one article body edited', warmText(r.warm?.body, o)],
    ['  phases: content sync / Vite / pages', phases(r.warm?.body?.phases)],
    ['  content load / search index / link gate', ownPhases(r.warm?.body?.phases)],
    ['warm build: one event title edited', warmText(r.warm?.catalog, o)],
    ['  phases: content sync / Vite / pages', phases(r.warm?.catalog?.phases)],
    [
      '  article page render, ours / baseline',
      `${perPage(o.phases)} / ${b ? perPage(b.phases) : 'n/a'} per page`,
    ],
    [
      '  load average (1 min) before ours / baseline',
      `${o.loadAvg1mBefore ?? 'n/a'} / ${b?.loadAvg1mBefore ?? 'n/a'} (${r.cpuCount ?? '?'} CPUs; above that, timings are inflated)`,
    ],
    [
      'pages built: ours / baseline',
      `${d ? int(d.pages) : 'n/a'} / ${r.baselineDist ? int(r.baselineDist.pages) : 'n/a'}`,
    ],
    [
      'peak memory (process tree): ours / baseline',
      `${GiB(o.peakBytes)} / ${b ? GiB(b.peakBytes) : 'n/a'} (ours peaks in: ${o.peakPhase ?? 'n/a'})`,
    ],
    [
      'output size: ours / baseline',
      `${d ? MB(d.bytes) : 'n/a'} / ${r.baselineDist ? MB(r.baselineDist.bytes) : 'n/a'}`,
    ],
    ['search index pl (raw / gzip)', idx('pl')],
    ['search index en (raw / gzip)', idx('en')],
    ['article first view, median page (gzip)', split(w?.median)],
    ['article first view, heaviest page (gzip)', split(w?.heaviest)],
    [
      'pages measured for weight',
      w ? `${int(w.measured)} of ${int(w.of)} (heaviest: ${w.heaviest.file})` : 'n/a',
    ],
    ['search index load + parse', s.available ? ms(s.loadParseMs) : `n/a (${s.reason})`],
    [
      'search query median / p95',
      s.available ? `${ms(s.queryMedianMs)} / ${ms(s.queryP95Ms)}` : 'n/a',
    ],
  ];
}

/** The table of one corpus size, with its budget verdicts underneath, as printable text. */
export function formatTable(r) {
  const body = rows(r);
  const width =
    Math.max(...body.map(([l]) => l.length), ...r.budgets.map((b) => b.name.length)) + 2;
  const lines = [`\n=== N = ${int(r.n)} articles (${int(r.n * 2)} article pages) ===`];
  for (const [label, value] of body) lines.push(`${label.padEnd(width)}${value}`);
  lines.push('', `${'budget'.padEnd(width)}${'measured'.padEnd(14)}${'limit'.padEnd(14)}verdict`);
  for (const b of r.budgets) {
    const [value, limit] = budgetText(b);
    lines.push(`${b.name.padEnd(width)}${value.padEnd(14)}${limit.padEnd(14)}${b.status}`);
  }
  return lines.join('\n');
}
