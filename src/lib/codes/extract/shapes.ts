import { hresultFromValue } from '../error-codes.ts';
import { keyOf, type Collector } from './found.ts';
import type { Masked } from './mask.ts';

/**
 * Codes known by their shape alone: HRESULTs in hex (`0x8009030C`, `8009030c`) and signed
 * decimal (`-2146893044`) forms, and enhanced status codes (`5.7.1`). Run on the masked text.
 */

// 0x and exactly eight hex digits; only failures (top bit set) are error codes.
const HEX = /0x([0-9a-f]{8})(?![\p{L}\p{N}_])/giu;
// Eight hex digits without 0x: an HRESULT's usual `80xxxxxx`, never inside a longer hex run.
const BARE_HEX = /(80[0-9a-f]{6})(?![\p{L}\p{N}_]|[.-][0-9a-f])/giu;
// A signed 32-bit HRESULT as .NET and PowerShell print it: ten digits after a minus.
const SIGNED = /-(\d{10})(?![\p{L}\p{N}_]|[.,]\d)/gu;
// RFC 3463: class 2, 4 or 5, subject 0-7, detail up to three digits without leading zeros.
const ENHANCED = /^([245])\.([0-7])\.(0|[1-9]\d{0,2})(?![\p{L}\p{N}_]|\.\d)/u;
// A reply code right before it (`550 5.7.1`, `#550 5.7.1`, `550-5.7.1`, `250+2.6.0`).
const REPLY_BEFORE = /(?:^|[^\p{L}\p{N}_.,+-])#?([2-5][0-5]\d)[ +-]#?$/u;
// A version number is no status code (`version 2.0.1`, `build 4.1.2`).
const VERSION_BEFORE = /(?:^|[^\p{L}])(?:version|wersj[aięą]|ver\.?|build|release|v)\s*[:=]?\s*$/iu;

/** Whether offset `at` continues a word (or follows one of `also`): no code starts there. */
export function inWord(text: string, at: number, also: string): boolean {
  const prev = text[at - 1];
  return prev !== undefined && (/[\p{L}\p{N}_]/u.test(prev) || also.includes(prev));
}

/** HRESULTs in every written form the search accepts (symbolic names are confirmed apart). */
export function hresultShapes(m: Masked, c: Collector): void {
  const masked = m.text;
  for (const x of masked.matchAll(HEX)) {
    if (inWord(masked, x.index, '')) continue;
    const value = Number.parseInt(x[1]!, 16);
    if (value >= 0x80000000) c.add('hresult', hresultFromValue(value), x.index);
  }
  for (const x of masked.matchAll(BARE_HEX)) {
    if (inWord(masked, x.index, '.-')) continue;
    const code = `0x${x[1]!.toLowerCase()}`;
    // All digits could as well be a decimal count: only the catalog or a label decides then.
    if (/[a-f]/i.test(x[1]!)) c.add('hresult', code, x.index);
    else if (!c.has(x.index))
      c.candidate({ key: keyOf('hresult', code), kind: 'hresult', code, at: x.index });
  }
  for (const x of masked.matchAll(SIGNED)) {
    if (inWord(masked, x.index, '.')) continue;
    const value = -Number(x[1]!);
    if (value >= -0x80000000) c.add('hresult', hresultFromValue(value), x.index);
  }
  // An unsigned decimal in the HRESULT range: a code only if the catalog knows it.
  for (const at of m.tens) {
    const value = Number(masked.slice(at, at + 10));
    const before = masked[at - 1];
    if (value < 0x80000000 || value > 0xffffffff || before === '-' || before === '.') continue;
    if (c.has(at)) continue;
    const code = hresultFromValue(value);
    c.candidate({ key: keyOf('hresult', code), kind: 'hresult', code, at });
  }
}

/**
 * Enhanced status codes wherever they are well formed, except as a version number; a reply code
 * right before one of its class is a reply wherever it stands.
 */
export function enhancedCodes(m: Masked, c: Collector): void {
  const masked = m.text;
  for (const at of m.dotted) {
    const x = ENHANCED.exec(masked.slice(at, at + 9));
    if (!x) continue;
    const before = masked.slice(Math.max(0, at - 12), at);
    if (VERSION_BEFORE.test(before)) continue;
    c.add('enhanced', `${x[1]}.${x[2]}.${x[3]}`, at);
    const reply = REPLY_BEFORE.exec(before);
    if (reply && reply[1]![0] === x[1])
      c.add('smtp', reply[1]!, at - before.length + reply.index + reply[0].indexOf(reply[1]!));
  }
}
