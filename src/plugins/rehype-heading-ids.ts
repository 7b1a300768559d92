import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import GithubSlugger from 'github-slugger';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** A section heading of the rendered body, for the table of contents. */
export interface HeadingInfo {
  depth: number;
  id: string;
  text: string;
  /** Set on a step's title, whose id is the step's (a section heading never takes a step id). */
  step?: true;
}

/** Options of {@link rehypeHeadingIds}. */
export interface RehypeHeadingIdsOptions {
  /**
   * Ids to give the headings in document order, taken from the source language so that a
   * fragment keeps its place when the reader switches language. Headings past the list get
   * a slug of their own text.
   */
  ids?: readonly string[];
  /** Ids already taken on the page (step ids, the tree, page chrome); slugs avoid them. */
  reserved?: readonly string[];
}

declare module 'vfile' {
  interface DataMap {
    headings: HeadingInfo[];
  }
}

/**
 * Gives every `h2`–`h6` of the body a stable id and records them on `file.data.headings`: an
 * explicit `{#id}` written after the heading text, else the source language's id at the same
 * position, else a github-slugger slug of the text. Step headings are left out:
 * their section carries the step id.
 */
export default function rehypeHeadingIds(options: RehypeHeadingIdsOptions = {}) {
  return (tree: Root, file: VFile) => {
    const slugger = new GithubSlugger();
    for (const id of options.reserved ?? []) slugger.slug(id);
    const headings: HeadingInfo[] = [];
    let position = 0;
    visit(tree, 'element', (node: Element, _index, parent) => {
      const rank = headingRank(node);
      if (rank === undefined || rank < 2) return;
      const text = toString(node).replace(EXPLICIT_ID, '').trim();
      if (isStepTitle(node)) {
        const stepId = parent?.type === 'element' ? parent.properties['id'] : undefined;
        const title = toString({
          ...node,
          children: node.children.filter((c) => !(c.type === 'element' && c.tagName === 'a')),
        });
        headings.push({
          depth: rank,
          id: String(stepId ?? ''),
          text: title.replace(/\s+/g, ' ').trim(),
          step: true,
        });
        return;
      }
      const explicit = takeExplicitId(node);
      const given = options.ids?.[position];
      position += 1;
      const id =
        explicit ??
        (typeof node.properties['id'] === 'string'
          ? node.properties['id']
          : (given ?? slugger.slug(text)));
      if (explicit) slugger.slug(explicit);
      if (given !== undefined) slugger.slug(given);
      node.properties['id'] = id;
      headings.push({ depth: rank, id, text });
    });
    file.data.headings = headings;
  };
}

/** A heading's explicit id written at its end: `## Symptoms {#symptoms}`. */
const EXPLICIT_ID = /\s*\{#([A-Za-z][\w-]*)\}\s*$/;

/** Removes a trailing `{#id}` from a heading's last text and returns the id. */
function takeExplicitId(node: Element): string | undefined {
  const last = node.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const match = EXPLICIT_ID.exec(last.value);
  if (!match) return undefined;
  last.value = last.value.slice(0, match.index);
  return match[1];
}

/** Whether a heading is the title of a step section (rendered by remark-steps). */
export function isStepTitle(node: Element): boolean {
  const cls = node.properties['className'];
  return Array.isArray(cls) && cls.includes('step-title');
}
