import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { IssueList } from './content-error.ts';
import { parseYaml } from './positions.ts';

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

/** Lists `{dir}/{folder}/{file}` entries; anything else in `dir` is reported, never skipped. */
function listTwoLevels(root: string, dir: string, issues: IssueList): Array<[string, string, string]> {
  const base = join(root, dir);
  let folders: string[];
  try {
    folders = readdirSync(base).sort();
  } catch {
    return [];
  }
  const out: Array<[string, string, string]> = [];
  for (const folder of folders) {
    const path = join(base, folder);
    if (!statSync(path).isDirectory()) {
      issues.add(relative(root, path) || path, '(file)', `unexpected file; expected folders ${dir}/{name}/ holding the entries`);
      continue;
    }
    for (const name of readdirSync(path).sort()) out.push([join(path, name), folder, name]);
  }
  return out;
}

/** Reads `content/{dir}/*\/*` with the given extension, parsing YAML or Markdown frontmatter. */
export function readContentFiles(projectRoot: string, contentDir: string, dir: string, ext: '.md' | '.yaml', issues: IssueList): RawFile[] {
  const files: RawFile[] = [];
  for (const [path, folder, name] of listTwoLevels(contentDir, dir, issues)) {
    const file = relative(projectRoot, path);
    if (!name.endsWith(ext)) {
      issues.add(file, '(file name)', `unexpected file; expected a ${ext} file here`);
      continue;
    }
    const read = readFileSync(path, 'utf8');
    const text = read.startsWith(BOM) ? read.slice(1) : read;
    let yaml = text;
    let body = '';
    let bodyLine = 1;
    if (ext === '.md') {
      const match = FRONTMATTER.exec(text);
      if (!match) {
        issues.add(file, '(frontmatter)', 'missing; expected the file to start with YAML frontmatter between --- lines');
        continue;
      }
      yaml = match[1] ?? '';
      body = text.slice(match[0].length);
      bodyLine = match[0].split('\n').length;
    }
    // Frontmatter starts on line 2, after the opening ---: positions count from the file's top.
    const parsed = parseYaml(yaml, ext === '.md' ? 2 : 1);
    issues.register(file, { locate: parsed.locate, body: { text: body, firstLine: bodyLine } });
    for (const p of parsed.problems) issues.add(file, '(yaml)', `not valid YAML: ${p.message}`, p.at);
    if (parsed.problems.length === 0) files.push({ file, parts: [folder, name], data: parsed.data, body, bodyLine });
  }
  return files;
}
