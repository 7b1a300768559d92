import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dump, load } from 'js-yaml';
import { join } from 'node:path';
import { writeCorpus } from '../gen/corpus.mjs';
import { buildPhases } from './build-phases.mjs';
import { distStats } from './dist-stats.mjs';
import { articleWeights } from './page-weight.mjs';
import { runMeasured } from './run-measured.mjs';
import { searchFigures } from './search-figures.mjs';

/** The environment of a build: the repository's own Node and tools first, telemetry off. */
function buildEnv(root, dirs) {
  const bin = join(root, 'node_modules', '.bin');
  return {
    ...process.env,
    PATH: `${bin}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    KB_CONTENT_DIR: dirs.content,
    KB_OUT_DIR: dirs.out,
    KB_CACHE_DIR: dirs.cache,
  };
}

/** Removes the output and cache of a previous run, so every build is a cold one. */
function fresh(...dirs) {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}

/**
 * Generates (or reuses) the corpus of `n` articles, builds it with the bare-Astro baseline and
 * with the site's real build (`node scripts/build.mjs`), and measures both (`repeat` times each,
 * keeping the fastest). `log(text)` reports progress. Returns every figure of the run; budgets are checked by the caller.
 */
export async function benchSize({
  root,
  n,
  seed,
  baseline = true,
  baselineTimeoutMs,
  log,
  ...opts
}) {
  const base = join(root, 'bench', '.corpus', String(n));
  const content = join(base, 'content');
  mkdirSync(base, { recursive: true });
  const corpus = writeCorpus({ seed, n, contentDir: content });
  log(
    `N=${n}: corpus ${corpus.reused ? 'reused' : 'generated'} in ${(corpus.ms / 1000).toFixed(1)} s (${content})`,
  );

  const repeat = Math.max(1, opts.repeat ?? 1);
  const baselineDirs = {
    content,
    out: join(base, 'out-baseline'),
    cache: join(base, 'cache-baseline'),
  };
  const siteDirs = { content, out: join(base, 'out-site'), cache: join(base, 'cache-site') };
  const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const builds = {
    // The baseline's Astro is started directly (what `npx astro` resolves to) to keep npx's own start-up out of the figure.
    baseline: {
      dirs: baselineDirs,
      args: [astroBin, 'build', '--root', join(root, 'bench', 'baseline')],
      label: 'bare-Astro baseline',
    },
    ours: {
      dirs: siteDirs,
      args: [join(root, 'scripts', 'build.mjs')],
      label: 'site (node scripts/build.mjs)',
    },
  };
  const runs = { baseline: [], ours: [] };
  // Alternating baseline and site builds spreads the load of other processes on this shared
  // machine over both; with --repeat the fastest run of each counts (the least disturbed one).
  /** One measured build of `kind`; `label` names its log (a cold build clears the cache first). */
  const measure = async (kind, label, cold = false) => {
    const b = builds[kind];
    if (cold) fresh(b.dirs.out, b.dirs.cache);
    log(`N=${n}: building the ${b.label} (${label})…`);
    const loadBefore = loadavg()[0];
    const logFile = join(base, `build-${kind}-${label.replace(/\W+/g, '-')}.log`);
    const run = await runMeasured(process.execPath, b.args, {
      cwd: root,
      env: buildEnv(root, b.dirs),
      logFile,
      // Bare Astro may take far longer than ours on a large corpus: it is stopped at the limit.
      timeoutMs: kind === 'baseline' ? baselineTimeoutMs : undefined,
    });
    run.loadAvg1mBefore = Number(loadBefore.toFixed(2));
    run.loadAvg1mAfter = Number(loadavg()[0].toFixed(2));
    run.phases = buildPhases(logFile);
    const status = run.ok ? 'done' : run.timedOut ? 'STOPPED at the time limit' : 'FAILED';
    log(
      `N=${n}: ${kind} ${label} ${status} after ${(run.wallMs / 1000).toFixed(1)} s (load average ${run.loadAvg1mBefore} → ${run.loadAvg1mAfter})`,
    );
    if (!run.ok && !run.timedOut) log(`--- last lines of ${logFile} ---\n${run.logTail}`);
    return run;
  };
  for (let i = 0; i < repeat; i += 1) {
    for (const kind of baseline ? ['baseline', 'ours'] : ['ours']) {
      const label = repeat > 1 ? `cold run ${i + 1} of ${repeat}` : 'cold';
      runs[kind].push(await measure(kind, label, true));
    }
  }
  const best = (list) =>
    list.length === 0
      ? undefined
      : {
          ...list.reduce((a, b) => (b.ok && (!a.ok || b.wallMs < a.wallMs) ? b : a)),
          ok: list.every((r) => r.ok),
          allWallMs: list.map((r) => r.wallMs),
          peakBytes: Math.max(...list.map((r) => r.peakBytes)),
        };
  const baselineRun = best(runs.baseline);
  const ours = best(runs.ours);
  const dirs = siteDirs;
  const baselineDist =
    baselineRun?.ok && existsSync(baselineDirs.out) ? distStats(baselineDirs.out) : undefined;

  const dist = ours.ok && existsSync(dirs.out) ? distStats(dirs.out) : undefined;
  const weight = dist ? articleWeights(dist.articlePages, dirs.out) : undefined;
  if (dist) delete dist.articlePages;
  if (baselineDist) delete baselineDist.articlePages;
  const search = ours.ok
    ? await searchFigures(join(root, 'bench', 'search.mjs'), {
        n,
        outDir: dirs.out,
        contentDir: content,
      })
    : { available: false, reason: 'site build failed' };

  // Warm builds, after the output was measured: the cache of the last cold build kept, one edit each.
  const warm = runs.ours.at(-1)?.ok
    ? await warmBuilds({ content, run: (label) => measure('ours', label) })
    : undefined;

  const strip = (run) => run && { ...run, logTail: run.ok ? undefined : run.logTail };
  return {
    n,
    seed,
    corpus,
    baseline: strip(baselineRun),
    ours: strip(ours),
    warm: warm && { body: strip(warm.body), catalog: strip(warm.catalog), edited: warm.edited },
    dist,
    baselineDist,
    weight,
    search,
  };
}

/**
 * After a cold build, edits one article body and rebuilds keeping the cache, then the same for
 * one catalog entry (an event's title); each file is put back as it was, so the corpus stays the
 * seeded one. Returns both measured runs and which files were edited.
 */
async function warmBuilds({ content, run }) {
  const first = (dir) => readdirSync(dir).sort()[0];
  const articleDir = join(content, 'articles', first(join(content, 'articles')));
  const articleFile = join(articleDir, 'en.md');
  const source = first(join(content, 'events'));
  const eventFile = join(content, 'events', source, first(join(content, 'events', source)));
  const withEdit = async (file, change, label) => {
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, change(before));
    try {
      return await run(label);
    } finally {
      writeFileSync(file, before);
    }
  };
  const body = await withEdit(
    articleFile,
    (text) => `${text}\nA paragraph added between two builds.\n`,
    'warm, one article body edited',
  );
  const catalog = await withEdit(
    eventFile,
    (text) => {
      const event = load(text);
      event.title.pl = `${event.title.pl} (edited)`;
      return dump(event, { lineWidth: -1 });
    },
    'warm, one event title edited',
  );
  return { body, catalog, edited: { article: articleFile, event: eventFile } };
}
