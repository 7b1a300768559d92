import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { locateLater, parseYaml, type YamlParser } from './positions.ts';

/**
 * Wraps {@link parseYaml} with a cache on disk of the data of accepted YAML texts, keyed by a
 * digest of the text and `version` (the parser's): a second check reads each unchanged file's
 * data back instead of parsing it. Refused texts are never cached, and positions are found by
 * parsing again, only when a problem asks for one. The file holds the texts of the last run
 * only and is written only when that set changed. Data JSON cannot hold (`.inf`) is not cached.
 */
export function cachedYaml(
  cacheFile: string,
  version: string,
): { parse: YamlParser; save: () => void } {
  let old = new Map<string, unknown>();
  try {
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as {
      version: string;
      data: Array<[string, unknown]>;
    };
    if (stored.version === version) old = new Map(stored.data);
  } catch {
    // No cache yet, or an unreadable one: parse everything.
  }
  const used = new Map<string, unknown>();
  let changed = false;
  const parse: YamlParser = (text, firstLine) => {
    const key = createHash('sha256').update(text).digest('base64');
    if (old.has(key)) {
      const data = old.get(key);
      used.set(key, data);
      return { data, problems: [], locate: locateLater(text, firstLine) };
    }
    const parsed = parseYaml(text, firstLine);
    if (parsed.problems.length === 0 && jsonSafe(parsed.data)) {
      used.set(key, parsed.data);
      changed = true;
    }
    return parsed;
  };
  const save = () => {
    if (!changed && used.size === old.size) return;
    mkdirSync(dirname(cacheFile), { recursive: true });
    const tmp = `${cacheFile}.${process.pid}`;
    writeFileSync(tmp, JSON.stringify({ version, data: [...used] }));
    renameSync(tmp, cacheFile);
  };
  return { parse, save };
}

/** Whether JSON gives `value` back as it is: no `.inf`, `.nan` or `-0` anywhere in it. */
function jsonSafe(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (value === null || typeof value !== 'object') return true;
  return Object.values(value).every(jsonSafe);
}
