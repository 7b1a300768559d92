/**
 * Puts text on the clipboard as plain text, and also as HTML and Markdown where the browser
 * allows several flavours; falls back to plain text alone.
 */
export async function copyRich(flavours: {
  text: string;
  html?: string;
  markdown?: string;
}): Promise<void> {
  const { text, html, markdown } = flavours;
  if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    const items: Record<string, Blob> = {
      'text/plain': new Blob([text], { type: 'text/plain' }),
      'text/html': new Blob([html], { type: 'text/html' }),
    };
    // Custom "web " formats are a newer addition; try with Markdown first, then without.
    const withMarkdown =
      markdown && ClipboardItem.supports?.('web text/markdown')
        ? { ...items, 'web text/markdown': new Blob([markdown], { type: 'web text/markdown' }) }
        : items;
    try {
      await navigator.clipboard.write([new ClipboardItem(withMarkdown)]);
      return;
    } catch {
      /* fall through to plain text */
    }
  }
  await navigator.clipboard.writeText(text);
}
