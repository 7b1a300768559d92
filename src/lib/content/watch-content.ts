import { sep } from 'node:path';
import type { FSWatcher } from 'vite';

/** Quiet time after the last file event before reloading: an editor's save is several events. */
const SETTLE_MS = 50;

/**
 * Live preview (`astro dev`): watches the content folder with the content layer's watcher and
 * calls `reload` after a file in it is changed, added or removed. Reloads run one at a time;
 * each is a whole load in which only the bodies that changed are rendered again (per-entry
 * digests), so an edit shows in about the time one article takes. A refused edit keeps the last
 * good content and reports the refusal (see site-loader.ts).
 */
export function watchContent(watcher: FSWatcher, dir: string, reload: () => Promise<void>): void {
  watcher.add(dir);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue = Promise.resolve();
  const onEvent = (path: string) => {
    if (!path.startsWith(dir + sep)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      queue = queue.then(reload);
    }, SETTLE_MS);
  };
  for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onEvent);
}
