import { URL_CHANGE_EVENT } from '~/lib/lang/lang-switch-events.ts';
import { fill, readStrings, resultCount, type SearchStrings } from './client-strings.ts';
import { routes } from '~/lib/routes.ts';
import type { SearchResult } from './hit.ts';
import type { IndexClient } from './index-client.ts';

/** The search code, loaded with the index (in parallel with the page's first paint). */
type Engine = typeof import('./engine.ts');

// Each result shown fetches its fragment (a few KB): the best 30 are what a reader looks at.
const MAX_RESULTS = 30;
const TYPING_DELAY_MS = 150;

/**
 * `<kb-search-results>` on `/{lang}/search/?q=`: reads the query from the URL, fills the box,
 * fetches the index and lists the results best first in an `<ol>`. Typing a new query answers at
 * once and keeps the address a link to what is shown: the first pause makes one new history
 * entry, later ones and Enter update it, so Back returns to the query before.
 */
class KbSearchResults extends HTMLElement {
  private strings!: SearchStrings;
  private input: HTMLInputElement | null = null;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private index: IndexClient | undefined;
  /** Counts queries, so an answer that arrives after a newer query's is dropped. */
  private seq = 0;
  private note!: HTMLParagraphElement;
  private engine: Engine | undefined;
  private loading = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the current history entry was made by typing here (later typing updates it). */
  private editing = false;

  connectedCallback(): void {
    if (this.list) return;
    this.strings = readStrings(this);
    this.input = this.querySelector('input');
    this.status =
      this.querySelector('[role="status"]') ?? this.appendChild(document.createElement('p'));
    this.list = Object.assign(document.createElement('ol'), {
      className: 'search-results',
      hidden: true,
    });
    this.note = Object.assign(document.createElement('p'), {
      className: 'search-partial',
      hidden: true,
    });
    this.note.setAttribute('role', 'note');
    this.status.after(this.note, this.list);
    this.querySelector('form')?.addEventListener('submit', (e) => {
      e.preventDefault();
      this.go(this.input?.value ?? '');
      this.editing = false;
    });
    this.input?.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.go(this.input?.value ?? '');
        this.editing = true;
      }, TYPING_DELAY_MS);
    });
    window.addEventListener('popstate', () => {
      clearTimeout(this.timer);
      this.editing = false;
      this.show(true);
    });
    this.show(true);
  }

  /** The query in the address bar. */
  private get query(): string {
    return new URL(location.href).searchParams.get('q') ?? '';
  }

  /** Puts a query in the URL (a new history entry unless typing here made the current one) and shows its results. */
  private go(q: string): void {
    clearTimeout(this.timer);
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    if (url.href !== location.href) {
      if (this.editing) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      // The language switch keeps `?q=`; it listens for this.
      window.dispatchEvent(new Event(URL_CHANGE_EVENT));
    }
    this.show(false);
  }

  /** Shows the results of the URL's query; `fillBox` also puts it in the box. */
  private show(fillBox: boolean): void {
    const q = this.query.trim();
    const seq = ++this.seq;
    if (fillBox && this.input) this.input.value = this.query;
    const { strings } = this;
    if (!q) return this.render(strings.empty, []);
    const { index, engine } = this;
    if (!index || !engine) {
      this.render(strings.loading, []);
      this.load();
      return;
    }
    // The last word also matches as a beginning, as in the box (`?q=firew`).
    engine.search(index, strings.lang, q, { limit: MAX_RESULTS }).then(
      (result) => {
        if (seq === this.seq) this.results(q, result);
      },
      () => this.render(strings.failed, []),
    );
  }

  /** Lists the results of a query, under a note when none has every word. */
  private results(q: string, result: SearchResult): void {
    const { strings, engine } = this;
    if (!engine) return;
    const { hits } = result;
    const items = hits.map((hit) => {
      const link = Object.assign(document.createElement('a'), { href: hit.href });
      link.append(engine.hitTitle(hit));
      const li = document.createElement('li');
      li.className = `search-result search-result-${hit.type}`;
      li.append(engine.hitMeta(hit, strings), link, engine.hitContext(hit, 200));
      return li;
    });
    this.render(
      hits.length > 0
        ? fill(strings.resultsFor, { count: resultCount(strings, hits.length), q })
        : fill(strings.noResults, { q }),
      items,
      result.partial ? strings.partial : '',
    );
  }

  /** Fetches the search code and the index (once), then shows the results of the URL's query. */
  private load(): void {
    if (this.loading) return;
    this.loading = true;
    import('./engine.ts')
      .then(async (engine) => {
        const index = engine.openIndex(
          this.dataset['index'] ?? routes.searchIndex(this.strings.lang),
        );
        await index.manifest();
        this.engine = engine;
        this.index = index;
        this.show(false);
      })
      .catch(() => {
        this.loading = false;
        this.render(this.strings.failed, []);
      });
  }

  private render(status: string, items: HTMLLIElement[], note = ''): void {
    this.status.textContent = status;
    this.note.textContent = note;
    this.note.hidden = !note;
    this.list.replaceChildren(...items);
    this.list.hidden = items.length === 0;
  }
}

if (!customElements.get('kb-search-results'))
  customElements.define('kb-search-results', KbSearchResults);
