import { LANGS, type Lang } from '../i18n/keys.ts';
import { pageKey } from './page-key.ts';

/** `getStaticPaths` entries for a page that exists once per language. */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

/**
 * `getStaticPaths` entries for every (language, item) pair, with the item as a prop. `shows` is
 * the data the page renders besides the item (such as the articles citing it): with the item it
 * makes the page's `cacheKey`, so the page is rendered again exactly when one of them changes.
 */
export function langItemPaths<T, K extends string>(
  items: Iterable<T>,
  param: K,
  value: (item: T) => string,
  shows: (lang: Lang, item: T) => unknown = () => null,
) {
  const list = [...items];
  return LANGS.flatMap((lang) =>
    list.map((item) => ({
      params: { lang, [param]: value(item) } as { lang: typeof lang } & Record<K, string>,
      props: { item },
      cacheKey: pageKey(item, shows(lang, item)),
    })),
  );
}
