import { plural, type OfferStrings } from '../format/log-strings.ts';
import type { LogAnalysisElement } from './kb-log-analysis.ts';

/**
 * `<kb-log-offer>`: when text of several lines is pasted into the header's search box, offers to
 * analyse it as a log instead of searching for it. On the search page the text goes straight
 * into the "Paste a log" field; elsewhere the offer leads to the search page with the codes
 * found (`?codes=`), since the text itself may not travel in a URL, in storage or a request.
 * The extraction code loads only when such a paste happens.
 */
class KbLogOffer extends HTMLElement {
  private strings!: OfferStrings;

  connectedCallback(): void {
    if (this.strings) return;
    this.strings = JSON.parse(this.dataset['strings'] ?? '{}') as OfferStrings;
    const input = document.getElementById(this.dataset['for'] ?? '') as HTMLInputElement | null;
    input?.addEventListener('paste', (e) => {
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (
        text
          .trim()
          .split(/\r?\n/)
          .filter((l) => l.trim()).length < 2
      )
        return;
      // The box would flatten the lines into one long query; the reader chooses instead.
      e.preventDefault();
      void this.offer(text, input);
    });
    this.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      this.close();
      input?.focus();
    });
  }

  private async offer(text: string, input: HTMLInputElement): Promise<void> {
    const s = this.strings;
    const analysis = document.querySelector<LogAnalysisElement>('kb-log-analysis');
    const note = document.createElement('p');
    const actions = document.createElement('div');
    actions.className = 'log-offer-actions';
    const { offerCodes } = await import('./offer-codes.ts');
    const { count, href } = await offerCodes(text, s.lang);
    note.textContent =
      count > 0 ? s.offer.replace('{codes}', plural(s, s.codes, count)) : s.offerNone;
    if (analysis) {
      actions.append(
        this.button(s.analyse, () => {
          this.close();
          analysis.paste(text);
          analysis.scrollIntoView({ block: 'start' });
        }),
      );
    } else {
      const link = Object.assign(document.createElement('a'), {
        className: 'log-offer-link',
        textContent: s.analyse,
        href,
      });
      actions.append(link);
    }
    actions.append(
      this.button(s.searchInstead, () => {
        this.close();
        input.value = text.replace(/\s+/g, ' ').trim();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.focus();
      }),
      this.button(s.dismiss, () => {
        this.close();
        input.focus();
      }),
    );
    note.setAttribute('aria-live', 'polite');
    this.replaceChildren(note, actions);
    this.hidden = false;
    (actions.firstElementChild as HTMLElement | null)?.focus();
  }

  private button(label: string, action: () => void): HTMLButtonElement {
    const b = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'copy-button',
      textContent: label,
    });
    b.addEventListener('click', action);
    return b;
  }

  private close(): void {
    this.hidden = true;
    this.replaceChildren();
  }
}

if (!customElements.get('kb-log-offer')) customElements.define('kb-log-offer', KbLogOffer);
