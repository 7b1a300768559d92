import { LOCALES, useTranslations, type Lang } from '~/i18n/index.ts';
import { pl } from '~/i18n/pl.ts';
import { en } from '~/i18n/en.ts';
import type { SearchStrings } from '../format/strings.ts';

const PLURALS = { pl: pl.plurals, en: en.plurals };

/** The search scripts' strings in one language (server side; sent as JSON in a data attribute). */
export function searchStrings(lang: Lang): SearchStrings {
  const { t } = useTranslations(lang);
  return {
    lang,
    locale: LOCALES[lang],
    types: {
      article: t('search.type.article'),
      step: t('search.type.step'),
      event: t('search.type.event'),
      error: t('search.type.error'),
    },
    step: t('step.label'),
    results: PLURALS[lang]['search.results'],
    resultsFor: t('search.resultsFor'),
    noResults: t('search.noResults'),
    partial: t('search.partial'),
    empty: t('search.empty'),
    loading: t('search.loading'),
    failed: t('search.failed'),
    all: t('search.all'),
    suggestions: t('search.suggestions'),
    browseEvents: t('home.browseEvents'),
    browseErrors: t('home.browseErrors'),
  };
}
