import { randomUUID } from 'node:crypto';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { eachElement } from './each-element.ts';

/**
 * The properties that name an element in the DOM (`document.x`, `window.x`, `form.x`) or point at
 * one by id. The sanitiser prefixes them (`user-content-`) so raw HTML in a body can neither
 * clobber a document property nor take an id the page uses.
 */
export const CLOBBER_PROPERTIES = ['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy'] as const;

/** The prefix the sanitiser puts before every id and name it keeps. */
export const USER_PREFIX = 'user-content-';

declare module 'vfile' {
  interface DataMap {
    /** A random mark, unknown to authors, on the ids our own plugins gave before sanitising. */
    ownIdMark: string;
  }
}

/** Applies `change` to the id-like properties of an element (strings and lists of strings). */
function rewrite(node: Element, change: (value: string) => string | undefined): void {
  const properties: Record<string, unknown> = node.properties;
  for (const key of CLOBBER_PROPERTIES) {
    const value = properties[key];
    if (typeof value === 'string') {
      const next = change(value);
      if (next === undefined) delete properties[key];
      else properties[key] = next;
    } else if (Array.isArray(value)) {
      const next = value.map((v) => change(String(v))).filter((v) => v !== undefined);
      if (next.length === 0) delete properties[key];
      else properties[key] = next;
    }
  }
}

/**
 * Runs before raw HTML is parsed: every element that has an id at this point was made by our
 * own plugins (steps, step aliases, footnotes), since raw HTML is still unparsed text. Their ids
 * get a random mark so that {@link rehypeRestoreOwnIds} can tell them from an author's after the
 * sanitiser has prefixed all of them.
 */
export function rehypeMarkOwnIds() {
  return (tree: Root, file: VFile) => {
    const mark = `k${randomUUID().replaceAll('-', '')}-`;
    file.data.ownIdMark = mark;
    eachElement(tree, (node) => rewrite(node, (v) => `${mark}${v}`));
  };
}

/** Options of {@link rehypeRestoreOwnIds}. */
export interface RestoreOwnIdsOptions {
  /** Ids the page itself uses (layout, tree, steps): never left to an author's element. */
  reserved?: readonly string[];
}

/** Removes a class from an element's class list. */
function dropClass(node: Element, name: string): void {
  const cls = node.properties['className'];
  if (Array.isArray(cls) && cls.includes(name))
    node.properties['className'] = cls.filter((c) => c !== name);
}

/**
 * Runs after the sanitiser: our own ids lose their mark and prefix; an author's id or name keeps
 * the `user-content-` prefix, and an author's id is dropped when it repeats an id already used
 * (ours, the page's, or an earlier one), so every id on the page stays unique. Raw HTML posing
 * as a step (`<section class="step">`, a `step-title` heading) loses those classes, so scripts
 * and the table of contents only ever see the real steps.
 */
export function rehypeRestoreOwnIds(options: RestoreOwnIdsOptions = {}) {
  return (tree: Root, file: VFile) => {
    const own = `${USER_PREFIX}${file.data.ownIdMark ?? '\0'}`;
    const used = new Set(options.reserved ?? []);
    const authors: Element[] = [];
    const steps = new Set<Element>();
    const titled = new Set<Element>();
    eachElement(tree, (node, parent) => {
      const id = node.properties['id'];
      const ours = typeof id === 'string' && id.startsWith(own);
      if (ours) used.add(id.slice(own.length));
      else if (id !== undefined) authors.push(node);
      rewrite(node, (v) => (v.startsWith(own) ? v.slice(own.length) : v));
      if (node.tagName === 'section' && ours) steps.add(node);
      else dropClass(node, 'step');
      // A step's own title comes first in its section; any later "step title" is the author's.
      const cls = node.properties['className'];
      if (Array.isArray(cls) && cls.includes('step-title')) {
        if (parent?.type === 'element' && steps.has(parent) && !titled.has(parent))
          titled.add(parent);
        else dropClass(node, 'step-title');
      }
    });
    for (const node of authors) {
      const id = String(node.properties['id']);
      if (used.has(id)) delete node.properties['id'];
      used.add(id);
    }
  };
}
