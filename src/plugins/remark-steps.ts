import type { Root, RootContent, Heading, Parent, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

/** A step as the plugin needs it: its id and its title in the page's language. */
export interface StepInfo {
  id: string;
  title: string;
}

/** Options of {@link remarkSteps}. */
export interface RemarkStepsOptions {
  /** The steps declared in the frontmatter, in order. */
  steps: readonly StepInfo[];
  /** The visible step label for a 1-based number (`Step 3`, `Krok 3`). */
  stepLabel: (n: number) => string;
  /** The accessible name of a step's anchor link (`Link to this step`). */
  anchorLabel: string;
  /** Former step ids (`{ old: current }`): each becomes an extra anchor inside its step. */
  aliases?: Readonly<Record<string, string>>;
}

/** One `:::step` block found in the body, recorded on `file.data.stepBlocks`. */
export interface StepBlock {
  id: string | undefined;
  line: number | undefined;
  column?: number | undefined;
}

declare module 'vfile' {
  interface DataMap {
    stepBlocks: StepBlock[];
  }
}

/** Callout directives rendered as notes; any other container directive is kept as a plain block. */
const CALLOUTS = new Set(['note', 'tip', 'warning', 'caution']);

/**
 * Binds `:::step{#id}` blocks to the frontmatter's steps: each block becomes a numbered
 * `<section class="step" id="{id}">` whose heading shows the step's number and title.
 * Blocks are recorded on `file.data.stepBlocks` so the validator can pair them with the
 * declared steps. Text directives that are not ours (`Error:5`) are restored as text,
 * because remark-directive would otherwise swallow them.
 */
export default function remarkSteps(options: RemarkStepsOptions) {
  const order = new Map(options.steps.map((s, i) => [s.id, i] as const));
  return (tree: Root, file: VFile) => {
    const blocks: StepBlock[] = [];
    const source = String(file.value);
    let lastDepth = 1;
    visit(tree, (node, index, parent) => {
      if (node.type === 'heading' && !isStepHeading(node)) lastDepth = node.depth;
      if (node.type === 'textDirective' || node.type === 'leafDirective') {
        if (parent && index !== undefined)
          parent.children.splice(index, 1, restore(node, source) as never);
        return SKIP;
      }
      if (node.type !== 'containerDirective') return undefined;
      if (node.name !== 'step') {
        decorateCallout(node);
        return undefined;
      }
      const id = node.attributes?.id ?? undefined;
      blocks.push({ id, line: node.position?.start.line, column: node.position?.start.column });
      const n = id === undefined ? undefined : order.get(id);
      if (id === undefined || n === undefined) return SKIP;
      const step = options.steps[n]!;
      const depth = Math.min(Math.max(lastDepth + 1, 2), 4) as Heading['depth'];
      node.data = {
        hName: 'section',
        hProperties: { id, className: ['step'], dataStep: String(n + 1) },
      };
      node.children.unshift(stepHeading(step, n + 1, depth, options));
      // Old links (`#old-id`) land on the renamed step: an empty anchor carries each former id.
      for (const [old, current] of Object.entries(options.aliases ?? {})) {
        if (current === id)
          node.children.unshift({
            type: 'paragraph',
            data: { hName: 'span', hProperties: { id: old, className: ['step-alias'] } },
            children: [],
          });
      }
      return undefined;
    });
    file.data.stepBlocks = blocks;
  };
}

/** The heading of a step: its number, its title, and an anchor link to the step. */
function stepHeading(
  step: StepInfo,
  n: number,
  depth: Heading['depth'],
  options: RemarkStepsOptions,
): Heading {
  const number: RootContent = {
    type: 'emphasis',
    data: { hName: 'span', hProperties: { className: ['step-number'] } },
    children: [{ type: 'text', value: options.stepLabel(n) }],
  };
  const anchor: RootContent = {
    type: 'link',
    url: `#${step.id}`,
    data: { hProperties: { className: ['anchor'] } },
    children: [
      {
        type: 'emphasis',
        data: { hName: 'span', hProperties: { className: ['sr-only'] } },
        children: [{ type: 'text', value: options.anchorLabel }],
      },
      {
        type: 'emphasis',
        data: { hName: 'span', hProperties: { ariaHidden: 'true' } },
        children: [{ type: 'text', value: '#' }],
      },
    ],
  };
  const title: Text = { type: 'text', value: ` ${step.title} ` };
  return {
    type: 'heading',
    depth,
    data: { hProperties: { className: ['step-title'] } },
    children: [number as never, title, anchor as never],
  };
}

/** Whether a heading is one this plugin inserted. */
function isStepHeading(node: Heading): boolean {
  const cls = (node.data?.hProperties as { className?: unknown } | undefined)?.className;
  return Array.isArray(cls) && cls.includes('step-title');
}

/** `:::note` and friends become `<aside class="callout note">`; others a plain `<div>`. */
function decorateCallout(node: ContainerDirective): void {
  const known = CALLOUTS.has(node.name);
  node.data = {
    hName: known ? 'aside' : 'div',
    hProperties: { className: known ? ['callout', node.name] : ['directive'] },
  };
}

/** A directive that is not ours, put back as the text the author wrote. */
function restore(node: TextDirective | LeafDirective, source: string): RootContent | Parent {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const value =
    start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}`;
  return node.type === 'leafDirective'
    ? { type: 'paragraph', children: [{ type: 'text', value }] }
    : { type: 'text', value };
}
