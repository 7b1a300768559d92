// `npm run check:content` at 1,000 articles (issue 12: at most 3 s). Measured cold (no
// node_modules/.cache/kb-check: no rendered bodies, parsed YAML or compiled modules) and warm (a
// second check, as an author runs it after an edit), on the bench's own corpus, through the same
// command an author types.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from '../gen/corpus.mjs';

/** The budget, in seconds, for a check of 1,000 articles. */
export const CHECK_CONTENT_LIMIT_S = 3;

/** Times `npm run check:content` on the N-article corpus; returns the figures and a pass flag. */
export function benchCheckContent({ root, seed, n = 1000, log = console.log }) {
  const content = join(root, 'bench', '.corpus', String(n), 'content');
  writeCorpus({ seed, n, contentDir: content });
  const run = () => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'check-content.ts')], {
      cwd: root,
      env: { ...process.env, KB_CONTENT_DIR: content },
      encoding: 'utf8',
    });
    if (r.status !== 0)
      throw new Error(`check:content failed on the corpus:\n${r.stdout}${r.stderr}`);
    return (performance.now() - t0) / 1000;
  };
  rmSync(join(root, 'node_modules', '.cache', 'kb-check'), { recursive: true, force: true });
  const cold = run();
  const warm = run();
  const ok = warm <= CHECK_CONTENT_LIMIT_S;
  log(
    `check:content at N=${n}: cold ${cold.toFixed(1)} s, warm ${warm.toFixed(1)} s (budget ${CHECK_CONTENT_LIMIT_S} s, warm): ${ok ? 'ok' : 'FAIL'}`,
  );
  return { n, coldS: cold, warmS: warm, limitS: CHECK_CONTENT_LIMIT_S, ok };
}
