import { constructFromEvents, EVENT_ID, parseEvents, SCALAR_STYLE, type Event } from 'js-yaml';

/**
 * Text the fast parser is not trusted to read exactly as the `yaml` package does: a tab in
 * indentation, a document marker (`---`, `...`) at any indent, a block scalar's indentation
 * indicator or keep chomping (`|2`, `>-1`, `|+`), an escaped line break in a double-quoted text,
 * a number too large for a double (`1e400`), text after a flow collection (`[a] b`). A
 * differential test against the `yaml` package (tests/unit/fast-yaml.test.ts) found these to
 * differ; they are rare in content, so such a file is simply read by the `yaml` package.
 */
const UNSURE =
  /^[ \t]*\t|^[ \t]*(?:---|\.\.\.)|[|>](?:[-+]?\d|\+)|\\\r?\n|(?<![\w.])[-+]?\d*\.?\d+[eE][-+]?\d{3}|\d{300}|[\]}][ \t]*[^ \t\r\n,\]}:#]/m;

/** What may follow a quoted text (js-yaml reads some junk there as a new key). */
const AFTER_QUOTE = /[ \t]*(?:[\r\n,\]}:#]|$)/y;

/** A block scalar's first line, when blank (the two parsers differ on more-indented ones). */
const BLANK_FIRST_LINE = /[ \t]*(?:\r?\n|$)/y;

/** A mapping key the two parsers read differently (`~:` or `null:`), or one too long for `yaml`. */
const unsureKey = (key: string) => key === 'null' || key.length > 1000;

/**
 * Parses plain content YAML with js-yaml, about ten times faster than the `yaml` package, and
 * returns `{ data }` only when the result is certainly what the `yaml` package's core schema
 * gives and the YAML guard would accept: no tag, anchor or alias at all (so no custom tag and
 * no alias bomb), collections nested less than `maxDepth` deep, no text or key in the forms
 * above. Anything else, including every syntax error, returns `undefined`: the caller then reads
 * the file with the `yaml` package, whose positions and messages every refusal uses.
 */
export function parsePlainYaml(text: string, maxDepth: number): { data: unknown } | undefined {
  if (UNSURE.test(text)) return undefined;
  let events: Event[];
  let docs: unknown[];
  try {
    events = parseEvents(text, { maxDepth: 2 * maxDepth });
    if (!plainEvents(events, text, maxDepth)) return undefined;
    docs = constructFromEvents(events, { source: text, maxAliases: 0 });
  } catch {
    return undefined;
  }
  if (docs.length !== 1 || hasUnsureKey(docs[0])) return undefined;
  return { data: docs[0] };
}

/**
 * No tag, anchor or alias, no collection nested `maxDepth` levels deep (or nearly), nothing but
 * a separator after a quoted text, and block scalars only inside a collection, not starting
 * with a blank line.
 */
function plainEvents(events: readonly Event[], text: string, maxDepth: number): boolean {
  // The document is a level of its own here: its root collection is at depth 2.
  let depth = 0;
  for (const e of events) {
    if (e.type === EVENT_ID.POP) depth -= 1;
    else if (e.type === EVENT_ID.DOCUMENT) depth += 1;
    else if (e.type === EVENT_ID.ALIAS || e.tagStart !== -1 || e.anchorStart !== -1) return false;
    else if (e.type !== EVENT_ID.SCALAR) {
      if (++depth > maxDepth) return false;
    } else if (e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED) {
      // The event ends at the closing quote.
      if (!matchesAt(AFTER_QUOTE, text, e.valueEnd + 1)) return false;
    } else if (e.style === SCALAR_STYLE.LITERAL_BLOCK || e.style === SCALAR_STYLE.FOLDED_BLOCK) {
      // The event starts at the first line of the text, after the `|` or `>` line.
      if (depth < 2 || matchesAt(BLANK_FIRST_LINE, text, e.valueStart)) return false;
    }
  }
  return true;
}

/** Whether the sticky `pattern` matches `text` at `index`. */
function matchesAt(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(text);
}

/** Whether any mapping key, at any depth, is one {@link unsureKey} names. */
function hasUnsureKey(root: unknown): boolean {
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...(value as unknown[]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (unsureKey(key)) return true;
        stack.push(item);
      }
    }
  }
  return false;
}
