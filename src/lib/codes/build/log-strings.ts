import { LOCALES, useTranslations, type Lang } from '~/i18n/index.ts';
import { en } from '~/i18n/en.ts';
import { pl } from '~/i18n/pl.ts';
import type { LogStrings } from '../format/log-strings.ts';

const PLURALS = { pl: pl.plurals, en: en.plurals };

/** The log analysis strings of one language (server side; sent as JSON in a data attribute). */
export function logStrings(lang: Lang, site: string): LogStrings {
  const { t } = useTranslations(lang);
  return {
    lang,
    locale: LOCALES[lang],
    site,
    kinds: {
      event: t('log.kind.event'),
      smtp: t('log.kind.smtp'),
      enhanced: t('log.kind.enhanced'),
      hresult: t('log.kind.hresult'),
      win32: t('log.kind.win32'),
      kb: t('log.kind.kb'),
    },
    codes: PLURALS[lang]['count.codes'],
    articles: PLURALS[lang]['count.articles'],
    summary: t('log.summary'),
    none: t('log.none'),
    loading: t('log.loading'),
    failed: t('log.failed'),
    reopened: t('log.reopened'),
    table: t('log.table'),
    colKind: t('log.col.kind'),
    colCode: t('log.col.code'),
    colWhat: t('log.col.what'),
    colCount: t('log.col.count'),
    colCited: t('log.col.cited'),
    unknown: t('log.unknown'),
    countUnknown: t('log.countUnknown'),
    articlesHeading: t('log.articles'),
    noArticles: t('log.noArticles'),
    covers: t('log.covers'),
    step: t('step.label'),
    copy: t('copy.ticket'),
    copied: t('copy.copiedTicket'),
    copyFailed: t('copy.failed'),
    analysis: t('log.analysis'),
    offer: t('log.offer'),
    offerNone: t('log.offerNone'),
    analyse: t('log.analyse'),
    searchInstead: t('log.searchInstead'),
    dismiss: t('log.dismiss'),
  };
}
