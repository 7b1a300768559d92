import type { Collector } from './found.ts';
import { addEvent } from './labels.ts';

/**
 * PowerShell's table output (`Get-WinEvent`, `Get-EventLog`): a header line, a line of dashes
 * under each column name, then rows until a blank line. The `Id` and `EventID` columns hold
 * event IDs; `InstanceID` holds the full instance ID, whose low 16 bits are the event ID.
 */

const DASHES = /^[ \t]*-{2,}(?:[ \t]+-{2,})+[ \t]*$/gm;
const EVENT_COLUMNS = /^(?:id|eventid|eventcode)$/i;
const INSTANCE_COLUMN = /^instanceid$/i;

/** Event IDs from the ID columns of every PowerShell table in the text. */
export function powershellTables(text: string, c: Collector): void {
  for (const m of text.matchAll(DASHES)) {
    const headerEnd = m.index - 1;
    if (headerEnd < 0) continue;
    const headerStart = text.lastIndexOf('\n', headerEnd - 1) + 1;
    const header = text.slice(headerStart, headerEnd);
    const columns: Array<{ start: number; end: number; instance: boolean }> = [];
    for (const run of m[0].matchAll(/-+/g)) {
      const name = header.slice(run.index, run.index + run[0].length).trim();
      const instance = INSTANCE_COLUMN.test(name);
      if (instance || EVENT_COLUMNS.test(name))
        columns.push({ start: run.index, end: run.index + run[0].length, instance });
    }
    if (columns.length === 0) continue;
    let at = m.index + m[0].length + 1;
    while (at < text.length) {
      const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
      const line = text.slice(at, end);
      if (line.trim() === '') break;
      for (const col of columns) {
        const token = tokenAt(line, col.end - 1) ?? tokenAt(line, col.start);
        if (!token || !/^\d{1,10}$/.test(token.value)) continue;
        const value = Number(token.value);
        if (col.instance) addEvent(c, String(value % 0x10000), at + token.start);
        else addEvent(c, token.value, at + token.start);
      }
      at = end + 1;
    }
  }
}

/** The space-delimited token covering position `p` of a line, if any. */
function tokenAt(line: string, p: number): { value: string; start: number } | undefined {
  if (p < 0 || p >= line.length || /\s/.test(line[p]!)) return undefined;
  let s = p;
  while (s > 0 && !/\s/.test(line[s - 1]!)) s--;
  let e = p;
  while (e < line.length && !/\s/.test(line[e]!)) e++;
  return { value: line.slice(s, e), start: s };
}
