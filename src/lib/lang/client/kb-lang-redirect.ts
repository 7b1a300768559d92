import { chooseLang, readSavedLang, saveLang } from './choose-lang.ts';
import { isLang } from '~/i18n/keys.ts';

/**
 * `<kb-lang-redirect>` around one link per language (`<a hreflang>`): sends the reader to the
 * link of their language, keeping the query and the fragment. The links themselves serve readers
 * without JavaScript, and clicking one remembers the choice. URLs come from the server-rendered
 * links (built in src/lib/routes.ts); this script never writes one itself.
 */
class KbLangRedirect extends HTMLElement {
  connectedCallback(): void {
    const links = new Map<string, string>();
    for (const link of this.querySelectorAll('a[hreflang]')) {
      const lang = link.getAttribute('hreflang');
      links.set(lang ?? '', link.getAttribute('href') ?? '/');
      link.addEventListener('click', () => {
        if (isLang(lang)) saveLang(lang);
      });
    }
    const target = links.get(
      chooseLang(readSavedLang(), navigator.languages ?? [navigator.language]),
    );
    if (target !== undefined) location.replace(`${target}${location.search}${location.hash}`);
  }
}

customElements.define('kb-lang-redirect', KbLangRedirect);
