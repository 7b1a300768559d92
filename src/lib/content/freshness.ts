import type { Lang } from '../../i18n/keys.ts';
import type { IssueList } from './content-error.ts';
import type { ArticleVersion } from './model.ts';

/**
 * The language whose `revision` is higher than this version's, if any: this version is then an
 * older translation, and its page says so. Equal revisions are both current.
 */
export function newerLanguage(version: ArticleVersion, other: ArticleVersion): Lang | undefined {
  return other.data.revision > version.data.revision ? other.lang : undefined;
}

/**
 * Marks the older of two languages of an article with the newer one (`newerIn`) and warns,
 * naming both files: an older translation is published, but the author should know.
 */
export function checkFreshness(a: ArticleVersion, b: ArticleVersion, issues: IssueList): void {
  for (const [older, newer] of [
    [a, b],
    [b, a],
  ] as const) {
    if (!newerLanguage(older, newer)) continue;
    older.newerIn = newer.lang;
    issues.warn(
      older.file,
      'revision',
      `is ${older.data.revision}, but ${newer.file} is at revision ${newer.data.revision}; this translation is older (its page says so until it is brought up to date)`,
    );
  }
}
