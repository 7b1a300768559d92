import { hresultFromValue } from './error-codes.ts';

/**
 * The query-side normaliser. A reader types a code in whatever form a log, a ticket or a dialog
 * showed it; each form becomes the same normalised key the build gives the item
 * (`event:7004`, `error:0x8009030c`, `error:504`, `error:5.7.1`, `kb:123456`,
 * `name:sec_e_logon_denied`). The key builders below are used by the build too, so the two sides
 * cannot drift apart.
 */

const MAX_U32 = 0xffffffff;
const MAX_EVENT_ID = 65535;

/** The key of an event ID (`7004` → `event:7004`). */
export function eventKey(id: number | string): string {
  return `event:${Number(id)}`;
}

/** The key of a normalised error code of any kind (`0x8009030c` → `error:0x8009030c`). */
export function errorKey(code: string): string {
  return `error:${code}`;
}

/** The key of a KB number; leading zeros do not make another article (`0123456` → `kb:123456`). */
export function kbKey(kb: string): string {
  return `kb:${stripZeros(kb)}`;
}

/** The key of a symbolic error name, case-insensitive (`SEC_E_LOGON_DENIED` → `name:sec_e_logon_denied`). */
export function nameKey(name: string): string {
  return `name:${name.toLowerCase()}`;
}

/** One token of a query with every code it may stand for (none for an ordinary word). */
export interface QueryToken {
  /** The token as typed (punctuation around it removed). */
  raw: string;
  /** Normalised keys it may mean; a number can be an event ID, an SMTP reply and a KB number at once. */
  keys: string[];
}

function stripZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}

/** Keys of an unsigned decimal number: event ID, SMTP reply, Win32 code, HRESULT by value, KB number. */
function decimalKeys(digits: string): string[] {
  const n = stripZeros(digits);
  const keys: string[] = [];
  // Number() is exact far beyond 32 bits, so the range checks below see overflow as overflow.
  const value = Number(n);
  if (value <= MAX_EVENT_ID) keys.push(eventKey(n));
  if (value <= MAX_U32) {
    keys.push(errorKey(n), errorKey(hresultFromValue(value)));
  }
  keys.push(kbKey(n));
  return [...new Set(keys)];
}

/** Keys of hex digits (without `0x`): an HRESULT if the value fits in 32 bits. */
function hexKeys(hexDigits: string): string[] {
  const digits = hexDigits.replace(/^0+(?=[0-9a-f])/, '');
  if (digits.length > 8) return [];
  const value = Number.parseInt(digits, 16);
  const keys = [errorKey(hresultFromValue(value))];
  // Win32 codes are sometimes shown in hex too (0x5 for access denied); their normal form is decimal.
  if (value <= MAX_EVENT_ID) keys.push(errorKey(String(value)));
  return keys;
}

/** Every key a single token may stand for; an empty list means it is not code-shaped. */
export function tokenKeys(token: string): string[] {
  const t = token.toLowerCase();
  let m: RegExpExecArray | null;
  if ((m = /^(?:kb|q)(\d+)$/.exec(t))) return [kbKey(m[1]!)];
  if ((m = /^0x([0-9a-f]+)$/.exec(t))) return hexKeys(m[1]!);
  if (/^\d+$/.test(t)) {
    // Eight digits could be decimal or the hex of an HRESULT written without 0x.
    return t.length === 8 ? [...decimalKeys(t), ...hexKeys(t)] : decimalKeys(t);
  }
  if (/^[0-9a-f]{8}$/.test(t)) return hexKeys(t);
  if ((m = /^-(\d+)$/.exec(t))) {
    // A signed HRESULT as .NET and PowerShell print it: two's complement within 32 bits only.
    const value = -Number(stripZeros(m[1]!));
    return value >= -0x80000000 && value < 0 ? [errorKey(hresultFromValue(value))] : [];
  }
  if ((m = /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(t)))
    return [errorKey(`${m[1]}.${stripZeros(m[2]!)}.${stripZeros(m[3]!)}`)];
  if (/^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(t)) return [nameKey(t)];
  return [];
}

// Separators between tokens; `.`, `-` and `_` stay because codes use them (5.7.1, -2146893044, SEC_E_…).
const SEPARATORS = /[\s,;:!?()[\]{}<>"'`“”„«»‘’|\\/=+*&^%$@~#]+/u;

/** Splits a token glued with dashes (`550-5.7.1`, a multi-line SMTP reply) when the whole is no code. */
function pieces(token: string): string[] {
  // A negative number out of range is no code, but it is not two positive numbers either.
  if (tokenKeys(token).length > 0 || !token.includes('-') || /^-\d+$/.test(token)) return [token];
  return token.split('-').filter((p) => p.length > 0);
}

/**
 * Splits a query into tokens and recognises the codes among them. `KB 123456` and `Q 123456`
 * written with a space count as one KB number. The words are left for the word search.
 */
export function parseQuery(query: string): QueryToken[] {
  const raw = query
    .normalize('NFC')
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .split(SEPARATORS)
    // A sentence's full stop or a dash before a word is not part of a code; a leading minus before digits is.
    .map((t) => t.replace(/^[.]+|[.-]+$/g, '').replace(/^-+(?!\d)/, ''))
    .flatMap(pieces)
    .filter((t) => t.length > 0);
  const tokens: QueryToken[] = [];
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i]!;
    const next = raw[i + 1];
    if (/^(?:kb|q)$/i.test(token) && next !== undefined && /^\d+$/.test(next)) {
      tokens.push({ raw: `${token} ${next}`, keys: [kbKey(next)] });
      i++;
      continue;
    }
    tokens.push({ raw: token, keys: tokenKeys(token) });
  }
  return tokens;
}
