// Runs the site's real build on a benchmark corpus under V8's CPU profiler and prints where the
// time goes: by package or source file (self time) and by function (inclusive time).
//
//   node bench/profile/profile-build.mjs [N=1000]     (corpus from a previous `npm run bench`)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeProfile } from './analyze-profile.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Functions worth naming in a report even when they are not at the top of a list. Async page
 * rendering is left out: V8 cuts stacks at `await`, so its inclusive time would be far too low.
 */
const SUSPECTS = [
  [/^loadSite src\//, 'loadSite: read + validate + render all content'],
  [/^renderArticleBody src\//, '  renderArticleBody (unified Markdown pipeline)'],
  [/^fromMarkdown mdast-util-from-markdown/, '    Markdown parsing (micromark)'],
  [/^raw hast-util-raw/, '    rehype-raw (parse5 re-parse)'],
  [/^sanitize hast-util-sanitize/, '    rehype-sanitize'],
  [/^parseFrontmatter src\//, '  frontmatter schema (zod)'],
  [/^checkArticle src\//, '  checkArticle'],
  [/^checkInternalLinks src\//, '  checkInternalLinks'],
  [/^useTranslations /, 'useTranslations (all callers)'],
  [/^getCollection /, 'getCollection (all callers)'],
  [/^serializeDataStore astro/, 'content data store serialisation (devalue)'],
];

/** Builds corpus `n` with the CPU profiler on; returns the summary of the biggest profile (Astro's process). */
export function profileBuild(n) {
  const base = join(root, 'bench', '.corpus', String(n));
  const content = join(base, 'content');
  if (!existsSync(content))
    throw new Error(`no corpus at ${content}; run \`npm run bench -- --sizes=${n}\` first`);
  const profDir = join(base, 'cpu-profile');
  for (const d of [profDir, join(base, 'out-profile'), join(base, 'cache-profile')])
    rmSync(d, { recursive: true, force: true });
  const env = {
    ...process.env,
    PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    KB_CONTENT_DIR: content,
    KB_OUT_DIR: join(base, 'out-profile'),
    KB_CACHE_DIR: join(base, 'cache-profile'),
    NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profDir}`,
  };
  const res = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (res.status !== 0) throw new Error(`the profiled build failed (exit ${res.status})`);
  const files = readdirSync(profDir).map((f) => join(profDir, f));
  const biggest = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  return { file: biggest, ...analyzeProfile(biggest, root) };
}

/** The summary as printable lines. */
export function formatProfile(s, top = 15) {
  const line = ([k, v]) => `${(v / 1000).toFixed(2).padStart(8)} s  ${k}`;
  const pct = (v) => `${((100 * v) / s.totalMs).toFixed(0)}%`;
  const suspects = SUSPECTS.map(([re, label]) => {
    // Summed over same-named functions of different files (the source and its bundled copy).
    const hits = s.inclusive.filter(([k]) => re.test(k));
    const ms = hits.reduce((sum, [, v]) => sum + v, 0);
    return hits.length
      ? `${(ms / 1000).toFixed(2).padStart(8)} s  ${pct(ms).padStart(4)}  ${label}`
      : `     n/a        ${label}`;
  });
  return [
    `profile ${s.file}: ${(s.totalMs / 1000).toFixed(1)} s sampled`,
    '',
    'named costs (inclusive):',
    ...suspects,
    '',
    `self time by package / file (top ${top}):`,
    ...s.selfByOrigin.slice(0, top).map(line),
    '',
    `inclusive time of our source functions (top ${top}):`,
    ...s.inclusive
      .filter(([k]) => / src\//.test(k))
      .slice(0, top)
      .map(line),
    '',
    `self time by function (top ${top}):`,
    ...s.selfByFunction.slice(0, top).map(line),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 1000);
  console.log(formatProfile(profileBuild(n)));
}
