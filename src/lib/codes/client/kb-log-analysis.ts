import { URL_CHANGE_EVENT } from '../../lang/lang-switch-events.ts';
import { rankArticles, type CodeToAnalyse } from '../format/analysis.ts';
import type { WireCode } from '../format/code-data.ts';
import { codesParam, parseCodesParam } from '../format/codes-param.ts';
import { plural, type LogStrings } from '../format/log-strings.ts';
import { analyseText } from './analyse-text.ts';
import { CodeDataClient } from './code-data-client.ts';
import { copyForTicket } from './copy-ticket.ts';
import { articleList, codeLabel, codesTable } from './render.ts';

const TYPING_DELAY_MS = 150;

/**
 * `<kb-log-analysis>` on the search page: text pasted or typed into its field is analysed here,
 * in the browser: a table of the codes found and the articles covering them, ranked. The text
 * never leaves the page: it is not put in the URL, in storage or in any request; the URL records
 * only the codes (`?codes=`), which reopen the analysis without the text.
 */
class KbLogAnalysis extends HTMLElement {
  private strings!: LogStrings;
  private client!: CodeDataClient;
  private input!: HTMLTextAreaElement;
  private status!: HTMLElement;
  private result!: HTMLElement;
  private copyButton!: HTMLButtonElement;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts analyses, so a slow older one never overwrites a newer one. */
  private run = 0;
  private shown: { codes: CodeToAnalyse[]; entries: Map<string, WireCode> } | undefined;

  connectedCallback(): void {
    if (this.strings) return;
    this.strings = JSON.parse(this.dataset['strings'] ?? '{}') as LogStrings;
    this.client = new CodeDataClient(this.strings.lang);
    this.input = this.querySelector('textarea')!;
    this.status = this.querySelector('.log-status')!;
    this.result = this.querySelector('.log-result')!;
    this.copyButton = this.querySelector<HTMLButtonElement>('button.log-copy')!;
    this.input.addEventListener('paste', () => this.schedule(0));
    this.input.addEventListener('input', () => this.schedule(TYPING_DELAY_MS));
    this.querySelector('button.log-clear')?.addEventListener('click', () => {
      this.input.value = '';
      this.analyse();
      this.input.focus();
    });
    this.copyButton.addEventListener('click', () => void this.copy());
    window.addEventListener('popstate', () => this.reopen());
    this.reopen();
  }

  /** Analyses `text` as if pasted into the field (the header box's offer uses this). */
  paste(text: string): void {
    this.input.value = text;
    this.input.focus();
    this.analyse();
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    // A paste's text is in the field only after the event; the timer runs after it in any case.
    this.timer = setTimeout(() => this.analyse(), delay);
  }

  /** Reopens the analysis of the URL's `?codes=` (the field is left as it is). */
  private reopen(): void {
    const param = new URL(location.href).searchParams.get('codes');
    if (param === null || this.input.value.trim()) return;
    const codes = parseCodesParam(param);
    void this.show(
      ++this.run,
      codes,
      async () => this.client.lookup(codes.map((c) => c.key)),
      true,
    );
  }

  /** Analyses the field's text and records its codes in the URL. */
  private analyse(): void {
    clearTimeout(this.timer);
    const text = this.input.value;
    const run = ++this.run;
    if (!text.trim()) {
      this.setCodes([]);
      this.render('', []);
      return;
    }
    this.status.textContent = this.strings.loading;
    void analyseText(text, this.client).then(({ codes, entries, failed }) => {
      if (run !== this.run) return;
      this.setCodes(codes);
      void this.show(run, codes, async () => entries, false, failed);
    });
  }

  private async show(
    run: number,
    codes: CodeToAnalyse[],
    load: () => Promise<Map<string, WireCode>>,
    reopened: boolean,
    failed = false,
  ): Promise<void> {
    let entries = new Map<string, WireCode>();
    try {
      entries = await load();
    } catch {
      failed = true;
    }
    if (run !== this.run) return;
    const s = this.strings;
    if (codes.length === 0) return this.render(s.none, []);
    const ranked = rankArticles(codes, (k) => entries.get(k));
    const labels = new Map(codes.map((c) => [c.key, codeLabel(c.kind, c.code)]));
    const heading = Object.assign(document.createElement('h3'), {
      id: 'log-articles-title',
      textContent: s.articlesHeading,
    });
    const summary = s.summary
      .replace('{codes}', plural(s, s.codes, codes.length))
      .replace('{articles}', plural(s, s.articles, ranked.length));
    const status = [summary, failed ? s.failed : '', reopened ? s.reopened : '']
      .filter(Boolean)
      .join(' ');
    this.shown = { codes, entries };
    this.render(status, [
      codesTable(s, codes, entries),
      heading,
      articleList(s, ranked, labels, heading.id),
    ]);
  }

  private render(status: string, nodes: Node[]): void {
    this.status.textContent = status;
    this.result.replaceChildren(...nodes);
    this.copyButton.hidden = nodes.length === 0;
    if (nodes.length === 0) this.shown = undefined;
  }

  /** Puts the codes (only) in the URL, replacing the current entry. */
  private setCodes(codes: ReadonlyArray<CodeToAnalyse>): void {
    const url = new URL(location.href);
    url.searchParams.delete('codes');
    const rest = url.search.slice(1);
    const param = codesParam(codes);
    const search = [rest, param ? `codes=${param}` : ''].filter(Boolean).join('&');
    const next = `${url.pathname}${search ? `?${search}` : ''}${url.hash}`;
    if (next !== `${location.pathname}${location.search}${location.hash}`) {
      history.replaceState(history.state, '', next);
      window.dispatchEvent(new Event(URL_CHANGE_EVENT));
    }
  }

  /** Copies the codes and the best links for a ticket, as plain text, Markdown and HTML. */
  private async copy(): Promise<void> {
    if (!this.shown) return;
    try {
      await copyForTicket(this.strings, this.shown.codes, this.shown.entries);
      this.announce(this.strings.copied);
    } catch {
      this.announce(this.strings.copyFailed);
    }
  }

  private announce(message: string): void {
    const live = this.querySelector('.log-copy-status');
    if (!live) return;
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = message));
  }
}

if (!customElements.get('kb-log-analysis')) customElements.define('kb-log-analysis', KbLogAnalysis);

/** The element's public side, for the header box's offer. */
export type LogAnalysisElement = HTMLElement & { paste(text: string): void };
