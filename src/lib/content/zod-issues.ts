import type { z } from 'astro/zod';
import type { IssueList } from './content-error.ts';
import { excerpt } from './excerpt.ts';

/** A key of the author's YAML as part of a field name: as written when plain, else an excerpt. */
const key = (p: PropertyKey) => (/^[\w$-]{1,40}$/.test(String(p)) ? String(p) : excerpt(String(p)));

/** A Zod path as a field name: `steps[2].id`. */
export function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(frontmatter)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? key(p) : `.${key(p)}`))
    .join('');
}

/** Turns a Zod error into `{ field, message }` pairs that say what was expected. */
export function describeZodError(
  error: Pick<z.ZodError, 'issues'>,
): Array<{ field: string; message: string }> {
  return error.issues.map((issue) => {
    const field = fieldName(issue.path);
    if (issue.code === 'invalid_type') {
      const got = (issue as { input?: unknown }).input;
      const expected = expectedType((issue as { expected?: string }).expected);
      return {
        field,
        message:
          got === undefined
            ? `missing; expected ${expected}`
            : `expected ${expected}, got ${describe(got)}`,
      };
    }
    if (issue.code === 'unrecognized_keys') {
      return {
        field,
        message: `unknown field(s) ${(issue as { keys: string[] }).keys.map(key).join(', ')}; check the spelling against the contract`,
      };
    }
    return { field, message: issue.message };
  });
}

/** Zod's type names as an author reads them (`a number`, `a list`). */
const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  string: 'a text',
  array: 'a list',
  object: 'a mapping (field: value)',
  boolean: 'true or false',
  date: 'a date',
  int: 'a whole number',
};

function expectedType(expected: string | undefined): string {
  return expected ? (TYPE_NAMES[expected] ?? expected) : 'another type';
}

/** A short description of a wrong value for an error message. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${excerpt(value)}`;
  return `${typeof value} ${typeof value === 'object' ? '' : String(value)}`.trim();
}

/**
 * Validates one file's data. Unknown fields are reported as warnings and left out (authors and
 * tools may add fields the contract does not know yet); every other problem is recorded as an
 * issue naming the file and the field. Returns the data, or `undefined` when refused.
 */
export function parseEntry<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  issues: IssueList,
): z.infer<S> | undefined {
  // Copied only when unknown fields are to be left out: most files have none.
  let input: unknown = data ?? {};
  let copied = false;
  for (let attempt = 0; attempt < 8; attempt++) {
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) return result.data;
    const unknown = result.error.issues.filter((i) => i.code === 'unrecognized_keys');
    if (unknown.length > 0 && !copied) {
      input = structuredClone(input);
      copied = true;
    }
    for (const issue of unknown) {
      const owner = issue.path.reduce<unknown>(
        (o, k) => (o as Record<PropertyKey, unknown>)[k],
        input,
      ) as Record<string, unknown>;
      for (const key of (issue as { keys: string[] }).keys) {
        issues.warn(
          file,
          fieldName([...issue.path, key]),
          'unknown field, left out; check the spelling against the contract',
        );
        delete owner[key];
      }
    }
    if (unknown.length < result.error.issues.length) {
      const others = result.error.issues.filter((i) => i.code !== 'unrecognized_keys');
      for (const p of describeZodError({ issues: others })) issues.add(file, p.field, p.message);
      return undefined;
    }
  }
  issues.add(file, '(frontmatter)', 'too many unknown fields');
  return undefined;
}
