import type { z } from 'astro/zod';

/** A Zod path as a field name: `steps[2].id`. */
export function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(frontmatter)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/** Turns a Zod error into `{ field, message }` pairs that say what was expected. */
export function describeZodError(error: z.ZodError): Array<{ field: string; message: string }> {
  return error.issues.map((issue) => {
    const field = fieldName(issue.path);
    if (issue.code === 'invalid_type') {
      const got = (issue as { input?: unknown }).input;
      const expected = (issue as { expected?: string }).expected ?? 'another type';
      return { field, message: got === undefined ? `missing; expected ${expected}` : `expected ${expected}, got ${describe(got)}` };
    }
    if (issue.code === 'unrecognized_keys') {
      return { field, message: `unknown field(s) ${(issue as { keys: string[] }).keys.join(', ')}; check the spelling against the contract` };
    }
    return { field, message: issue.message };
  });
}

/** A short description of a wrong value for an error message. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${typeof value === 'object' ? '' : String(value)}`.trim();
}
