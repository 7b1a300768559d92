import { URL_CHANGE_EVENT } from '~/lib/lang/lang-switch-events.ts';
import {
  fromWire,
  type ClientAnswer,
  type ClientTree,
  type ClientTreeWire,
} from '../client-model.ts';
import { decodeState, encodeState, type PathItem } from '../state.ts';

/** Creates an element with text content only: labels from content are never parsed as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/**
 * `<kb-tree>`: turns the server-rendered tree into one question at a time. The walk lives in
 * `?tree=` (answer keys, language-independent) with a history entry per answer, so Back and
 * Forward step through the questions and a shared link opens at the same point.
 */
class KbTree extends HTMLElement {
  private model!: ClientTree;
  private live!: HTMLElement;
  private view!: HTMLElement;

  connectedCallback(): void {
    this.model = fromWire(JSON.parse(this.dataset['model'] ?? '{}') as ClientTreeWire);
    this.live = el('p', { className: 'sr-only' });
    this.live.setAttribute('aria-live', 'polite');
    this.view = el('div', { className: 'tree-interactive' });
    this.querySelector('.tree-static')?.setAttribute('hidden', '');
    this.append(this.view, this.live);
    window.addEventListener('popstate', () => this.render(false));
    this.render(false);
  }

  /** Renders the state in the URL; `focus` moves focus to the new question and announces it. */
  private render(focus: boolean): void {
    const state = decodeState(this.model, new URL(location.href).searchParams.get('tree'));
    const { strings } = this.model;
    const parts: Node[] = [];
    if (!state.valid)
      parts.push(el('p', { className: 'tree-notice', role: 'status' }, strings.invalidState));
    if (state.path.length > 0) parts.push(this.pathList(state.path));
    const last = state.path.at(-1);
    const lastAnswer = last ? this.model.nodes.get(last.nodeId)!.answers[last.answer]! : undefined;
    let target: HTMLElement;
    if (lastAnswer && lastAnswer.next === undefined) {
      target = this.endView(lastAnswer);
      parts.push(target);
    } else {
      const nodeId = lastAnswer?.next ?? this.model.start;
      target = this.questionView(nodeId, state.path);
      parts.push(target);
    }
    if (state.path.length > 0)
      parts.push(
        el(
          'button',
          { type: 'button', className: 'tree-restart', onclick: () => this.go([]) },
          strings.restart,
        ),
      );
    this.view.replaceChildren(...parts);
    this.markReachedStep(lastAnswer?.step);
    if (focus) {
      const heading = target.querySelector<HTMLElement>('[tabindex="-1"]');
      heading?.focus();
      this.live.textContent = heading?.textContent ?? '';
    }
  }

  /** The answers given so far, each with a button to change it. */
  private pathList(path: readonly PathItem[]): HTMLElement {
    const { strings } = this.model;
    const items = path.map((p, i) => {
      const node = this.model.nodes.get(p.nodeId)!;
      const change = el(
        'button',
        { type: 'button', className: 'tree-change', onclick: () => this.go(path.slice(0, i)) },
        strings.change,
      );
      change.setAttribute('aria-label', `${strings.change}: ${node.question}`);
      return el(
        'li',
        {},
        el('span', { className: 'tree-path-question' }, node.question),
        ' ',
        el('strong', {}, node.answers[p.answer]!.label),
        ' ',
        change,
      );
    });
    return el(
      'div',
      { className: 'tree-path' },
      el('h3', {}, strings.path),
      el('ol', {}, ...items),
    );
  }

  /** The current question with its answers as buttons. */
  private questionView(nodeId: string, path: readonly PathItem[]): HTMLElement {
    const node = this.model.nodes.get(nodeId)!;
    const buttons = node.answers.map((a, i) =>
      el(
        'button',
        {
          type: 'button',
          className: 'tree-answer',
          onclick: () => this.go([...path, { nodeId, answer: i }]),
        },
        a.label,
      ),
    );
    return el(
      'div',
      { className: 'tree-current' },
      el('h3', { className: 'tree-question', tabIndex: -1 }, node.question),
      el('div', { className: 'tree-buttons' }, ...buttons),
    );
  }

  /** Where the walk ended: the step to do, with a link to it, or the outcome text. */
  private endView(answer: ClientAnswer): HTMLElement {
    const { strings } = this.model;
    if (answer.step !== undefined) {
      return el(
        'div',
        { className: 'tree-end' },
        el('h3', { tabIndex: -1 }, `${strings.doStep} ${answer.stepN}: ${answer.stepTitle}`),
        el(
          'a',
          { href: `#${answer.step}`, className: 'tree-step-link' },
          `${strings.goToStep} ${answer.stepN}`,
        ),
      );
    }
    return el(
      'div',
      { className: 'tree-end' },
      el('h3', { tabIndex: -1 }, strings.outcome),
      el('p', { className: 'tree-outcome' }, answer.outcome ?? ''),
    );
  }

  /** Shows on the step's section that the walk led there (and on no other step). */
  private markReachedStep(stepId: string | undefined): void {
    for (const old of document.querySelectorAll('.tree-reached-note')) old.remove();
    for (const old of document.querySelectorAll('.step.tree-reached'))
      old.classList.remove('tree-reached');
    const section = stepId ? document.getElementById(stepId) : null;
    if (!section) return;
    section.classList.add('tree-reached');
    section
      .querySelector('.step-title')
      ?.after(el('p', { className: 'tree-reached-note' }, this.model.strings.reached));
  }

  /** Moves to a new path: a history entry, the URL updated, focus on the new question. */
  private go(path: PathItem[]): void {
    const url = new URL(location.href);
    const value = encodeState(this.model, path);
    if (value) url.searchParams.set('tree', value);
    else url.searchParams.delete('tree');
    url.hash = 'tree';
    history.pushState(null, '', url);
    window.dispatchEvent(new Event(URL_CHANGE_EVENT));
    this.render(true);
  }
}

customElements.define('kb-tree', KbTree);
