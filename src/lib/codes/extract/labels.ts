import { hresultFromValue } from '../error-codes.ts';
import type { Collector } from './found.ts';

/**
 * Codes known by their label: event IDs (`Event ID: 7004`, `Identyfikator zdarzenia:`,
 * `<EventID>`, `events 7004 and 7010`), Win32 errors (`Win32 error 1326`), HRESULTs written as
 * bare decimals after an error label, and KB numbers with their prefix. All run on the masked
 * text (see `mask.ts`), so a date or an address next to a label is never read as its value.
 */

// Not inside a word or a number, not right after one.
const B = String.raw`(?<![\p{L}\p{N}_])`;
// The number ends here: no letter, digit or decimal part follows.
const E = String.raw`(?![\p{L}\p{N}_]|[.,:/-]\p{N})`;

const EVENT_LABEL = new RegExp(
  `${B}(?:event[\\s_-]*(?:id|code)|events?\\s+with\\s+id|identyfikator(?:a|em|owi)?\\s+zdarzenia|id\\s+zdarzenia|zdarze\\p{L}*\\s+o\\s+identyfikatorze|events?|zdarze(?:nie|nia|niu|niem|niach|niom|ń))(?:\\s*(?:nr|no|number|numer)\\.?)?\\s*[:=#]?\\s*(\\d{1,5})${E}`,
  'giu',
);
// Further IDs of a list after a label: `events 7004, 7010 and 1704`, `zdarzenia 7004 i 7010`.
const EVENT_MORE = new RegExp(
  `\\s*(?:,|;|/|&|\\band\\b|\\bor\\b|\\bi\\b|\\blub\\b|\\boraz\\b|\\balbo\\b)\\s*(\\d{3,5})${E}`,
  'iuy',
);
const EVENT_XML = /<EventID\b[^>]*>\s*(\d{1,5})\s*<\/EventID>/gi;
// `Id : 7004` in `Get-WinEvent | Format-List`, only where that output's other fields are present.
const BARE_ID = /^[ \t]*Id[ \t]*:[ \t]*(\d{1,5})[ \t]*$/gm;
const WINEVENT_LIST = /^[ \t]*(?:ProviderName|TimeCreated|LevelDisplayName|LogName)[ \t]*:/m;

const WIN32_LABEL = new RegExp(
  `${B}(?:win32(?:[\\s_-]*(?:error|status|code|błąd|kod))*|sc-win32-status|getlasterror(?:\\(\\))?|system\\s+error(?:\\s+code)?|błąd\\s+systemu(?:\\s+windows)?|winerror|net\\s+helpmsg)\\s*[:=#]?\\s*(?:(?:code|kod)\\s*[:=]?\\s*)?(0x[0-9a-f]{1,8}|\\d{1,5})${E}`,
  'giu',
);

const HRESULT_LABEL = new RegExp(
  `${B}(?:hresult|hr|error(?:\\s*code)?|errorcode|code|kod(?:\\s+błędu)?|błąd|błędu|status|result)\\s*[:=#]?\\s*(\\d{8,10})${E}`,
  'giu',
);

const KB_LABEL = new RegExp(`${B}kb\\s?[:#]?\\s?(\\d{4,8})${E}`, 'giu');
const Q_NUMBER = new RegExp(`${B}Q(\\d{5,7})${E}`, 'gu');
// Links to Microsoft's knowledge base name the number in the path or query.
const KB_LINK = /(?:\/kb\/|[?&]kbid=|\/help\/)(\d{4,8})(?!\d)/gi;

/** Event IDs: labelled, in Event XML, and `Id :` of PowerShell's list output. */
export function eventLabels(masked: string, c: Collector): void {
  for (const m of masked.matchAll(EVENT_LABEL)) {
    const at = m.index + m[0].length - m[1]!.length;
    addEvent(c, m[1]!, at);
    EVENT_MORE.lastIndex = m.index + m[0].length;
    let more: RegExpExecArray | null;
    while ((more = EVENT_MORE.exec(masked))) {
      addEvent(c, more[1]!, EVENT_MORE.lastIndex - more[1]!.length);
    }
  }
  for (const m of masked.matchAll(EVENT_XML)) addEvent(c, m[1]!, m.index + m[0].lastIndexOf(m[1]!));
  if (WINEVENT_LIST.test(masked))
    for (const m of masked.matchAll(BARE_ID)) addEvent(c, m[1]!, m.index + m[0].lastIndexOf(m[1]!));
}

/** Adds an event ID if it is one (1 to 65535). */
export function addEvent(c: Collector, digits: string, at: number): void {
  const id = Number(digits);
  if (id >= 1 && id <= 65535) c.add('event', String(id), at);
}

/** Win32 error codes after a Win32 label, decimal or hex; 0 (success) is no error. */
export function win32Labels(masked: string, c: Collector): void {
  for (const m of masked.matchAll(WIN32_LABEL)) {
    const raw = m[1]!;
    const value = /^0x/i.test(raw) ? Number.parseInt(raw.slice(2), 16) : Number(raw);
    if (value >= 1 && value <= 65535)
      c.add('win32', String(value), m.index + m[0].length - raw.length);
  }
}

/** HRESULTs written as unsigned decimals or as hex digits only, after an error label. */
export function hresultLabels(masked: string, c: Collector): void {
  for (const m of masked.matchAll(HRESULT_LABEL)) {
    const raw = m[1]!;
    const at = m.index + m[0].length - raw.length;
    if (raw.length === 10) {
      const value = Number(raw);
      if (value >= 0x80000000 && value <= 0xffffffff) c.add('hresult', hresultFromValue(value), at);
    } else if (raw.length === 8 && raw.startsWith('8')) c.add('hresult', `0x${raw}`, at);
  }
}

/** KB numbers: `KB123456`, `KB 123456`, `Q123456`, and links to a KB article. */
export function kbNumbers(masked: string, text: string, c: Collector): void {
  for (const re of [KB_LABEL, Q_NUMBER])
    for (const m of masked.matchAll(re))
      c.add('kb', m[1]!.replace(/^0+(?=\d)/, ''), m.index + m[0].length - m[1]!.length);
  for (const m of text.matchAll(KB_LINK))
    c.add('kb', m[1]!.replace(/^0+(?=\d)/, ''), m.index + m[0].length - m[1]!.length);
}
