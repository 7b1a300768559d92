import type { Lang } from '~/i18n/keys.ts';
import { routes } from '../../routes.ts';
import { codeToken, MAX_URL_CODES } from '../format/codes-param.ts';
import { analyseText } from './analyse-text.ts';
import { CodeDataClient } from './code-data-client.ts';

/**
 * What the header box's offer needs of a pasted log: how many codes it holds and the link that
 * reopens their analysis (`?codes=`). Loaded only when a log is pasted into the box.
 */
export async function offerCodes(
  text: string,
  lang: Lang,
): Promise<{ count: number; href: string }> {
  const client = new CodeDataClient(lang);
  const { codes } = await analyseText(text, client);
  const tokens = codes.slice(0, MAX_URL_CODES).map((c) => codeToken(c.kind, c.code));
  return {
    count: codes.length,
    href: codes.length > 0 ? routes.searchCodes(lang, tokens) : `${routes.search(lang)}#log-input`,
  };
}
