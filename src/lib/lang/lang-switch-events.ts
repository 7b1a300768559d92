/** Dispatched on `window` when a script changes the URL without navigating (tree state). */
export const URL_CHANGE_EVENT = 'kb:urlchange';
