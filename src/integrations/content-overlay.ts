import type { AstroIntegration } from 'astro';
import { onRefusal, type OverlayError } from '../lib/content/dev-refusals.ts';

/** Dev-only script of the overlay page: reloads once the page answers with something other than the overlay. */
const RELOAD_WHEN_ACCEPTED = `const check = async () => {
  try {
    const r = await fetch(location.href, { headers: { accept: 'text/html' }, cache: 'no-store' });
    if (r.status !== 500) return location.reload();
  } catch {}
  setTimeout(check, 500);
};
setTimeout(check, 500);`;

/**
 * Live preview of refusals (`astro dev`): while an edit is refused, the open page and every page
 * loaded after it show Astro's error overlay with the file, line, column, field and what was
 * expected; when the content is accepted again, the page reloads with it.
 */
export default function contentOverlay(): AstroIntegration {
  return {
    name: 'kb-content-overlay',
    hooks: {
      'astro:server:setup': ({ server }) => {
        let current: OverlayError | undefined;
        const hot = server.environments.client.hot;
        const show = () => current && hot.send({ type: 'error', err: current });
        onRefusal((error) => {
          current = error;
          if (error) show();
          else hot.send({ type: 'full-reload', path: '*' });
        });
        // A page loaded (or reloaded) while refused: the overlay, as Astro shows a failed page.
        server.middlewares.use((req, res, next) => {
          if (!current || req.method !== 'GET' || !req.headers.accept?.includes('text/html'))
            return next();
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          // The page may miss the reload sent on recovery (its client not yet connected), so it
          // also asks for itself until the content is accepted, then reloads.
          res.end(
            `<!doctype html><title>${current.title}</title><script type="module" src="/@vite/client"></script>` +
              `<script type="module">${RELOAD_WHEN_ACCEPTED}</script>`,
          );
        });
        // Each page's Vite client hears the refusal when it connects, so no timing can lose it.
        server.ws.on('connection', () => setTimeout(show, 100));
      },
    },
  };
}
