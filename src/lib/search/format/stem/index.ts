import type { Lang } from '~/i18n/keys.ts';
import { fold } from '../fold.ts';

/**
 * TEMPORARY: the stem of a lowercase word in a language, diacritics folded after stemming. This
 * stand-in only folds; the Snowball stemmers (Polish, English Porter2) replace it.
 */
export function stem(word: string, lang: Lang): string {
  void lang;
  return fold(word);
}
