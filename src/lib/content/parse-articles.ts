import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { isLang, LANGS, type Lang } from '../../i18n/keys.ts';
import { articleSchema, type ArticleFrontmatter } from '../../schemas/article.ts';
import { checkBodyLimits } from './check-limits.ts';
import type { IssueList } from './content-error.ts';
import { excerpt } from './excerpt.ts';
import type { YamlParser } from './positions.ts';
import { readContentFiles, type RawFile } from './read-files.ts';
import { parseEntry } from './zod-issues.ts';

/** An article whose two files were read and whose frontmatter passed the schema. */
export interface ParsedArticle {
  kb: string;
  files: Record<Lang, RawFile>;
  data: Record<Lang, ArticleFrontmatter>;
}

/** Reads `content/articles/{kb}/{lang}.md`, pairs the languages and validates each frontmatter. */
export function parseArticles(
  projectRoot: string,
  contentDir: string,
  issues: IssueList,
  parse?: YamlParser,
): ParsedArticle[] {
  const byArticle = new Map<string, Partial<Record<Lang, RawFile>>>();
  for (const raw of readContentFiles(projectRoot, contentDir, 'articles', '.md', issues, parse)) {
    const [folder, name] = raw.parts;
    const lang = name.slice(0, -3);
    if (!/^\d+$/.test(folder)) {
      issues.add(
        raw.file,
        '(folder)',
        `${excerpt(folder)} is not a KB number; expected the folder content/articles/{id}/ to be digits only`,
      );
      continue;
    }
    if (/^0\d/.test(folder)) {
      issues.add(
        raw.file,
        '(folder)',
        `"${folder}" has leading zeros; expected the KB number as written in search and URLs: content/articles/${folder.replace(/^0+/, '')}/`,
      );
      continue;
    }
    if (!isLang(lang)) {
      issues.add(
        raw.file,
        '(file name)',
        `${excerpt(name)} is not a site language; expected pl.md or en.md`,
      );
      continue;
    }
    byArticle.set(folder, { ...byArticle.get(folder), [lang]: raw });
  }
  const out: ParsedArticle[] = [];
  for (const [kb, files] of [...byArticle].sort(([a], [b]) => Number(a) - Number(b))) {
    const missing = LANGS.filter((l) => !files[l]);
    // A language file that is there but was refused (bad YAML, bytes, a link) is reported already.
    if (missing.some((l) => present(join(contentDir, 'articles', kb, `${l}.md`)))) continue;
    if (missing.length > 0) {
      const present = LANGS.find((l) => files[l])!;
      issues.add(
        files[present]!.file,
        '(language)',
        `the article exists only in "${present}"; expected content/articles/${kb}/${missing.join('.md and ')}.md as well`,
      );
      continue;
    }
    const both = files as Record<Lang, RawFile>;
    const [pl, en] = LANGS.map((lang) =>
      parseEntry(articleSchema, both[lang].data, both[lang].file, issues),
    );
    // Limits first: a body past them is never rendered (deep nesting overflows the stack).
    const fit = LANGS.map((lang) =>
      checkBodyLimits(both[lang].body, both[lang].bodyLine, both[lang].file, issues),
    );
    if (pl && en && fit.every(Boolean)) out.push({ kb, files: both, data: { pl, en } });
  }
  return out;
}

/** Whether anything (a file, a folder, a link, even a dangling one) is at `path`. */
function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
