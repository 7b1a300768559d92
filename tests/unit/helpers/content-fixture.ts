import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The small valid content tree every refusal test starts from. */
export const VALID_CONTENT = join(process.cwd(), 'tests/fixtures/content/valid');

/** An edit of one file: new text or bytes, a function of the old text, or `null` to delete it. */
export type Edit = string | Uint8Array | ((text: string) => string) | null;

/** Copies the valid fixture to a temporary folder and applies edits (paths relative to `content/`). */
export function contentWith(edits: Record<string, Edit> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-content-'));
  cpSync(VALID_CONTENT, dir, { recursive: true });
  for (const [path, edit] of Object.entries(edits)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    if (edit === null) rmSync(file);
    else writeFileSync(file, typeof edit === 'function' ? edit(readFileSync(file, 'utf8')) : edit);
  }
  return dir;
}

/** A text edit replacing `from` with `to`, failing loudly if `from` is absent (so tests cannot pass vacuously). */
export function replace(from: string | RegExp, to: string): (text: string) => string {
  return (text) => {
    const out = text.replace(from, to);
    if (out === text) throw new Error(`fixture edit found nothing to replace: ${String(from)}`);
    return out;
  };
}
