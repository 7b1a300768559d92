import { isUtf8 } from 'node:buffer';
import { lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { join, relative } from 'node:path';
import { findByteProblem } from './check-bytes.ts';
import type { IssueList } from './content-error.ts';
import { excerpt } from './excerpt.ts';
import { parseYaml, type YamlParser } from './positions.ts';

/** A content file read from disk, its data parsed but not yet validated. */
export interface RawFile {
  /** Path relative to the project root, for messages. */
  file: string;
  /** The two folder levels and the file name: `articles/123456/en.md` → [`123456`, `en.md`]. */
  parts: [string, string];
  /** Parsed YAML (the frontmatter, for Markdown). */
  data: unknown;
  /** The Markdown body (empty for YAML). */
  body: string;
  /** 1-based line of the body's first line in the file, so body messages point at the file. */
  bodyLine: number;
}

const FRONTMATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---\r?\n?/;
/** A byte-order mark some editors write first; it is not part of the text. */
const BOM = '\uFEFF';

/** The folders of `content/` the build reads; anything else there is reported as unread. */
export const CONTENT_PARTS = ['articles', 'events', 'errors'] as const;

/**
 * The kind of a content entry, never following a symbolic link: a link could lead out of the
 * content folder (a `.env`, `/etc/passwd`) or nowhere. Records a refusal for a link or an entry
 * that is neither a file nor a folder, and for an entry that is not the `expected` kind.
 */
function entryKind(
  path: string,
  file: string,
  expected: 'file' | 'folder',
  hint: string,
  issues: IssueList,
): boolean {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (e) {
    issues.add(
      file,
      '(file)',
      `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); expected ${hint}`,
    );
    return false;
  }
  if (stats.isSymbolicLink()) {
    issues.add(
      file,
      '(file)',
      `is a symbolic link; expected ${hint} stored inside the content folder itself (links are never followed)`,
    );
    return false;
  }
  const kind = stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'special file';
  if (kind === expected) return true;
  issues.add(file, '(file)', `is a ${kind}; expected ${hint}`);
  return false;
}

/** Warns about every entry of `content/` the build does not read (a misspelled `artciles/`). */
export function warnUnreadEntries(
  projectRoot: string,
  contentDir: string,
  issues: IssueList,
): void {
  let names: string[];
  try {
    names = readdirSync(contentDir).sort();
  } catch {
    return;
  }
  for (const name of names.filter((n) => !(CONTENT_PARTS as readonly string[]).includes(n))) {
    issues.warn(
      relative(projectRoot, join(contentDir, name)),
      '(file)',
      `not read by the build; expected only the folders ${CONTENT_PARTS.join(', ')} in the content folder (a misspelled name?)`,
    );
  }
}

/** Lists `{dir}/{folder}/{file}` entries; anything else in `dir` is reported, never skipped. */
function listTwoLevels(
  projectRoot: string,
  root: string,
  dir: string,
  issues: IssueList,
): Array<[string, string, string]> {
  const base = join(root, dir);
  const rel = (path: string) => relative(projectRoot, path) || path;
  let folders: string[];
  try {
    folders = readdirSync(base).sort();
  } catch {
    return [];
  }
  if (!entryKind(base, rel(base), 'folder', `a folder ${dir}/`, issues)) return [];
  const out: Array<[string, string, string]> = [];
  for (const folder of folders) {
    const path = join(base, folder);
    if (!entryKind(path, rel(path), 'folder', `folders ${dir}/{name}/ holding the entries`, issues))
      continue;
    for (const name of readdirSync(path).sort()) {
      const entry = join(path, name);
      if (
        entryKind(
          entry,
          rel(entry),
          'file',
          `a file ${dir}/${excerpt(folder).slice(1, -1)}/{name}`,
          issues,
        )
      )
        out.push([entry, folder, name]);
    }
  }
  return out;
}

/** A file's text, or `undefined` (and a refusal) when its bytes are not clean UTF-8. */
function readText(path: string, file: string, issues: IssueList): string | undefined {
  const bytes = readFileSync(path);
  if (isUtf8(bytes) && !bytes.includes(0)) return bytes.toString('utf8');
  const problem = findByteProblem(bytes);
  if (!problem) return bytes.toString('utf8');
  const at = { line: problem.line, column: problem.column };
  issues.add(
    file,
    '(encoding)',
    `${problem.what} at byte ${problem.offset}; expected UTF-8 text (save the file as UTF-8, without control bytes)`,
    at,
  );
  return undefined;
}

/** Reads `content/{dir}/*\/*` with the given extension, parsing YAML or Markdown frontmatter. */
export function readContentFiles(
  projectRoot: string,
  contentDir: string,
  dir: string,
  ext: '.md' | '.yaml',
  issues: IssueList,
  parse: YamlParser = parseYaml,
): RawFile[] {
  const files: RawFile[] = [];
  for (const [path, folder, name] of listTwoLevels(projectRoot, contentDir, dir, issues)) {
    const file = relative(projectRoot, path);
    if (!name.endsWith(ext)) {
      issues.add(file, '(file name)', `unexpected file; expected a ${ext} file here`);
      continue;
    }
    const read = readText(path, file, issues);
    if (read === undefined) continue;
    const text = read.startsWith(BOM) ? read.slice(1) : read;
    let yaml = text;
    let body = '';
    let bodyLine = 1;
    if (ext === '.md') {
      const match = FRONTMATTER.exec(text);
      if (!match) {
        issues.add(
          file,
          '(frontmatter)',
          'missing; expected the file to start with YAML frontmatter between --- lines',
        );
        continue;
      }
      yaml = match[1] ?? '';
      body = text.slice(match[0].length);
      bodyLine = match[0].split('\n').length;
    }
    // Frontmatter starts on line 2, after the opening ---: positions count from the file's top.
    const parsed = parse(yaml, ext === '.md' ? 2 : 1);
    issues.register(file, { locate: parsed.locate, body: { text: body, firstLine: bodyLine } });
    for (const p of parsed.problems)
      issues.add(file, '(yaml)', `not valid YAML: ${p.message}`, p.at);
    if (parsed.problems.length === 0)
      files.push({ file, parts: [folder, name], data: parsed.data, body, bodyLine });
  }
  return files;
}
