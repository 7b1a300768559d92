import { join } from 'node:path';
import { ContentError } from './content-error.ts';

/** What the browser's error overlay needs from a refusal: Vite's error payload shape. */
export interface OverlayError {
  name: string;
  title: string;
  message: string;
  hint: string;
  stack: string;
  loc: { file: string; line: number; column: number };
}

/** Called with the current refusal in `astro dev`, or `undefined` once the content is accepted. */
export type RefusalListener = (error: OverlayError | undefined) => void;

/**
 * The loader (content layer) and the dev-server integration live in one process but are loaded
 * through different module graphs, so they meet on a global key rather than module state.
 */
const KEY = Symbol.for('kb-site.content-refusals');
type Channel = { listeners: Set<RefusalListener>; current: OverlayError | undefined };
const channel = ((globalThis as Record<symbol, unknown>)[KEY] ??= {
  listeners: new Set(),
  current: undefined,
}) as Channel;

/** A refusal as the overlay shows it: every problem, pointing at the first one's position. */
export function overlayError(error: ContentError, projectRoot: string): OverlayError {
  const first = error.issues[0]!;
  return {
    name: 'ContentError',
    title: 'The content was refused',
    message: error.message,
    hint: 'Fix the file at the position shown and save it: the page comes back by itself.',
    stack: error.message,
    loc: { file: join(projectRoot, first.file), line: first.line, column: first.column },
  };
}

/** Reports the outcome of a content load in `astro dev`: a refusal, or `undefined` for accepted. */
export function reportLoad(error: OverlayError | undefined): void {
  const was = channel.current;
  channel.current = error;
  if (error || was) for (const listener of channel.listeners) listener(error);
}

/** Listens for refusals and recoveries; hears the current refusal at once. */
export function onRefusal(listener: RefusalListener): void {
  channel.listeners.add(listener);
  if (channel.current) listener(channel.current);
}
