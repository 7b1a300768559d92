import { LANGS } from '../i18n/keys.ts';

/** `getStaticPaths` entries for a page that exists once per language. */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

/** `getStaticPaths` entries for every (language, item) pair, with the item as a prop. */
export function langItemPaths<T, K extends string>(
  items: Iterable<T>,
  param: K,
  value: (item: T) => string,
) {
  const list = [...items];
  return LANGS.flatMap((lang) =>
    list.map((item) => ({
      params: { lang, [param]: value(item) } as { lang: typeof lang } & Record<K, string>,
      props: { item },
    })),
  );
}
