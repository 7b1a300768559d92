import { chooseLang, readSavedLang, saveLang } from './choose-lang.ts';
import { isLang } from '../../i18n/keys.ts';

/**
 * `<lang-redirect path="/kb/123456/">`: sends the reader to `/{lang}{path}` in their language,
 * keeping the query and the fragment. Links inside it (one per language) serve readers
 * without JavaScript, and clicking one remembers the choice.
 */
class LangRedirect extends HTMLElement {
  connectedCallback(): void {
    for (const link of this.querySelectorAll('a[hreflang]')) {
      link.addEventListener('click', () => {
        const lang = link.getAttribute('hreflang');
        if (isLang(lang)) saveLang(lang);
      });
    }
    const path = this.getAttribute('path') ?? '/';
    const lang = chooseLang(readSavedLang(), navigator.languages ?? [navigator.language]);
    location.replace(`/${lang}${path}${location.search}${location.hash}`);
  }
}

customElements.define('lang-redirect', LangRedirect);
