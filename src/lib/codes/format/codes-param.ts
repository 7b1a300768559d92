import { hresultFromValue, hresultValue } from '../error-codes.ts';
import { keyOf, type CodeKind } from '../extract/found.ts';

/**
 * `?codes=` of the search page: the codes of an analysed log, never its text. Each code is
 * written in its normal form (`7004`, `504`, `5.7.1`, `0x8009030c`, `KB123456`); a bare number
 * reads as an SMTP reply when it has a reply's shape and as an event ID otherwise, so a code read
 * otherwise carries its kind (`event:504`, `win32:1326`). Reading then writing gives the same.
 */

/** A code of the URL. */
export interface ParamCode {
  kind: CodeKind;
  code: string;
  key: string;
}

/** The most codes a URL carries: a link stays short enough for a ticket. */
export const MAX_URL_CODES = 100;

const REPLY = /^[2-5][0-5]\d$/;

/** The token of a code in the URL. */
export function codeToken(kind: CodeKind, code: string): string {
  if (kind === 'kb') return `KB${code}`;
  if (kind === 'event') return REPLY.test(code) ? `event:${code}` : code;
  if (kind === 'win32') return `win32:${code}`;
  return code;
}

/** The value of `?codes=` for a list of codes, in their order, commas kept as commas. */
export function codesParam(codes: ReadonlyArray<{ kind: CodeKind; code: string }>): string {
  return codes
    .slice(0, MAX_URL_CODES)
    .map((c) => codeToken(c.kind, c.code))
    .join(',');
}

/** The codes of a `?codes=` value; tokens that are no code are left out. */
export function parseCodesParam(value: string): ParamCode[] {
  const out: ParamCode[] = [];
  const seen = new Set<string>();
  for (const raw of value.split(',')) {
    const parsed = parseToken(raw.trim());
    if (!parsed || seen.has(`${parsed.kind}:${parsed.code}`)) continue;
    seen.add(`${parsed.kind}:${parsed.code}`);
    out.push({ ...parsed, key: keyOf(parsed.kind, parsed.code) });
    if (out.length >= MAX_URL_CODES) break;
  }
  return out;
}

function parseToken(token: string): { kind: CodeKind; code: string } | undefined {
  const t = token.toLowerCase();
  let m: RegExpExecArray | null;
  if ((m = /^(?:kb:?|q)(\d{1,8})$/.exec(t))) return { kind: 'kb', code: strip(m[1]!) };
  if ((m = /^(?:hresult:)?0x([0-9a-f]{1,8})$/.exec(t)))
    return { kind: 'hresult', code: hresultFromValue(hresultValue(`0x${m[1]}`)) };
  if ((m = /^(?:smtp:)?([245])\.(\d{1,3})\.(\d{1,3})$/.exec(t)))
    return { kind: 'enhanced', code: `${m[1]}.${strip(m[2]!)}.${strip(m[3]!)}` };
  if ((m = /^win32:(\d{1,5})$/.exec(t))) return { kind: 'win32', code: strip(m[1]!) };
  if ((m = /^smtp:(\d{3})$/.exec(t)) && REPLY.test(m[1]!)) return { kind: 'smtp', code: m[1]! };
  if ((m = /^(?:event:)?(\d{1,5})$/.exec(t))) {
    const code = strip(m[1]!);
    if (!t.startsWith('event:') && REPLY.test(code)) return { kind: 'smtp', code };
    const id = Number(code);
    return id >= 1 && id <= 65535 ? { kind: 'event', code } : undefined;
  }
  return undefined;
}

function strip(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}
