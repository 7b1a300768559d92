import { createHash } from 'node:crypto';
import { locateLater, parseYaml, type YamlParser } from './positions.ts';
import { runCache } from './run-cache.ts';

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
  const cache = runCache<unknown>(cacheFile, version);
  const parse: YamlParser = (text, firstLine) => {
    const key = createHash('sha256').update(text).digest('base64');
    const data = cache.get(key);
    if (data !== undefined) {
      cache.use(key, data, false);
      return { data, problems: [], locate: locateLater(text, firstLine) };
    }
    const parsed = parseYaml(text, firstLine);
    if (parsed.problems.length === 0 && jsonSafe(parsed.data)) cache.use(key, parsed.data, true);
    return parsed;
  };
  return { parse, save: cache.save };
}

/** Whether JSON gives `value` back as it is: no `.inf`, `.nan` or `-0` anywhere in it. */
function jsonSafe(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (value === null || typeof value !== 'object') return true;
  return Object.values(value).every(jsonSafe);
}
