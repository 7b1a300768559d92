/**
 * "Copy for ticket" of a log analysis: the codes found and the best links, as plain text,
 * Markdown and HTML (the clipboard's flavours). Built as strings; HTML and Markdown escaped.
 */

/** What goes into the ticket, already in the page's language. */
export interface TicketInput {
  /** `Codes found in the log`. */
  heading: string;
  /** One line per code: `SMTP reply 504: Authentication needed first (2×)`. */
  codes: string[];
  /** `Articles that cover these codes`. */
  articlesHeading: string;
  /** The best links: label and absolute URL. */
  links: Array<{ label: string; url: string }>;
  /** `Analysis: {url}` and the absolute URL of the analysis. */
  analysis: string;
  analysisUrl: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\[\]*_`<>#|])/g, '\\$1');
}

const mdUrl = (url: string) => url.replace(/[()\s]/g, encodeURIComponent);

/** The three flavours of the ticket text. */
export function ticketText(t: TicketInput): { text: string; markdown: string; html: string } {
  const analysis = t.analysis.replace('{url}', t.analysisUrl);
  const text = [
    `${t.heading}:`,
    ...t.codes.map((c) => `- ${c}`),
    ...(t.links.length > 0 ? ['', `${t.articlesHeading}:`] : []),
    ...t.links.map((l, i) => `${i + 1}. ${l.label} · ${l.url}`),
    '',
    analysis,
  ].join('\n');
  const [before, after] = t.analysis.split('{url}');
  const markdown = [
    `**${escapeMarkdown(t.heading)}**`,
    '',
    ...t.codes.map((c) => `- ${escapeMarkdown(c)}`),
    ...(t.links.length > 0 ? ['', `**${escapeMarkdown(t.articlesHeading)}**`, ''] : []),
    ...t.links.map((l, i) => `${i + 1}. [${escapeMarkdown(l.label)}](${mdUrl(l.url)})`),
    '',
    `${escapeMarkdown(before ?? '')}[${escapeMarkdown(t.analysisUrl)}](${mdUrl(t.analysisUrl)})${escapeMarkdown(after ?? '')}`,
  ].join('\n');
  const html = [
    `<p><strong>${escapeHtml(t.heading)}</strong></p>`,
    `<ul>${t.codes.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>`,
    ...(t.links.length > 0
      ? [
          `<p><strong>${escapeHtml(t.articlesHeading)}</strong></p>`,
          `<ol>${t.links.map((l) => `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a></li>`).join('')}</ol>`,
        ]
      : []),
    `<p>${escapeHtml(before ?? '')}<a href="${escapeHtml(t.analysisUrl)}">${escapeHtml(t.analysisUrl)}</a>${escapeHtml(after ?? '')}</p>`,
  ].join('');
  return { text, markdown, html };
}
