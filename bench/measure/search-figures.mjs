import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Reads the first finite number among `keys` of `obj` (the search bench's field names are its own). */
const num = (obj, keys) =>
  keys.map((k) => obj?.[k]).find((v) => typeof v === 'number' && Number.isFinite(v));

/**
 * Calls `runSearchBench` from the search engineer's `bench/search.mjs` when it exists, and maps
 * its result to the three figures of the table. Absent module, absent export or a throw all give
 * `available: false` with the reason, so the build benchmark never fails on the search part.
 * Besides `{ n }`, the call gets the built site and corpus paths, which it may ignore.
 */
export async function searchFigures(modulePath, { n, outDir, contentDir }) {
  if (!existsSync(modulePath)) return { available: false, reason: 'bench/search.mjs not present' };
  let mod;
  try {
    mod = await import(pathToFileURL(modulePath).href);
  } catch (e) {
    return { available: false, reason: `bench/search.mjs failed to load: ${e.message}` };
  }
  if (typeof mod.runSearchBench !== 'function')
    return { available: false, reason: 'bench/search.mjs has no runSearchBench export' };
  try {
    const raw = await mod.runSearchBench({ n, outDir, contentDir });
    return {
      available: true,
      loadParseMs: num(raw, [
        'loadParseMs',
        'indexLoadParseMs',
        'loadMs',
        'indexLoadMs',
        'parseMs',
      ]),
      queryMedianMs: num(raw, ['queryMedianMs', 'medianMs', 'p50Ms', 'queryP50Ms']),
      queryP95Ms: num(raw, ['queryP95Ms', 'p95Ms']),
      raw,
    };
  } catch (e) {
    return { available: false, reason: `runSearchBench threw: ${e.message}` };
  }
}
