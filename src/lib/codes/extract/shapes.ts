import { hresultFromValue } from '../error-codes.ts';
import { keyOf, type Collector } from './found.ts';

/**
 * Codes known by their shape alone: HRESULTs in hex (`0x8009030C`, `8009030c`) and signed
 * decimal (`-2146893044`) forms, and enhanced status codes (`5.7.1`). Run on the masked text.
 */

const B = String.raw`(?<![\p{L}\p{N}_])`;

// 0x and exactly eight hex digits; only failures (top bit set) are error codes.
const HEX = new RegExp(`${B}0x([0-9a-f]{8})(?![\\p{L}\\p{N}_])`, 'giu');
// Eight hex digits without 0x: an HRESULT's usual `80xxxxxx`, never inside a longer hex run.
const BARE_HEX = /(?<![\p{L}\p{N}_.-])(80[0-9a-f]{6})(?![\p{L}\p{N}_]|[.-][0-9a-f])/giu;
// A signed 32-bit HRESULT as .NET and PowerShell print it: ten digits after a minus.
const SIGNED = /(?<![\p{L}\p{N}_.])-(\d{10})(?![\p{L}\p{N}_]|[.,]\d)/gu;
// An unsigned decimal in the HRESULT range: a code only if the catalog knows it.
const UNSIGNED = /(?<![\p{L}\p{N}_.-])(\d{10})(?![\p{L}\p{N}_]|[.,]\d)/gu;
// RFC 3463: class 2, 4 or 5, subject 0-7, detail up to three digits without leading zeros.
const ENHANCED = /(?<![\p{L}\p{N}_.])([245])\.([0-7])\.(0|[1-9]\d{0,2})(?![\p{L}\p{N}_]|\.\d)/gu;
// A version number is no status code (`version 2.0.1`, `build 4.1.2`).
const VERSION_BEFORE = /(?:^|[^\p{L}])(?:version|wersj[aięą]|ver\.?|build|release|v)\s*[:=]?\s*$/iu;

/** HRESULTs in every written form the search accepts (symbolic names are confirmed apart). */
export function hresultShapes(masked: string, c: Collector): void {
  for (const m of masked.matchAll(HEX)) {
    const value = Number.parseInt(m[1]!, 16);
    if (value >= 0x80000000) c.add('hresult', hresultFromValue(value), m.index);
  }
  for (const m of masked.matchAll(BARE_HEX)) {
    const code = `0x${m[1]!.toLowerCase()}`;
    // All digits could as well be a decimal count: only the catalog or a label decides then.
    if (/[a-f]/i.test(m[1]!)) c.add('hresult', code, m.index);
    else if (!c.has(m.index))
      c.candidate({ key: keyOf('hresult', code), kind: 'hresult', code, at: m.index });
  }
  for (const m of masked.matchAll(SIGNED)) {
    const value = -Number(m[1]!);
    if (value >= -0x80000000) c.add('hresult', hresultFromValue(value), m.index);
  }
  for (const m of masked.matchAll(UNSIGNED)) {
    const value = Number(m[1]!);
    if (value < 0x80000000 || value > 0xffffffff || c.has(m.index)) continue;
    const code = hresultFromValue(value);
    c.candidate({ key: keyOf('hresult', code), kind: 'hresult', code, at: m.index });
  }
}

/** Enhanced status codes wherever they are well formed, except as a version number. */
export function enhancedCodes(masked: string, c: Collector): void {
  for (const m of masked.matchAll(ENHANCED)) {
    if (VERSION_BEFORE.test(masked.slice(Math.max(0, m.index - 12), m.index))) continue;
    c.add('enhanced', `${m[1]}.${m[2]}.${m[3]}`, m.index);
  }
}
