/** An open block container while scanning: a quote, or a list item with its content column. */
type Container = { kind: 'quote' } | { kind: 'item'; column: number };

/** Where the nesting of a body first goes past a limit: its depth, 1-based line in the body and column. */
export interface TooDeep {
  depth: number;
  line: number;
  /** 1-based, where the container or element that goes past the limit opens. */
  column: number;
}

/** HTML elements that never hold others, or that close themselves when the next one opens. */
const FLAT_TAGS = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option thead tbody tfoot colgroup'.split(
    ' ',
  ),
);

const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^(`{3,}|~{3,})/;
// Quoted values stop at < and >, so a failed match never scans further than the next tag.
const TAG = /<(\/?)([A-Za-z][\w-]*)(?:[^<>"']|"[^"<>]*"|'[^'<>]*')*?(\/?)>/g;

/** Leading spaces of `line` from `pos` (a tab counts as up to the next multiple of 4). */
function spacesAt(line: string, pos: number): { width: number; end: number } {
  let width = 0;
  let end = pos;
  while (line[end] === ' ' || line[end] === '\t') {
    width += line[end] === '\t' ? 4 - ((pos + width) % 4) : 1;
    end += 1;
  }
  return { width, end };
}

/** Whether an open container goes on in this line; advances `at.pos` past its prefix. */
function continues(c: Container, line: string, blank: boolean, at: { pos: number }): boolean {
  const { width, end } = spacesAt(line, at.pos);
  if (c.kind === 'quote') {
    if (width > 3 || line[end] !== '>') return false;
    at.pos = end + (line[end + 1] === ' ' ? 2 : 1);
    return true;
  }
  if (blank) return true;
  if (at.pos + width < c.column) return false;
  at.pos = Math.min(end, c.column);
  return true;
}

const SPACE = /\s/u;
const PUNCT = /[\p{P}\p{S}]/u;

/**
 * Emphasis delimiters of one line (CommonMark's flanking rules, `\*` skipped): a run that can
 * close goes to `close` (column, length), which says whether it closed anything; a run that
 * closed nothing and can open goes to `open`.
 */
function delimiterRuns(
  line: string,
  from: number,
  open: (length: number) => void,
  close: (column: number, length: number) => boolean,
): void {
  for (let i = from; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\') {
      i += 1;
      continue;
    }
    if (c !== '*' && c !== '_') continue;
    let j = i;
    while (line[j] === c) j += 1;
    const before = i > from ? line[i - 1]! : ' ';
    const after = line[j] ?? ' ';
    const left =
      !SPACE.test(after) && (!PUNCT.test(after) || SPACE.test(before) || PUNCT.test(before));
    const right =
      !SPACE.test(before) && (!PUNCT.test(before) || SPACE.test(after) || PUNCT.test(after));
    const canOpen = c === '*' ? left : left && (!right || PUNCT.test(before));
    const canClose = c === '*' ? right : right && (!left || PUNCT.test(after));
    if (!(canClose && close(i + 1, j - i)) && canOpen) open(j - i);
    i = j - 1;
  }
}

/**
 * The first line of a Markdown body whose block nesting (quotes, list items and raw HTML elements
 * together) goes past `limit`, found in one pass over the text without parsing it: deep nesting
 * makes the Markdown and HTML tree walkers recurse until the stack overflows, and their time grow
 * with the square of the depth. Emphasis (`*a *a … a**`) counts too, inside its paragraph: at
 * a closing run, every opener still open is taken to nest. Errs towards counting more, never
 * less: lazy lines keep their containers open, and every unclosed HTML element that could hold
 * others counts.
 */
export function findTooDeep(markdown: string, limit: number): TooDeep | undefined {
  const stack: Container[] = [];
  let html = 0;
  let fence: { marker: string; depth: number } | undefined;
  let lineNo = 0;
  // Emphasis openers not yet closed in the current paragraph.
  let emphasis = 0;
  for (const line of markdown.split('\n')) {
    lineNo += 1;
    const blank = line.trim() === '';
    if (blank) emphasis = 0;
    const at = { pos: 0 };
    let matched = 0;
    while (matched < stack.length && continues(stack[matched]!, line, blank, at)) matched += 1;
    if (fence && matched >= fence.depth) {
      const close = FENCE.exec(line.slice(spacesAt(line, at.pos).end).trimEnd());
      const marker = close?.[1] ?? '';
      if (
        marker[0] === fence.marker[0] &&
        marker.length >= fence.marker.length &&
        close?.input === marker
      )
        fence = undefined;
      continue;
    }
    fence = undefined;
    const rest = line.slice(spacesAt(line, at.pos).end);
    const lazy =
      !blank && matched < stack.length && !rest.startsWith('>') && !LIST_MARKER.test(rest);
    if (!lazy) stack.length = matched;
    // New containers opened on this line.
    for (;;) {
      const { width, end } = spacesAt(line, at.pos);
      if (width > 3) break;
      const here = line.slice(end);
      if (here.startsWith('>')) {
        stack.push({ kind: 'quote' });
        at.pos = end + (here[1] === ' ' ? 2 : 1);
      } else {
        const marker = LIST_MARKER.exec(here);
        if (!marker || THEMATIC_BREAK.test(here)) break;
        const after = spacesAt(line, end + marker[0].length);
        const gap = after.width >= 1 && after.width <= 4 ? after.width : 1;
        stack.push({ kind: 'item', column: end + marker[0].length + gap });
        at.pos = after.end;
      }
      if (stack.length + html > limit)
        return { depth: stack.length + html, line: lineNo, column: end + 1 };
    }
    const contentStart = spacesAt(line, at.pos).end;
    const content = line.slice(contentStart);
    const opening = FENCE.exec(content);
    if (opening) {
      fence = { marker: opening[1]!, depth: stack.length };
      emphasis = 0;
      continue;
    }
    // Most lines hold no tag and no emphasis: their scans are skipped.
    const tags = content.includes('<') ? content.matchAll(TAG) : [];
    for (const tag of tags) {
      const [, close, name, selfClosing] = tag;
      if (selfClosing || FLAT_TAGS.has(name!.toLowerCase())) continue;
      html = close ? Math.max(0, html - 1) : html + 1;
      if (stack.length + html > limit)
        return { depth: stack.length + html, line: lineNo, column: contentStart + tag.index + 1 };
    }
    if (!content.includes('*') && !content.includes('_')) continue;
    let deep: TooDeep | undefined;
    delimiterRuns(
      line,
      contentStart,
      (length) => (emphasis += length),
      (column, length) => {
        if (emphasis === 0) return false;
        const depth = stack.length + html + emphasis;
        if (depth > limit && !deep) deep = { depth, line: lineNo, column };
        emphasis = Math.max(0, emphasis - length);
        return true;
      },
    );
    if (deep) return deep;
  }
  return undefined;
}
