import { URL_CHANGE_EVENT } from '~/lib/lang/lang-switch-events.ts';
import { publishedUrl, ticketCitation } from './citation.ts';
import { copyRich } from './clipboard.ts';

/** The strings and facts `<kb-copy-links>` reads from its data attributes. */
interface CopyConfig {
  site: string;
  kb: string;
  link: string;
  ticket: string;
  linkTo: string;
  ticketFor: string;
  copiedLink: string;
  copiedTicket: string;
  failed: string;
}

/**
 * `<kb-copy-links>`: adds "Copy link" and "Copy for ticket" buttons to every step of the article
 * and to the troubleshooter's current point. Buttons only appear with JavaScript, since only
 * then can they work; a live region announces the result.
 */
class KbCopyLinks extends HTMLElement {
  private config!: CopyConfig;
  private live!: HTMLElement;

  connectedCallback(): void {
    this.config = JSON.parse(this.dataset['config'] ?? '{}') as CopyConfig;
    this.live = Object.assign(document.createElement('p'), { className: 'sr-only' });
    this.live.setAttribute('role', 'status');
    this.append(this.live);
    for (const section of document.querySelectorAll<HTMLElement>('section.step[id]')) {
      const heading = section.querySelector('.step-title');
      // The heading reads "Step 3", then the title, then the anchor link.
      const what =
        `${heading?.firstChild?.textContent ?? ''}: ${heading?.childNodes[1]?.textContent ?? ''}`
          .replace(/\s+/g, ' ')
          .trim();
      heading?.after(
        this.buttons(
          () => ({ hash: `#${section.id}`, search: '' }),
          () => what,
        ),
      );
    }
    const tree = document.querySelector('#tree kb-tree');
    if (tree) {
      const point = () =>
        document.querySelector('#tree .tree-interactive h3[tabindex]')?.textContent ?? '';
      const treeTitle = document.querySelector('#tree-title')?.textContent ?? '';
      tree.after(
        this.buttons(
          () => ({ hash: '#tree', search: location.search }),
          () => `${treeTitle}: ${point()}`,
        ),
      );
    }
  }

  /** A pair of copy buttons for a place on the page. */
  private buttons(place: () => { hash: string; search: string }, what: () => string): HTMLElement {
    const { config } = this;
    const box = Object.assign(document.createElement('div'), { className: 'copy-buttons' });
    const url = () => {
      const { hash, search } = place();
      return publishedUrl(config.site, { pathname: location.pathname, search, hash });
    };
    const make = (label: string, aria: () => string, action: () => Promise<string>) => {
      const button = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'copy-button',
        textContent: label,
      });
      const name = () => button.setAttribute('aria-label', aria());
      name();
      window.addEventListener(URL_CHANGE_EVENT, name);
      window.addEventListener('popstate', name);
      button.addEventListener('click', () => {
        action().then(
          (done) => this.announce(done),
          () => this.announce(config.failed),
        );
      });
      return button;
    };
    box.append(
      make(
        config.link,
        () => config.linkTo.replace('{what}', what()),
        async () => {
          await copyRich({ text: url() });
          return config.copiedLink;
        },
      ),
      make(
        config.ticket,
        () => config.ticketFor.replace('{what}', what()),
        async () => {
          await copyRich(ticketCitation({ kb: config.kb, what: what(), url: url() }));
          return config.copiedTicket;
        },
      ),
    );
    return box;
  }

  /** Announces a result to screen readers and shows it briefly. */
  private announce(message: string): void {
    this.live.textContent = '';
    requestAnimationFrame(() => (this.live.textContent = message));
  }
}

customElements.define('kb-copy-links', KbCopyLinks);
