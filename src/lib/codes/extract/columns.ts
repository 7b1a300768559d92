import { columnIndex, csvRow } from './csv.ts';
import type { Collector } from './found.ts';
import { addEvent } from './labels.ts';
import { replyField } from './replies.ts';

/**
 * Logs whose columns say what a number is: W3C extended logs of the Exchange 2000/2003 SMTP
 * service (`sc-status`, `sc-win32-status`, replies in `cs-uri-query` with `+` for spaces),
 * Exchange 2007+ protocol and tracking logs (CSV after `#Fields:`, replies in `data`), and
 * Event Viewer's CSV export (the `Event ID` column).
 */

const SMTP_VERBS =
  /^(?:EHLO|HELO|MAIL|RCPT|DATA|BDAT|QUIT|RSET|NOOP|VRFY|EXPN|AUTH|STARTTLS|XEXCH50|X-EXPS|X-LINK2STATE|TURN|ETRN|OutboundConnectionResponse|OutboundConnectionCommand)$/i;
const SMTP_LINE = /\bSMTP(?:SVC\d*)?\b/i;
const REPLY_COLUMNS = ['data', 'recipient-status', 'context', 'reply', 'response'];
const EVENT_COLUMNS = ['event id', 'identyfikator zdarzenia', 'eventid', 'id zdarzenia'];
// `Export-Csv` of Get-WinEvent names the event ID `Id`, beside its provider and level columns.
const WINEVENT_COLUMNS = ['id'];
// The Event ID column's name; its line is a header when it also names the level.
const EVENT_ID_HEADER = /event ?id|identyfikator zdarzenia|id zdarzenia|providername/gi;
const LEVEL_HEADER =
  /(?:^|,)\s*"?(?:level|poziom|keywords|słowa kluczowe|type|typ|entrytype|leveldisplayname|source|źródło|providername|timecreated|timegenerated)"?\s*(?:,|$)/i;

/** Every `#Fields:` block and Event Viewer CSV export in the text. */
export function logColumns(text: string, masked: string, c: Collector): void {
  for (let at = text.indexOf('#Fields:'); at >= 0; at = text.indexOf('#Fields:', at + 8)) {
    const lineEnd = endOfLine(text, at);
    const header = text.slice(at + 8, lineEnd).trim();
    if (header.includes(',')) fieldsCsv(text, masked, c, header.split(','), lineEnd + 1);
    else w3c(text, masked, c, header.split(/\s+/), lineEnd + 1);
  }
  let done = -1;
  for (const m of text.matchAll(EVENT_ID_HEADER)) {
    if (m.index < done) continue;
    const start = text.lastIndexOf('\n', m.index) + 1;
    const line = text.slice(start, endOfLine(text, m.index));
    if (!line.includes(',') || !LEVEL_HEADER.test(line)) continue;
    done = eventViewerCsv(text, c, start);
  }
}

function endOfLine(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** W3C extended: space-separated fields, `+` for spaces inside a field, until the next directive. */
function w3c(text: string, masked: string, c: Collector, names: string[], from: number): void {
  const status = columnIndex(names, ['sc-status']);
  const win32 = columnIndex(names, ['sc-win32-status']);
  const method = columnIndex(names, ['cs-method']);
  const texts = [columnIndex(names, ['cs-uri-query']), columnIndex(names, ['cs-uri-stem'])].filter(
    (i) => i >= 0,
  );
  for (let at = from; at < text.length && text[at] !== '#';) {
    const end = endOfLine(text, at);
    const line = text.slice(at, end);
    const fields = line.split(' ');
    // The block ends where lines stop having the header's fields (another log pasted after).
    if (fields.length !== names.length) break;
    const starts: number[] = [];
    let pos = at;
    for (const f of fields) {
      starts.push(pos);
      pos += f.length + 1;
    }
    // An IIS web log has sc-status too (HTTP 500): only SMTP lines carry SMTP replies.
    const smtp = SMTP_LINE.test(line) || (method >= 0 && SMTP_VERBS.test(fields[method] ?? ''));
    if (smtp && status >= 0 && fields[status] !== undefined)
      replyField(c, fields[status]!, starts[status]!, masked);
    if (smtp) for (const i of texts) if (fields[i]) replyField(c, fields[i]!, starts[i]!, masked);
    const w = win32 >= 0 ? fields[win32] : undefined;
    if (w && /^\d{1,5}$/.test(w) && Number(w) > 0)
      c.add('win32', String(Number(w)), starts[win32]!);
    at = end + 1;
  }
}

/** CSV after `#Fields:` (Exchange 2007+ protocol and message tracking logs). */
function fieldsCsv(
  text: string,
  masked: string,
  c: Collector,
  names: string[],
  from: number,
): void {
  const columns = REPLY_COLUMNS.map((n) => columnIndex(names, [n])).filter((i) => i >= 0);
  if (columns.length === 0) return;
  for (let at = from; at < text.length && text[at] !== '#';) {
    const row = csvRow(text, at);
    if (row.fields.length !== names.length) break;
    for (const i of columns)
      if (row.fields[i] !== undefined) replyField(c, row.fields[i]!, row.starts[i]!, masked);
    at = row.end;
  }
}

/** Event Viewer's "Save as CSV": a header row naming an Event ID column, then one row per event. */
function eventViewerCsv(text: string, c: Collector, from: number): number {
  const header = csvRow(text, from);
  let col = columnIndex(header.fields, EVENT_COLUMNS);
  if (col < 0 && columnIndex(header.fields, ['providername']) >= 0)
    col = columnIndex(header.fields, WINEVENT_COLUMNS);
  if (col < 0) return header.end;
  let at = header.end;
  while (at < text.length && text[at] !== '\n') {
    const row = csvRow(text, at);
    if (row.fields.length < header.fields.length) break;
    const value = row.fields[col]?.trim();
    if (value && /^\d{1,5}$/.test(value))
      addEvent(c, value, row.starts[col]! + row.fields[col]!.indexOf(value));
    at = row.end;
  }
  return at;
}
