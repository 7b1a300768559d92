/** One problem found in the content: where it is and what was expected. */
export interface ContentIssue {
  /** The content file, relative to the project (`content/articles/123456/en.md`). */
  file: string;
  /** The field or place in the file (`steps[2].id`, `body line 40`). */
  field: string;
  /** What was wrong and what was expected. */
  message: string;
}

/** Formats one issue as a single line: `file: field: message`. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${issue.field}: ${issue.message}`;
}

/** Thrown when the content is refused; lists every problem found, not just the first. */
export class ContentError extends Error {
  /** The problems, in the order found. */
  readonly issues: readonly ContentIssue[];
  /** Warnings found on the way: printed with the refusal, since no build log will show them. */
  readonly warnings: readonly string[];

  constructor(issues: readonly ContentIssue[], warnings: readonly string[] = []) {
    const lines = issues.map((i) => `  - ${formatIssue(i)}`);
    const notes = warnings.length > 0 ? `\nWarnings (${warnings.length}):\n${warnings.map((w) => `  - ${w}`).join('\n')}` : '';
    super(`The content was refused (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}${notes}`);
    this.name = 'ContentError';
    this.issues = issues;
    this.warnings = warnings;
  }
}

/** Collects issues while content is checked. */
export class IssueList {
  readonly issues: ContentIssue[] = [];
  /** Problems that do not stop the build, formatted as `file: field: message`. */
  readonly warnings: string[] = [];

  /** Records a problem that does not stop the build. */
  warn(file: string, field: string, message: string): void {
    this.warnings.push(formatIssue({ file, field, message }));
  }

  /** Records a problem. */
  add(file: string, field: string, message: string): void {
    this.issues.push({ file, field, message });
  }

  /** Throws a {@link ContentError} if any problem was recorded. */
  throwIfAny(): void {
    if (this.issues.length > 0) throw new ContentError(this.issues, this.warnings);
  }
}
