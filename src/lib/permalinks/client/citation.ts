/** What a ticket citation names. */
export interface CitationParts {
  /** The KB number (`123456`). */
  kb: string;
  /** What in the article: `Step 3: Check TLS before AUTH`, or the troubleshooter's point. */
  what?: string;
  /** The absolute URL. */
  url: string;
}

/** Escapes text for HTML built as a string (used only for the clipboard's text/html flavour). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Escapes Markdown link text. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\[\]*_`<>])/g, '\\$1');
}

/**
 * The one-line citation for a ticket, in the three flavours the clipboard takes:
 * `KB123456 · Step 3: Check TLS before AUTH · https://…/en/kb/123456/#tls-before-auth`.
 */
export function ticketCitation({ kb, what, url }: CitationParts): {
  text: string;
  markdown: string;
  html: string;
} {
  const label = what ? `KB${kb} · ${what}` : `KB${kb}`;
  return {
    text: `${label} · ${url}`,
    markdown: `[${escapeMarkdown(label)}](${url.replace(/[()\s]/g, encodeURIComponent)})`,
    html: `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`,
  };
}

/** The absolute URL of the current page on the published site (`site` from the build), keeping path, query and fragment. */
export function publishedUrl(
  site: string,
  location: { pathname: string; search: string; hash: string },
): string {
  return new URL(`${location.pathname}${location.search}${location.hash}`, site).href;
}
