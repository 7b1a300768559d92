import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { parsePlainYaml } from './fast-yaml.ts';

/** A 1-based place in a file, as editors and CI annotations read it. */
export interface Position {
  line: number;
  column: number;
}

/** The start of a file. */
export const FILE_START: Position = { line: 1, column: 1 };

/** Deepest nesting of lists and mappings a content file may have (documented in content-format.md). */
export const MAX_YAML_DEPTH = 64;

/** Most aliases (`*name`) a file may expand; more is an alias bomb. */
const MAX_ALIASES = 100;

/** One problem in the YAML text itself, at its position in the file. */
export interface YamlProblem {
  message: string;
  at: Position;
}

/** YAML parsed with the position of every value kept, so messages can point at it. */
export interface ParsedYaml {
  /** The plain data, or `undefined` when the text was refused. */
  data: unknown;
  /** Problems that refuse the file. */
  problems: YamlProblem[];
  /** Where a field (`['steps', 1, 'id']`) is: its value, or its key for a block, or the nearest parent. */
  locate(path: readonly PropertyKey[]): Position;
}

/**
 * Parses YAML text that starts at line `firstLine` of its file (2 for frontmatter after `---`).
 * Safe for hostile input: the core schema only (no custom tags; unknown tags are refused), a
 * bounded number of alias expansions, and a bounded nesting depth.
 *
 * Plain YAML (most content) is read by the fast parser (fast-yaml.ts); the `yaml` package then
 * runs only when a position is asked for, that is when the file has a problem. Anything else is
 * read by the `yaml` package at once, so every refusal and its position come from it.
 */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const plain = parsePlainYaml(text, MAX_YAML_DEPTH);
  if (!plain) return parseWithPositions(text, firstLine);
  return { data: plain.data, problems: [], locate: locateLater(text, firstLine) };
}

/** A parser of content YAML: {@link parseYaml}, or one that reuses its earlier results. */
export type YamlParser = (text: string, firstLine: number) => ParsedYaml;

/** {@link ParsedYaml.locate} for accepted text, parsed with positions only when first asked. */
export function locateLater(text: string, firstLine: number): ParsedYaml['locate'] {
  let full: ParsedYaml | undefined;
  return (path) => (full ??= parseWithPositions(text, firstLine)).locate(path);
}

/** {@link parseYaml} with the `yaml` package alone, keeping every node's position. */
export function parseWithPositions(text: string, firstLine = 1): ParsedYaml {
  const lines = new LineCounter();
  const at = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, schema: 'core', prettyErrors: false });
  } catch (error) {
    // The composer recurses: only absurd nesting gets here.
    const message = error instanceof RangeError ? 'nested too deeply' : String(error);
    return refused([{ message, at: at(0) }], at);
  }
  const problems: YamlProblem[] = [...doc.errors, ...doc.warnings]
    .filter((e) => e.name === 'YAMLParseError' || e.code === 'TAG_RESOLVE_FAILED')
    .map((e) => ({
      message: e.message.replace(/ at line \d+, column \d+[\s\S]*$/, ''),
      at: at(e.pos[0]),
    }));
  const deep = tooDeep(doc.contents);
  if (deep !== undefined)
    problems.push({ message: `nested more than ${MAX_YAML_DEPTH} levels deep`, at: at(deep) });
  if (problems.length > 0) return refused(problems, at);
  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES });
    return { data, problems, locate: (path) => locate(doc, path, at) };
  } catch (error) {
    const message = /alias/i.test(String(error))
      ? `too many alias expansions (at most ${MAX_ALIASES})`
      : String(error instanceof Error ? error.message : error);
    return refused([{ message, at: at(0) }], at);
  }
}

function refused(problems: YamlProblem[], at: (offset: number) => Position): ParsedYaml {
  return { data: undefined, problems, locate: () => at(0) };
}

/** The offset of the first node nested deeper than the limit, walking without recursion. */
function tooDeep(root: unknown): number | undefined {
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= MAX_YAML_DEPTH) return node.range?.[0] ?? 0;
    for (const item of node.items as unknown[]) {
      if (isPair(item)) stack.push([item.value, depth + 1]);
      else stack.push([item, depth + 1]);
    }
  }
  return undefined;
}

/** Where a path's value is; see {@link ParsedYaml.locate}. */
function locate(
  doc: Document.Parsed,
  path: readonly PropertyKey[],
  at: (offset: number) => Position,
): Position {
  let node: unknown = doc.contents;
  let best = (node as { range?: number[] } | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      const keyStart = (pair.key as { range?: number[] }).range?.[0] ?? best;
      const value = pair.value as { range?: number[]; flow?: boolean } | null;
      // A block list or mapping spans many lines: its key names it best.
      const block = (isMap(value) || isSeq(value)) && !value.flow;
      const empty = value === null || (isScalar(value) && value.value === null);
      best = block || empty || !value?.range ? keyStart : value.range[0]!;
      node = value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key] !== undefined) {
      const item = node.items[key] as { range?: number[] } | null;
      best = item?.range?.[0] ?? best;
      node = item;
    } else break;
  }
  return at(best);
}

/** Splits a field name (`steps[1].errors[0]`) into its path (`['steps', 1, 'errors', 0]`). */
export function fieldPath(field: string): Array<string | number> {
  if (field.startsWith('(')) return [];
  return [...field.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) =>
    m[1] !== undefined ? Number(m[1]) : m[2]!,
  );
}

/** The position of the first occurrence of `needle` in `text`, which starts at `firstLine`. */
export function findText(text: string, needle: string, firstLine: number): Position | undefined {
  const offset = text.indexOf(needle);
  if (offset < 0 || needle === '') return undefined;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line: line + firstLine - 1, column };
}
