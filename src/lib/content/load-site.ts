import { join } from 'node:path';
import { LANGS, type Lang } from '../../i18n/keys.ts';
import { renderHere } from '../markdown/batch-renderer.ts';
import { catalogKeys, checkArticle, checkParity } from './check-article.ts';
import { checkInternalLinks } from './check-links.ts';
import { checkFreshness } from './freshness.ts';
import { IssueList } from './content-error.ts';
import { loadErrors, loadEvents } from './load-catalogs.ts';
import type { ArticleVersion, SiteContent } from './model.ts';
import type { YamlParser } from './positions.ts';
import { parseArticles, type ParsedArticle } from './parse-articles.ts';
import { warnUnreadEntries } from './read-files.ts';
import { renderBodies, renderJob, sha256Digest, type RenderContext } from './render-bodies.ts';

/** How {@link loadSite} renders and parses YAML, and what an earlier load left to reuse (all optional). */
export type LoadOptions = Partial<RenderContext> & { parseYaml?: YamlParser };

/**
 * Reads, validates and renders the whole content tree (`content/`), per the contract.
 * Every problem is collected, then all are thrown at once as a `ContentError` naming the
 * file, the field and what was expected. Nothing is skipped silently. Bodies are rendered by
 * `options.render` (in this thread by default; the build spreads them over worker threads), and
 * a body whose render job is unchanged since `options.previous` is reused, not rendered again.
 * Every check, across the whole site, runs on every load.
 */
export async function loadSite(
  projectRoot: string,
  contentDir = join(projectRoot, 'content'),
  options: LoadOptions = {},
): Promise<SiteContent> {
  const context: RenderContext = {
    render: options.render ?? renderHere,
    digest: options.digest ?? sha256Digest,
    previous: options.previous ?? (() => undefined),
  };
  const issues = new IssueList();
  warnUnreadEntries(projectRoot, contentDir, issues);
  const parse = options.parseYaml;
  const events = loadEvents(projectRoot, contentDir, issues, parse);
  const errors = loadErrors(projectRoot, contentDir, issues, parse);
  const articles = parseArticles(projectRoot, contentDir, issues, parse);

  // The source language first: the other one takes its heading ids by position.
  const [source, other] = LANGS;
  const task = (a: ParsedArticle, lang: Lang, ids?: Parameters<typeof renderJob>[3]) => ({
    id: `${a.kb}/${lang}`,
    file: a.files[lang].file,
    job: renderJob(a.files[lang].body, a.data[lang], lang, ids),
  });
  const first = await renderBodies(
    articles.map((a) => task(a, source)),
    context,
    issues,
  );
  const sourceIds = first.bodies.map(({ body }) => {
    const own = body.headings.filter((h) => h.id && !h.step);
    return { ids: own.map((h) => h.id), formerIds: own.map((h) => h.formerId) };
  });
  const second = await renderBodies(
    articles.map((a, i) => task(a, other, sourceIds[i])),
    context,
    issues,
  );

  const versions: ArticleVersion[] = [];
  const keys = catalogKeys(events, errors);
  articles.forEach((article, i) => {
    const pair = (
      [
        [source, first.bodies[i]!],
        [other, second.bodies[i]!],
      ] as const
    ).map(([lang, { digest, body }]) => {
      const raw = article.files[lang];
      const version: ArticleVersion = {
        kb: article.kb,
        lang,
        file: raw.file,
        data: article.data[lang],
        html: body.html,
        headings: body.headings,
        stepBlocks: body.stepBlocks,
        renderDigest: digest,
      };
      checkArticle(version, body.stepBlocks, raw.bodyLine, keys, issues, raw.body);
      return version;
    });
    checkParity(pair[0]!, pair[1]!, issues);
    checkFreshness(pair[0]!, pair[1]!, issues);
    versions.push(...pair);
  });

  checkArticleAliases(versions, issues);
  const articleMap = new Map(versions.map((v) => [`${v.kb}/${v.lang}`, v] as const));
  const targets = {
    articles: articleMap,
    eventIds: new Set(events.map((e) => String(e.id))),
    errorCodes: new Set(errors.map((e) => e.code)),
  };
  const sources = new Map(
    articles.flatMap((a) => LANGS.map((l) => [a.files[l].file, a.files[l]] as const)),
  );
  for (const version of versions)
    checkInternalLinks(version, targets, issues, sources.get(version.file));

  issues.throwIfAny();
  return {
    articles: versions,
    events,
    errors,
    warnings: issues.warnings,
    rendered: first.rendered + second.rendered,
  };
}

/** Refuses a former KB number that is a current article or claimed by two articles. */
function checkArticleAliases(versions: readonly ArticleVersion[], issues: IssueList): void {
  const current = new Set(versions.map((v) => v.kb));
  const claimed = new Map<string, string>();
  for (const v of versions.filter((x) => x.lang === LANGS[0])) {
    v.data.aliases.articles.forEach((old, i) => {
      const field = `aliases.articles[${i}]`;
      if (current.has(old))
        issues.add(
          v.file,
          field,
          `KB ${old} is a current article; expected only former KB numbers`,
        );
      else if (claimed.has(old))
        issues.add(
          v.file,
          field,
          `KB ${old} is already a former number of KB ${claimed.get(old)}; expected each former number once`,
        );
      claimed.set(old, v.kb);
    });
  }
}
