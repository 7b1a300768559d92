/**
 * `<kb-redirect to="/pl/kb/123456/">`: forwards an old URL to its new place at once, keeping
 * the reader's query (`?tree=`) and fragment (`#step`), which a meta refresh would lose.
 */
class KbRedirect extends HTMLElement {
  connectedCallback(): void {
    const to = this.getAttribute('to');
    if (to) location.replace(`${to}${location.search}${location.hash}`);
  }
}

customElements.define('kb-redirect', KbRedirect);
