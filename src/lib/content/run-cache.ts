import { readFileSync } from 'node:fs';
import { writeFileAtomic } from './write-atomic.ts';

/** Entries kept from one `check:content` run to the next, under a version (see {@link runCache}). */
export interface RunCache<T> {
  /** The value the last run stored under `key`, if that run had the same version. */
  get(key: string): T | undefined;
  /** Keeps `value` under `key` for the next run; `fresh` when it was computed in this run. */
  use(key: string, value: T, fresh: boolean): void;
  /** Writes the entries used in this run, only when that set differs from the last run's. */
  save(): void;
}

/**
 * A cache file holding the entries of the last run only (so it never grows stale), read when
 * its `version` matches and replaced atomically. An unreadable file counts as empty.
 */
export function runCache<T>(cacheFile: string, version: string): RunCache<T> {
  let old = new Map<string, T>();
  try {
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as {
      version: string;
      entries: Array<[string, T]>;
    };
    if (stored.version === version) old = new Map(stored.entries);
  } catch {
    // No cache yet, or an unreadable one: compute everything.
  }
  const used = new Map<string, T>();
  let changed = false;
  return {
    get: (key) => old.get(key),
    use(key, value, fresh) {
      used.set(key, value);
      changed ||= fresh;
    },
    save() {
      // Nothing new and nothing dropped: the file already holds exactly these entries.
      if (!changed && used.size === old.size) return;
      writeFileAtomic(cacheFile, JSON.stringify({ version, entries: [...used] }));
    },
  };
}
