// `npm run new -- <kb> [--title "…"]`: writes content/articles/<kb>/pl.md and en.md, ready for
// `npm run check:content`. Refuses a KB number that exists. Node runs this file directly.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { kbNumberProblem, scaffoldArticle } from '../src/lib/content/scaffold.ts';
import { parseYaml } from '../src/lib/content/positions.ts';

/** KB numbers that existing articles list as their former numbers (`aliases.articles`). */
function formerKbNumbers(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((kb) => {
    const path = join(dir, kb, 'pl.md');
    if (!existsSync(path)) return [];
    const text = readFileSync(path, 'utf8');
    const yaml = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    const data = parseYaml(yaml).data as { aliases?: { articles?: unknown[] } } | undefined;
    return (data?.aliases?.articles ?? []).map((n) => String(n).replace(/^(?:KB|Q)?\s?/i, ''));
  });
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { title: { type: 'string' } },
});
const kb = positionals[0] ?? '';
const contentDir = resolve(process.env['KB_CONTENT_DIR'] ?? 'content');
const articles = join(contentDir, 'articles');
const existing = new Set([
  ...(existsSync(articles) ? readdirSync(articles) : []),
  ...formerKbNumbers(articles),
]);
const problem =
  positionals.length !== 1
    ? 'usage: npm run new -- <kb> [--title "…"]'
    : kbNumberProblem(kb, existing);
if (problem) {
  console.error(problem);
  process.exit(1);
}
// The author's own calendar day, in ISO form (Sweden's locale writes dates as YYYY-MM-DD).
const today = new Date().toLocaleDateString('sv-SE');
const files = scaffoldArticle({ today, ...(values.title ? { title: values.title } : {}) });
const dir = join(articles, kb);
mkdirSync(dir, { recursive: true });
for (const [lang, text] of Object.entries(files)) {
  const path = join(dir, `${lang}.md`);
  writeFileSync(path, text, { flag: 'wx' });
  console.log(`wrote ${relative(process.cwd(), path)}`);
}
console.log('Next: edit both files, then run npm run check:content (npm run dev shows them live).');
