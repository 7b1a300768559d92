import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import GithubSlugger from 'github-slugger';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { eachElement } from './each-element.ts';

/** A section heading of the rendered body, for the table of contents. */
export interface HeadingInfo {
  depth: number;
  /** The heading's id: ASCII, diacritics folded (`rozwiazanie`). */
  id: string;
  text: string;
  /** Set on a step's title, whose id is the step's (a section heading never takes a step id). */
  step?: true;
  /** The id this heading had before ids were folded to ASCII (`rozwiązanie`), kept as an anchor. */
  formerId?: string;
}

/** Options of {@link rehypeHeadingIds}. */
export interface RehypeHeadingIdsOptions {
  /**
   * Ids to give the headings in document order, taken from the source language so that a
   * fragment keeps its place when the reader switches language. Headings past the list get
   * a slug of their own text.
   */
  ids?: readonly string[];
  /** The source language's former (pre-ASCII) ids, by the same positions as `ids`. */
  formerIds?: readonly (string | undefined)[];
  /** Ids already taken on the page (step ids, the tree, page chrome); slugs avoid them. */
  reserved?: readonly string[];
}

declare module 'vfile' {
  interface DataMap {
    headings: HeadingInfo[];
  }
}

/**
 * Gives every `h2`–`h6` of the body a stable ASCII id and records them on `file.data.headings`:
 * an explicit `{#id}` written after the heading text, else the source language's id at the same
 * position, else a github-slugger slug of the text with diacritics folded (`#rozwiazanie`). Ids
 * were not folded before, so where the former id differs it stays on the page as an empty anchor
 * (`<span id="rozwiązanie" class="heading-alias">`) and a link pasted earlier still lands. Step
 * headings are left out: their section carries the step id.
 */
export default function rehypeHeadingIds(options: RehypeHeadingIdsOptions = {}) {
  return (tree: Root, file: VFile) => {
    // Two sluggers in step: today's (folded) ids, and the ids the page gave before folding.
    const slugger = new GithubSlugger();
    const former = new GithubSlugger();
    const taken = new Set(options.reserved ?? []);
    for (const id of taken) [slugger, former].forEach((s) => s.slug(id));
    const headings: HeadingInfo[] = [];
    const aliases: Array<[Element, HeadingInfo]> = [];
    let position = 0;
    eachElement(tree, (node, parent) => {
      const rank = headingRank(node);
      if (rank === undefined || rank < 2) return;
      const text = toString(node).replace(EXPLICIT_ID, '').trim();
      if (isStepTitle(node)) {
        headings.push({ depth: rank, id: stepIdOf(parent), text: stepTitle(node), step: true });
        return;
      }
      const explicit =
        takeExplicitId(node) ??
        (typeof node.properties['id'] === 'string' ? node.properties['id'] : undefined);
      const given = options.ids?.[position];
      const givenFormer = options.formerIds?.[position] ?? given;
      position += 1;
      let id: string;
      let old: string;
      if (explicit !== undefined) {
        id = foldToAscii(explicit) || 'section';
        old = explicit;
      } else if (given !== undefined) {
        id = given;
        old = givenFormer ?? given;
      } else {
        id = slugger.slug(foldToAscii(text) || 'section');
        old = former.slug(text);
      }
      if (explicit !== undefined || given !== undefined) {
        slugger.slug(id);
        former.slug(old);
      }
      node.properties['id'] = id;
      taken.add(id);
      const info: HeadingInfo = { depth: rank, id, text };
      if (old !== id) {
        info.formerId = old;
        aliases.push([node, info]);
      }
      headings.push(info);
    });
    // A former id another heading now uses belongs to that heading: no second anchor for it.
    for (const [node, info] of aliases) {
      const old = info.formerId!;
      if (taken.has(old)) {
        delete info.formerId;
        continue;
      }
      taken.add(old);
      node.children.unshift({
        type: 'element',
        tagName: 'span',
        properties: { id: old, className: ['heading-alias'] },
        children: [],
      });
    }
    file.data.headings = headings;
  };
}

/**
 * An id in plain ASCII: diacritics dropped (`ą` → `a`), letters without a decomposition
 * mapped (`ł` → `l`), anything else non-ASCII removed, so a pasted link needs no `%C4%85`.
 */
export function foldToAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁđĐøØßæÆœŒ]/g, (c) => FOLD[c] ?? '')
    .replace(/[^\x20-\x7e]/g, '');
}

const FOLD: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
};

/** The id of the step section a step title sits in. */
function stepIdOf(parent: unknown): string {
  const p = parent as Element | undefined;
  return p?.type === 'element' ? String(p.properties['id'] ?? '') : '';
}

/** A step title's text without its anchor link. */
function stepTitle(node: Element): string {
  const title = toString({
    ...node,
    children: node.children.filter((c) => !(c.type === 'element' && c.tagName === 'a')),
  });
  return title.replace(/\s+/g, ' ').trim();
}

function hasClass(node: Element, name: string): boolean {
  const cls = node.properties['className'];
  return Array.isArray(cls) && cls.includes(name);
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
  return hasClass(node, 'step-title');
}
