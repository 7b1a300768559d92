import { isLang } from '~/i18n/keys.ts';
import { saveLang } from './choose-lang.ts';
import { URL_CHANGE_EVENT } from '../lang-switch-events.ts';

/**
 * `<kb-lang-switch>`: keeps its link pointing at the same place in the other language, with the
 * current query (`?tree=`, `?q=`) and `#fragment`, and remembers the reader's choice on click.
 * Without JavaScript the server-rendered link still leads to the same page.
 */
class KbLangSwitch extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector('a');
    if (!link) return;
    const base = link.getAttribute('href') ?? '/';
    const sync = () => link.setAttribute('href', `${base}${location.search}${location.hash}`);
    sync();
    for (const type of ['hashchange', 'popstate', URL_CHANGE_EVENT])
      window.addEventListener(type, sync);
    link.addEventListener('click', () => {
      sync();
      const target = link.getAttribute('hreflang');
      if (isLang(target)) saveLang(target);
    });
  }
}

customElements.define('kb-lang-switch', KbLangSwitch);
