/** The kinds of error code the site knows, as in `content/errors/{kind}/`: the one list schemas and code share. */
export const ERROR_KINDS = ['smtp', 'hresult', 'win32'] as const;

/** One kind of error code. */
export type ErrorKind = (typeof ERROR_KINDS)[number];

const NORMAL_FORM: Record<ErrorKind, RegExp> = {
  smtp: /^(?:[2-5]\d{2}|[245]\.\d{1,3}\.\d{1,3})$/,
  hresult: /^0x[0-9a-f]{8}$/,
  win32: /^(?:0|[1-9]\d{0,9})$/,
};

/** What a normalised code of each kind looks like, for error messages. */
export const NORMAL_FORM_HINT: Record<ErrorKind, string> = {
  smtp: 'an SMTP reply as three digits (504) or an enhanced status code (5.7.1)',
  hresult: 'an HRESULT as 0x and 8 lowercase hex digits (0x8009030c)',
  win32: 'a Win32 error as a decimal number without leading zeros (1326)',
};

/** Whether `code` is in the normal form of its kind (the form used in file names and URLs). */
export function isNormalisedCode(kind: ErrorKind, code: string): boolean {
  return NORMAL_FORM[kind].test(code);
}

/** The 32-bit unsigned value of a normalised HRESULT (`0x8009030c` → 2148074252). */
export function hresultValue(code: string): number {
  return Number.parseInt(code.slice(2), 16);
}

/** An unsigned 32-bit value as a normalised HRESULT (2148074252 → `0x8009030c`). */
export function hresultFromValue(value: number): string {
  return `0x${(value >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * Every way a reader may write a normalised code, lowercased: for an HRESULT the hex with and
 * without `0x`, and the signed and unsigned decimal forms; for other kinds the code itself.
 */
export function codeForms(kind: ErrorKind, code: string): string[] {
  if (kind !== 'hresult') return [code];
  const unsigned = hresultValue(code);
  const signed = unsigned | 0;
  return [...new Set([code, code.slice(2), String(signed), String(unsigned)])];
}
