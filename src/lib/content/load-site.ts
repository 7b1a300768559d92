import { join } from 'node:path';
import { LANGS, type Lang } from '../../i18n/keys';
import { useTranslations } from '../../i18n';
import { articleSchema, type ArticleFrontmatter } from '../../schemas/article';
import { renderArticleBody } from '../markdown/render';
import { checkArticle, checkParity } from './check-article';
import { checkInternalLinks } from './check-links';
import { IssueList } from './content-error';
import { loadErrors, loadEvents } from './load-catalogs';
import type { ArticleVersion, SiteContent } from './model';
import { readContentFiles, type RawFile } from './read-files';
import { RESERVED_IDS } from './reserved-ids';
import { parseEntry } from './zod-issues';

/**
 * Reads, validates and renders the whole content tree (`content/`), per the contract.
 * Every problem is collected, then all are thrown at once as a `ContentError` naming the
 * file, the field and what was expected. Nothing is skipped silently.
 */
export function loadSite(projectRoot: string, contentDir = join(projectRoot, 'content')): SiteContent {
  const issues = new IssueList();
  const events = loadEvents(projectRoot, contentDir, issues);
  const errors = loadErrors(projectRoot, contentDir, issues);

  const byArticle = new Map<string, Partial<Record<Lang, RawFile>>>();
  for (const raw of readContentFiles(projectRoot, contentDir, 'articles', '.md', issues)) {
    const [folder, name] = raw.parts;
    const lang = name.slice(0, -3);
    if (!/^\d+$/.test(folder)) {
      issues.add(raw.file, '(folder)', `"${folder}" is not a KB number; expected the folder content/articles/{id}/ to be digits only`);
      continue;
    }
    if (!(LANGS as readonly string[]).includes(lang)) {
      issues.add(raw.file, '(file name)', `"${name}" is not a site language; expected pl.md or en.md`);
      continue;
    }
    byArticle.set(folder, { ...byArticle.get(folder), [lang]: raw });
  }

  const versions: ArticleVersion[] = [];
  for (const [kb, files] of [...byArticle].sort(([a], [b]) => Number(a) - Number(b))) {
    const missing = LANGS.filter((l) => !files[l]);
    if (missing.length > 0) {
      const present = LANGS.find((l) => files[l])!;
      issues.add(files[present]!.file, '(language)', `the article exists only in "${present}"; expected content/articles/${kb}/${missing.join('.md and ')}.md as well`);
      continue;
    }
    const parsed = LANGS.map((lang) => parseFrontmatter(files[lang]!, issues));
    if (parsed.some((p) => p === undefined)) continue;
    const pair: ArticleVersion[] = [];
    let sourceIds: string[] | undefined;
    LANGS.forEach((lang, i) => {
      const raw = files[lang]!;
      const data = parsed[i]!;
      const t = useTranslations(lang);
      const body = renderArticleBody(raw.body, {
        steps: data.steps,
        stepAliases: data.aliases.steps,
        stepLabel: (n) => t.t('step.label', { n }),
        anchorLabel: t.t('anchor.heading'),
        reserved: [...RESERVED_IDS, ...data.steps.map((s) => s.id), ...Object.keys(data.aliases.steps)],
        ...(sourceIds ? { headingIds: sourceIds } : {}),
      });
      sourceIds ??= body.headings.filter((h) => h.id && !data.steps.some((s) => s.id === h.id)).map((h) => h.id);
      const version: ArticleVersion = {
        kb,
        lang,
        file: raw.file,
        data,
        html: body.html,
        headings: body.headings,
        stepText: Object.fromEntries(body.stepBlocks.filter((b) => b.id).map((b) => [b.id!, b.text])),
      };
      checkArticle(version, body.stepBlocks, raw.bodyLine, { events, errors }, issues);
      pair.push(version);
    });
    checkParity(pair[0]!, pair[1]!, issues);
    versions.push(...pair);
  }

  checkArticleAliases(versions, issues);
  const articleMap = new Map(versions.map((v) => [`${v.kb}/${v.lang}`, v] as const));
  const targets = { articles: articleMap, eventIds: new Set(events.map((e) => String(e.id))), errorCodes: new Set(errors.map((e) => e.code)) };
  for (const version of versions) checkInternalLinks(version, targets, issues);

  issues.throwIfAny();
  return { articles: versions, events, errors, warnings: issues.warnings };
}

/** Refuses a former KB number that is a current article or claimed by two articles. */
function checkArticleAliases(versions: readonly ArticleVersion[], issues: IssueList): void {
  const current = new Set(versions.map((v) => v.kb));
  const claimed = new Map<string, string>();
  for (const v of versions.filter((x) => x.lang === LANGS[0])) {
    v.data.aliases.articles.forEach((old, i) => {
      const field = `aliases.articles[${i}]`;
      if (current.has(old)) issues.add(v.file, field, `KB ${old} is a current article; expected only former KB numbers`);
      else if (claimed.has(old)) issues.add(v.file, field, `KB ${old} is already a former number of KB ${claimed.get(old)}; expected each former number once`);
      claimed.set(old, v.kb);
    });
  }
}

/** Validates one file's frontmatter, recording every schema problem. */
function parseFrontmatter(raw: RawFile, issues: IssueList): ArticleFrontmatter | undefined {
  return parseEntry(articleSchema, raw.data, raw.file, issues);
}
