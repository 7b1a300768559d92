import type { Lang } from '../i18n/keys.ts';
import { parsePath } from './routes.ts';

/** The same page in another language: every page has the same path after its `/{lang}` prefix. */
export function pathInLang(path: string, lang: Lang): string {
  return path.replace(/^\/(pl|en)\//, `/${lang}/`);
}

/**
 * The language-neutral URL of a page for `hreflang="x-default"`: the short link where the
 * contract has one (`/kb/{id}/`), else the root chooser for home pages, else the default language.
 */
export function neutralPath(path: string): string {
  const page = parsePath(path);
  if (!page || page.type === 'root') return '/';
  if (page.type === 'home') return '/';
  if (page.type === 'article') return `/kb/${page.param}/`;
  if (page.type === 'event') return `/events/${page.param}/`;
  if (page.type === 'error') return `/errors/${page.param}/`;
  if (page.type === 'search') return '/search/';
  return pathInLang(path, 'pl');
}
