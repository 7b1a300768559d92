import { routes } from '~/lib/routes.ts';
import { readStrings, type SearchStrings } from './client-strings.ts';
import type { SearchResult } from './hit.ts';
import type { IndexClient } from './index-client.ts';
import { MAX_OPTIONS, suggestions, type Engine } from './suggestions.ts';

/** Whether a key press happened where typing `/` means the character, not "go to search". */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * `<kb-search-box>`: turns the header's plain GET form into an ARIA combobox (APG "list
 * autocomplete"): suggestions while typing, arrow keys move through them, Enter opens one (or
 * submits the form to the results page), Escape closes, `/` anywhere focuses the box. The index
 * is fetched on first focus. Without JavaScript the form still leads to the results page.
 */
class KbSearchBox extends HTMLElement {
  private strings!: SearchStrings;
  private input!: HTMLInputElement;
  private popup!: HTMLDivElement;
  private note!: HTMLParagraphElement;
  private listbox!: HTMLDivElement;
  private live!: HTMLParagraphElement;
  private index: IndexClient | undefined;
  /** Counts queries, so an answer that arrives after a newer query's is dropped. */
  private seq = 0;
  private engine: Engine | undefined;
  private loading = false;
  private failed = false;
  private active = -1;

  connectedCallback(): void {
    const input = this.querySelector('input');
    if (!input || this.popup) return;
    this.strings = readStrings(this);
    this.input = input;
    const id = input.id || 'search-input';
    this.popup = Object.assign(document.createElement('div'), {
      className: 'search-popup',
      hidden: true,
    });
    this.note = Object.assign(document.createElement('p'), {
      className: 'search-popup-note',
      id: `${id}-note`,
    });
    this.listbox = Object.assign(document.createElement('div'), { id: `${id}-listbox` });
    this.listbox.setAttribute('role', 'listbox');
    this.listbox.setAttribute('aria-label', this.strings.suggestions);
    this.live = Object.assign(document.createElement('p'), { className: 'sr-only' });
    this.live.setAttribute('role', 'status');
    this.popup.append(this.note, this.listbox);
    input.after(this.popup);
    this.append(this.live);
    for (const [name, value] of Object.entries({
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': this.listbox.id,
      'aria-keyshortcuts': '/',
    }))
      input.setAttribute(name, value);
    input.addEventListener('focus', () => this.load());
    input.addEventListener('input', () => this.update());
    input.addEventListener('keydown', (e) => this.onKey(e));
    // Clicking an option must not blur the box first, or the list would close under the pointer.
    this.popup.addEventListener('mousedown', (e) => e.preventDefault());
    this.addEventListener('focusout', (e) => {
      if (!this.contains(e.relatedTarget as Node | null)) this.close();
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
        e.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  /** Fetches the search code and the index (once) and answers the query typed meanwhile. */
  private load(): void {
    if (this.index || this.failed || this.loading) return;
    this.loading = true;
    import('./engine.ts')
      .then(async (engine) => {
        const index = engine.openIndex(
          this.dataset['index'] ?? routes.searchIndex(this.strings.lang),
        );
        await index.manifest();
        this.engine = engine;
        this.index = index;
      })
      .catch(() => {
        this.failed = true;
      })
      .finally(() => {
        if (document.activeElement === this.input) this.update();
      });
  }

  /** Answers the current value (shards and fragments may need fetching first). */
  private update(): void {
    const q = this.input.value.trim();
    const seq = ++this.seq;
    if (!q) return this.close();
    const { index, engine } = this;
    if (!index || !engine) return this.render(q, undefined);
    // The raw value: a trailing space means the last word is complete (no prefix match).
    engine.search(index, this.strings.lang, this.input.value, { limit: MAX_OPTIONS }).then(
      (result) => {
        if (seq === this.seq) this.render(q, result);
      },
      () => {
        this.failed = true;
        if (seq === this.seq) this.render(q, undefined);
      },
    );
  }

  /** Renders the suggestions for a query (undefined while loading or after a failure). */
  private render(q: string, result: SearchResult | undefined): void {
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    const { engine, strings } = this;
    if (!result || !engine) this.load();
    const { options, note, status } =
      result && engine
        ? suggestions(engine, strings, q, result)
        : { options: [], note: this.failed ? strings.failed : strings.loading, status: '' };
    options.forEach((o, i) => (o.id = `${this.listbox.id}-${i}`));
    this.note.textContent = note;
    this.note.hidden = !note;
    this.listbox.replaceChildren(...options);
    this.listbox.hidden = options.length === 0;
    this.popup.hidden = false;
    this.input.setAttribute('aria-expanded', String(options.length > 0));
    this.live.textContent = status || note;
  }

  private get options(): HTMLAnchorElement[] {
    return [...this.listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  }

  /** Makes option `i` the active one (or none for -1), as the input's active descendant. */
  private activate(i: number): void {
    const options = this.options;
    this.active = i;
    options.forEach((o, j) => o.setAttribute('aria-selected', String(j === i)));
    const current = options[i];
    if (current) {
      this.input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private onKey(e: KeyboardEvent): void {
    const options = this.options;
    const open = this.input.getAttribute('aria-expanded') === 'true';
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return this.update();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      // Past either end the focus returns to the text, as in the APG example.
      const next = this.active + step;
      this.activate(next < -1 ? options.length - 1 : next >= options.length ? -1 : next);
    } else if (e.key === 'Enter' && open && this.active >= 0) {
      e.preventDefault();
      const href = options[this.active]?.href;
      if (href) location.assign(href);
    } else if (e.key === 'Escape') {
      if (open || !this.popup.hidden) {
        e.preventDefault();
        this.close();
      } else if (this.input.value) {
        e.preventDefault();
        this.input.value = '';
      }
    }
  }

  /** Hides the suggestions. */
  private close(): void {
    this.popup.hidden = true;
    this.active = -1;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}

if (!customElements.get('kb-search-box')) customElements.define('kb-search-box', KbSearchBox);
