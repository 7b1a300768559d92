import type { AstroIntegration } from 'astro';
import { onRefusal } from '../lib/content/dev-refusals.ts';

/**
 * Live preview of refusals (`astro dev`): when an edit is refused, the open page shows Astro's
 * error overlay with the file, line, column, field and what was expected; when the content is
 * accepted again, the page reloads with it.
 */
export default function contentOverlay(): AstroIntegration {
  return {
    name: 'kb-content-overlay',
    hooks: {
      'astro:server:setup': ({ server }) => {
        onRefusal((error) => {
          const hot = server.environments.client.hot;
          if (error) hot.send({ type: 'error', err: error });
          else hot.send({ type: 'full-reload', path: '*' });
        });
      },
    },
  };
}
