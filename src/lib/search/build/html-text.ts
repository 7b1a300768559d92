/**
 * The readable text of an article's rendered body (from the body store: our own
 * sanitised output): the text outside steps, and each step's text, without headings (indexed as
 * fields of their own) and without text only screen readers get (`.sr-only`, such as "link to
 * this section"). A small scanner, not a DOM: it runs for every article of every build, and a
 * full HTML parser costs several times more on 10,000 articles.
 */

/** The text of a body: outside the steps, and per step id. */
export interface BodyText {
  /** Paragraphs, lists, tables, notes and code outside the steps, blocks on lines of their own. */
  body: string;
  /** Each step's text (without its heading), by step id. */
  steps: Map<string, string>;
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->/g;
const VOID = new Set(['br', 'hr', 'img', 'input', 'wbr', 'col', 'source', 'meta', 'link', 'area']);
const BLOCK =
  /^(p|li|ul|ol|tr|td|th|table|pre|div|section|blockquote|dt|dd|dl|br|hr|h[1-6]|aside|details|summary|figcaption|caption)$/;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes character references (numeric and the few named ones the serialiser writes). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const cp =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED[ref.toLowerCase()] ?? m;
  });
}

const ATTRS = {
  class: /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i,
  id: /\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i,
};
const attr = (attrs: string, name: keyof typeof ATTRS): string | undefined => {
  const m = ATTRS[name].exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
};

interface Open {
  name: string;
  /** Text inside is not read (headings, screen-reader-only text). */
  skip: boolean;
  /** The step this element opens, if it is a step's section. */
  step: string | undefined;
}

/** Joins text pieces into lines: whitespace collapsed, one line per block. */
function lines(pieces: string[]): string {
  return pieces
    .join('')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

/** The readable text of a rendered body, outside the steps and per step. */
export function bodyText(html: string): BodyText {
  const stack: Open[] = [];
  const body: string[] = [];
  const steps = new Map<string, string[]>();
  let skip = 0;
  let step: string | undefined;
  const target = () => (step === undefined ? body : steps.get(step)!);
  const text = (raw: string) => {
    if (skip === 0 && raw) target().push(raw.includes('&') ? decodeEntities(raw) : raw);
  };
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    text(html.slice(last, m.index));
    last = m.index + m[0].length;
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    const block = BLOCK.test(name);
    if (block) target().push('\n');
    if (m[1]) {
      // Close the nearest open element of that name (our HTML is well formed; be lenient anyway).
      let at = stack.length - 1;
      while (at >= 0 && stack[at]!.name !== name) at--;
      if (at < 0) continue;
      for (const o of stack.splice(at)) {
        if (o.skip) skip--;
        if (o.step !== undefined) step = undefined;
      }
      if (block) target().push('\n');
      continue;
    }
    if (VOID.has(name) || m[3]?.trimEnd().endsWith('/')) continue;
    const attrs = m[3] ?? '';
    // Only a class can make an element skipped or a step: most tags have none to read.
    const classes = attrs.includes('class') ? ` ${attr(attrs, 'class') ?? ''} ` : '  ';
    const isSkip = /^h[1-6]$/.test(name) || classes.includes(' sr-only ');
    const isStep = name === 'section' && classes.includes(' step ') && step === undefined;
    const open: Open = { name, skip: isSkip, step: isStep ? (attr(attrs, 'id') ?? '') : undefined };
    if (open.step !== undefined) {
      step = open.step;
      if (!steps.has(step)) steps.set(step, []);
    }
    if (isSkip) skip++;
    stack.push(open);
  }
  text(html.slice(last));
  return {
    body: lines(body),
    steps: new Map([...steps].map(([id, pieces]) => [id, lines(pieces)])),
  };
}
