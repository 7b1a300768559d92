import { useTranslations, type Lang } from '../../../i18n/index.ts';
import type { ErrorCodeEntry } from '~/schemas/error-code.ts';
import type { EventEntry } from '~/schemas/event.ts';
import type { IndexArticle, IndexInput } from './input.ts';

/**
 * The input of one language's index from validated content: article versions of that language
 * and the catalogs, with catalog texts and labels (levels, kinds) put into that language. Shared
 * by the site's endpoint and by the tests, which load the content without Astro.
 */
export function indexInput(
  lang: Lang,
  articles: readonly IndexArticle[],
  events: readonly EventEntry[],
  errors: readonly ErrorCodeEntry[],
): IndexInput {
  const { t } = useTranslations(lang);
  return {
    lang,
    articles,
    events: events.map((e) => ({
      id: e.id,
      source: e.source,
      log: e.log,
      level: t(`event.level.${e.level}`),
      title: e.title[lang],
      description: e.description[lang],
    })),
    errors: errors.map((e) => ({
      code: e.code,
      kindLabel: t(`error.kind.${e.kind}`),
      name: e.name,
      text: e.text,
      title: e.title[lang],
      description: e.description[lang],
    })),
  };
}
