import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What a stored entry was made by: our renderer, plugins, schemas, loader code and UI strings,
 * and the locked dependency versions (Sätteri, remark, rehype).
 */
const SOURCES = ['src/lib/markdown', 'src/plugins', 'src/schemas', 'src/lib/content', 'src/i18n'];

/**
 * A digest of the code that turns content into stored entries. The loader keeps it in `meta`;
 * when it differs from the stored one, no stored body is reused, so a change of code (or of a
 * UI string such as the step label) is never hidden behind an unchanged content file.
 */
export function codeVersion(root: string): string {
  const hash = createHash('sha256');
  for (const dir of SOURCES) {
    const files = readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
    for (const file of files) hash.update(file.slice(root.length)).update(readFileSync(file));
  }
  hash.update(readFileSync(join(root, 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}
