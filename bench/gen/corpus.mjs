import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dump } from 'js-yaml';
import { generateArticle, kbNumbers, stepIdsFor } from './article.mjs';
import { errorYaml, eventYaml, generateCatalogs } from './catalog.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** A fingerprint of the generator's own code, so a changed generator never reuses an old corpus. */
function generatorHash(seed, n) {
  const h = createHash('sha256').update(`${seed}:${n}`);
  for (const f of readdirSync(here).sort())
    if (f.endsWith('.mjs')) h.update(readFileSync(join(here, f)));
  return h.digest('hex').slice(0, 16);
}

const writeFile = (path, text) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};

/**
 * Writes the corpus of `n` articles for `seed` to `contentDir` (articles, events, errors as the
 * contract lays them out) and returns its figures. A stamp file skips regeneration when the same
 * seed, size and generator code were written before; the content is identical either way.
 */
export function writeCorpus({ seed, n, contentDir }) {
  const stampFile = join(contentDir, '.bench-stamp');
  const stamp = generatorHash(seed, n);
  const t0 = performance.now();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8').startsWith(`${stamp}\n`)) {
    return {
      reused: true,
      ...JSON.parse(readFileSync(stampFile, 'utf8').split('\n')[1]),
      ms: Math.round(performance.now() - t0),
    };
  }
  rmSync(contentDir, { recursive: true, force: true });
  const catalogs = generateCatalogs(seed, n);
  for (const e of catalogs.events)
    writeFile(
      join(contentDir, 'events', e.source, `${e.id}.yaml`),
      dump(eventYaml(e), { lineWidth: -1 }),
    );
  for (const e of catalogs.errors)
    writeFile(
      join(contentDir, 'errors', e.kind, `${e.code}.yaml`),
      dump(errorYaml(e), { lineWidth: -1 }),
    );

  const kbs = kbNumbers(seed, n);
  const stepCache = new Map();
  const site = {
    seed,
    kbs,
    catalogs,
    stepIdsOf: (kb) => stepCache.get(kb) ?? stepCache.set(kb, stepIdsFor(seed, kb)).get(kb),
  };
  let bytes = 0;
  kbs.forEach((kb, i) => {
    const files = generateArticle(site, kb, i);
    for (const lang of ['pl', 'en']) {
      writeFile(join(contentDir, 'articles', String(kb), `${lang}.md`), files[lang]);
      bytes += Buffer.byteLength(files[lang]);
    }
  });
  const figures = {
    articles: n,
    events: catalogs.events.length,
    errors: catalogs.errors.length,
    markdownBytes: bytes,
  };
  writeFileSync(stampFile, `${stamp}\n${JSON.stringify(figures)}\n`);
  return { reused: false, ...figures, ms: Math.round(performance.now() - t0) };
}
