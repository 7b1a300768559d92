import { fieldPath, FILE_START, findText, type Position } from './positions.ts';

/** One problem found in the content: where it is and what was expected. */
export interface ContentIssue {
  /** The content file, relative to the project (`content/articles/123456/en.md`). */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column in the file. */
  column: number;
  /** The field or place in the file (`steps[2].id`, `body`). */
  field: string;
  /** What was wrong and what was expected. */
  message: string;
}

/**
 * Formats one issue as a single line, `file:line:column field: message`: the form editors'
 * problem matchers and CI annotations read.
 */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}:${issue.line}:${issue.column} ${issue.field}: ${issue.message}`;
}

/** How to find places in one file: fields of its YAML, and text in its Markdown body. */
export interface FileSource {
  /** Where a field path is (its value, or the nearest parent that exists). */
  locate(path: readonly PropertyKey[]): Position;
  /** The Markdown body and the line it starts on, for body problems. */
  body?: { text: string; firstLine: number };
}

/** Where an issue is: a position, or a text to find in the file's body. */
export type IssueAt = Position | { text: string };

/** Thrown when the content is refused; lists every problem found, not just the first. */
export class ContentError extends Error {
  /** The problems, in the order found. */
  readonly issues: readonly ContentIssue[];
  /** Warnings found on the way, formatted; they are shown with the refusal. */
  readonly warnings: readonly string[];

  constructor(issues: readonly ContentIssue[], warnings: readonly string[] = []) {
    const lines = issues.map((i) => `  ${formatIssue(i)}`);
    const s = issues.length === 1 ? '' : 's';
    // Warnings found on the way are shown too: the author fixes everything in one pass.
    const also =
      warnings.length > 0 ? `\nWarnings (${warnings.length}):\n  ${warnings.join('\n  ')}` : '';
    super(`The content was refused (${issues.length} problem${s}):\n${lines.join('\n')}${also}`);
    this.name = 'ContentError';
    this.issues = issues;
    this.warnings = warnings;
    // An author needs the content file, not our source: the stack stays behind DEBUG=kb.
    if (!/\bkb\b/.test(process.env['DEBUG'] ?? '')) this.stack = `${this.name}: ${this.message}`;
  }
}

/** Collects issues while content is checked, each with its position in its file. */
export class IssueList {
  readonly issues: ContentIssue[] = [];
  /** Problems that do not stop the build, formatted as {@link formatIssue} does. */
  readonly warnings: string[] = [];
  private readonly sources = new Map<string, FileSource>();

  /** Registers how to find fields and body text in `file`, so later issues get positions. */
  register(file: string, source: FileSource): void {
    this.sources.set(file, source);
  }

  /** Records a problem that does not stop the build. */
  warn(file: string, field: string, message: string, at?: IssueAt): void {
    this.warnings.push(formatIssue(this.issue(file, field, message, at)));
  }

  /** Records a problem. */
  add(file: string, field: string, message: string, at?: IssueAt): void {
    this.issues.push(this.issue(file, field, message, at));
  }

  /** Throws a {@link ContentError} if any problem was recorded. */
  throwIfAny(): void {
    if (this.issues.length > 0) throw new ContentError(this.issues, this.warnings);
  }

  private issue(file: string, field: string, message: string, at?: IssueAt): ContentIssue {
    return { file, ...this.position(file, field, at), field, message };
  }

  /** An explicit position; else the text found in the body; else the field in the YAML. */
  private position(file: string, field: string, at?: IssueAt): Position {
    const source = this.sources.get(file);
    if (at && 'line' in at) return at;
    if (at && source?.body) {
      const { text, firstLine } = source.body;
      return findText(text, at.text, firstLine) ?? { line: firstLine, column: 1 };
    }
    if (!source || field.startsWith('(')) return FILE_START;
    return source.locate(fieldPath(field));
  }
}
