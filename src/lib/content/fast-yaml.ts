import { constructFromEvents, EVENT_ID, parseEvents, type Event } from 'js-yaml';

/**
 * Text the fast parser is not trusted to read exactly as the `yaml` package does: a tab in
 * indentation, a document marker (`---`, `...`) at any indent, a block scalar's indentation
 * indicator (`|2`, `>-1`), an escaped line break in a double-quoted text. A differential test
 * against the `yaml` package found these to differ; they are rare in content, so such a file is
 * simply read by the slow parser.
 */
const UNSURE = /^[ \t]*\t|^[ \t]*(?:---|\.\.\.)|[|>][-+]?\d|\\\r?\n/m;

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
    if (!plainEvents(events, maxDepth)) return undefined;
    docs = constructFromEvents(events, { source: text, maxAliases: 0 });
  } catch {
    return undefined;
  }
  if (docs.length !== 1 || hasUnsureKey(docs[0])) return undefined;
  return { data: docs[0] };
}

/** No tag, anchor or alias, and no collection nested `maxDepth` levels deep (or nearly). */
function plainEvents(events: readonly Event[], maxDepth: number): boolean {
  // The document is a level of its own here: its root collection is at depth 2.
  let depth = 0;
  for (const e of events) {
    if (e.type === EVENT_ID.POP) depth -= 1;
    else if (e.type === EVENT_ID.DOCUMENT) depth += 1;
    else if (e.type === EVENT_ID.ALIAS || e.tagStart !== -1 || e.anchorStart !== -1) return false;
    else if (e.type !== EVENT_ID.SCALAR && ++depth > maxDepth) return false;
  }
  return true;
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
