import type { Translator } from '../../i18n/index.ts';
import { codeForms } from '../codes/error-codes.ts';
import type { ErrorData, EventData } from '../content/collections.ts';

/** One fact of a catalog entry: a term and its values, as plain text or as code. */
export interface CatalogFact {
  term: string;
  values: readonly string[];
  /** `code`: one code value; `forms`: several code forms side by side; else plain text. */
  as?: 'code' | 'forms';
}

/** What `CatalogEntry.astro` shows for one event source or one error kind. */
export interface CatalogEntryData {
  /** The heading's id (`source-MSExchangeTransport`, `kind-smtp`), unique on its page. */
  id: string;
  heading: string;
  facts: readonly CatalogFact[];
  description: string;
  /** Heading above the citing articles, and the line shown when none cites it. */
  citedBy: string;
  notCited: string;
  /** Which collection and key the citations are looked up under. */
  cites: { collection: 'events' | 'errors'; key: string };
}

/** An event of one source, as an entry of its event ID page. */
export function eventEntry(event: EventData, { lang, t }: Translator): CatalogEntryData {
  return {
    id: `source-${event.source}`,
    heading: `${event.source} ${event.id}: ${event.title[lang]}`,
    facts: [
      { term: t('event.source'), values: [event.source] },
      { term: t('event.level'), values: [t(`event.level.${event.level}`)] },
      { term: t('event.log'), values: [event.log] },
    ],
    description: event.description[lang],
    citedBy: t('event.citedBy'),
    notCited: t('event.notCited'),
    cites: { collection: 'events', key: event.key },
  };
}

/** An error code of one kind, as an entry of its code page: name, literal reply, other forms. */
export function errorEntry(error: ErrorData, { lang, t }: Translator): CatalogEntryData {
  const kind = t(`error.kind.${error.kind}`);
  const forms = codeForms(error.kind, error.code).slice(1);
  const facts: CatalogFact[] = [{ term: t('error.kind'), values: [kind] }];
  if (error.name) facts.push({ term: t('error.name'), values: [error.name], as: 'code' });
  if (error.text) facts.push({ term: t('error.text'), values: [error.text], as: 'code' });
  if (forms.length > 0) facts.push({ term: t('error.forms'), values: forms, as: 'forms' });
  return {
    id: `kind-${error.kind}`,
    heading: `${kind}: ${error.title[lang]}`,
    facts,
    description: error.description[lang],
    citedBy: t('error.citedBy'),
    notCited: t('error.notCited'),
    cites: { collection: 'errors', key: error.key },
  };
}
