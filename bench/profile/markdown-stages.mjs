// Times the Markdown stages of our article pipeline on benchmark bodies, in CPU milliseconds per
// body (CPU time, not wall time, because the machine is shared and wall time swings with load).
// It rebuilds src/lib/markdown/render.ts from the same packages minus our two plugins (which
// the cpu profile shows are cheap), and compares it with satteri, Astro 7's native Markdown
// processor that the bare-Astro baseline uses.
//
//   node bench/profile/markdown-stages.mjs [N=1000] [bodies=300]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Markdown bodies (frontmatter removed) of the first `count` files of a benchmark corpus. */
export function sampleBodies(n, count) {
  const dir = join(root, 'bench', '.corpus', String(n), 'content', 'articles');
  const bodies = [];
  for (const kb of readdirSync(dir).sort()) {
    for (const lang of ['pl', 'en'])
      bodies.push(
        readFileSync(join(dir, kb, `${lang}.md`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''),
      );
    if (bodies.length >= count) break;
  }
  return bodies;
}

/** CPU milliseconds per body of `fn(body)`, best of `rounds` (the least disturbed by other load). */
export function cpuPerBody(bodies, fn, rounds = 3) {
  let best = Infinity;
  for (let r = 0; r < rounds; r += 1) {
    const c0 = process.cpuUsage();
    for (const b of bodies) fn(b);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000 / bodies.length);
  }
  return best;
}

/** The unified processor as render.ts builds it, per call, minus remark-steps and rehype-heading-ids. */
const fullPipeline = () =>
  unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize)
    .use(rehypeAutolinkHeadings, { behavior: 'append' })
    .use(rehypeStringify);

const run = (p, b) => p.stringify(p.runSync(p.parse(b)));

/** Every stage's cost, cumulative, in CPU ms per body. */
export async function markdownStages(bodies) {
  const stages = [];
  const add = (name, fn) => stages.push({ name, msPerBody: cpuPerBody(bodies, fn) });
  add('remark-parse only (micromark)', (b) => unified().use(remarkParse).parse(b));
  add('+ remark-gfm + remark-directive (parse)', (b) =>
    unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(b),
  );
  const noRaw = () =>
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkDirective)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeStringify);
  add('+ remark-rehype + stringify (no raw/sanitize)', (b) => run(noRaw(), b));
  add('+ rehype-raw + sanitize + autolink = render.ts', (b) => run(fullPipeline(), b));
  const frozen = fullPipeline().freeze();
  add('same, one processor reused (not rebuilt per call)', (b) => run(frozen, b));
  try {
    const { markdownToHtml } = await import('satteri');
    add('satteri, Astro 7 default (baseline)', (b) => markdownToHtml(b));
    add('satteri + directive + rawHtml', (b) =>
      markdownToHtml(b, { features: { gfm: true, directive: true, rawHtml: true } }),
    );
  } catch (e) {
    stages.push({ name: `satteri unavailable: ${e.message}`, msPerBody: NaN });
  }
  return stages;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 1000);
  const bodies = sampleBodies(n, Number(process.argv[3] ?? 300));
  const kb = bodies.reduce((s, b) => s + Buffer.byteLength(b), 0) / bodies.length / 1000;
  console.log(
    `${bodies.length} bodies of the N=${n} corpus, ${kb.toFixed(1)} kB on average; CPU ms per body, best of 3:`,
  );
  for (const s of await markdownStages(bodies))
    console.log(`${s.msPerBody.toFixed(2).padStart(8)}  ${s.name}`);
}
