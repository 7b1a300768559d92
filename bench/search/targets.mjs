// The search targets of issue 10 and their verdicts, for `bench/search.mjs` and `npm run bench`.

/** Targets of issue 10, per corpus size. */
export const TARGETS = {
  /** Bytes (gzip, scripts and index) before the first results of a rare body word. */
  firstRareGzip: { 1000: 60_000, 10000: 90_000 },
  /** Bytes each later query adds, at every size. */
  laterRareGzip: 30_000,
  /** Query p95 once loaded. */
  p95Ms: { 1000: 16, 10000: 40 },
  /** Index build as a share of the site's build time. */
  buildShare: 0.1,
};

const int = (x) => Math.round(x).toLocaleString('en-US');

/**
 * One verdict per target that applies to the rows: `{ name, value, status, detail }` with status
 * `pass`, `FAIL` or `n/a` (never a pass for what was not measured). `siteBuildMs` is the whole
 * site's build; `indexInBuildMs` the wall time of that build's index (built and written on a
 * worker thread beside the pages, both languages, as its log says), `indexCpuMs` that thread's
 * CPU time, which is what the index costs the build, and `indexWaitMs` how long the build waited
 * for it at the end. Without the build's own figures, the index build measured here stands in.
 */
export function searchBudgets(rows, { siteBuildMs, indexInBuildMs, indexCpuMs, indexWaitMs } = {}) {
  const out = [];
  const verdict = (name, value, limit, detail) =>
    out.push({
      name,
      value,
      limit,
      detail,
      status:
        value === undefined || !Number.isFinite(value) ? 'n/a' : value <= limit ? 'pass' : 'FAIL',
    });
  for (const r of rows) {
    const at = `${r.lang}, N=${r.n}`;
    const first = TARGETS.firstRareGzip[r.n];
    if (first !== undefined)
      verdict(
        `first results of a rare body word ≤ ${int(first)} B gzip (${at})`,
        r.firstRareGzipMax,
        first,
        `worst ${int(r.firstRareGzipMax)} B, median ${int(r.firstRareGzipMedian)} B`,
      );
    verdict(
      `a later rare word adds ≤ ${int(TARGETS.laterRareGzip)} B gzip (${at})`,
      r.laterRareGzipMax,
      TARGETS.laterRareGzip,
      `worst ${int(r.laterRareGzipMax)} B, median ${int(r.laterRareGzipMedian)} B`,
    );
    const p95 = TARGETS.p95Ms[r.n];
    if (p95 !== undefined)
      verdict(
        `query p95 ≤ ${p95} ms (${at})`,
        r.queryP95Ms,
        p95,
        `${r.queryP95Ms} ms wall, ${r.queryP95CpuMs} ms CPU, ${r.queries} queries`,
      );
  }
  const indexMs = indexCpuMs ?? rows.reduce((s, r) => s + r.indexBuildMs, 0);
  const sizes = [...new Set(rows.map((r) => r.n))].join(', ');
  const how =
    indexCpuMs === undefined
      ? `index build ${int(indexMs)} ms (both languages, measured here)`
      : `index built and written in ${int(indexMs)} ms CPU (both languages, on a worker thread beside the pages: ${int(indexInBuildMs ?? 0)} ms wall; the build waited ${int(indexWaitMs ?? 0)} ms for it)`;
  verdict(
    `index build ≤ ${TARGETS.buildShare * 100}% of the site build (N=${sizes})`,
    siteBuildMs ? indexMs / siteBuildMs : undefined,
    TARGETS.buildShare,
    siteBuildMs
      ? `${how} of a ${int(siteBuildMs)} ms site build: ${((100 * indexMs) / siteBuildMs).toFixed(1)}%`
      : `${how}; no site build in this run`,
  );
  return out;
}

/** The targets the rows break, one line each. */
export function brokenTargets(rows, opts) {
  return searchBudgets(rows, opts)
    .filter((b) => b.status === 'FAIL')
    .map((b) => `${b.name}: ${b.detail}`);
}

/** The verdicts as lines: `pass  name  (detail)`. */
export function formatBudgets(budgets) {
  return budgets.map((b) => `  ${b.status.padEnd(4)}  ${b.name}  (${b.detail})`);
}
