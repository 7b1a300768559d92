import { logColumns } from './columns.ts';
import {
  Collector,
  keyOf,
  nameKeyOf,
  type Candidate,
  type CodeKind,
  type FoundCode,
} from './found.ts';
import { eventLabels, hresultLabels, kbNumbers, win32Labels } from './labels.ts';
import { maskNonCodes } from './mask.ts';
import { powershellTables } from './ps-tables.ts';
import { smtpReplies } from './replies.ts';
import { enhancedCodes, hresultShapes } from './shapes.ts';

export type { Candidate, CodeKind, FoundCode } from './found.ts';

/**
 * Finds the codes in a pasted log or ticket: event IDs, SMTP replies, enhanced status codes,
 * HRESULTs, Win32 errors and KB numbers. Precision before recall: a number is a code only where
 * its label, column or position says so, and dates, times, addresses, ports, sizes, message IDs
 * and GUIDs are blanked out before any rule looks (see `mask.ts`). Pure and linear in the text,
 * so the same code runs in the browser on a pasted megabyte and in unit tests.
 */

/** What a text yields before the catalog is asked. */
export interface Extraction {
  /** Codes certain from the text alone, in order of first appearance. */
  codes: FoundCode[];
  /** Codes the catalog must confirm (names, quoted replies, bare decimal HRESULTs). */
  candidates: Candidate[];
}

/** What the catalog says about a key, as far as confirming a candidate needs. */
export interface KnownCode {
  /** The key it stands for: a symbolic name's code (`error:0x8009030c`), else the key itself. */
  key: string;
  /** The error kinds of the code (`smtp`, `hresult`, `win32`). */
  kinds: readonly string[];
  /** Literal replies as logged (`504 need to authenticate first`). */
  texts: readonly string[];
}

// Dashes that stand for a minus sign (−2146893044).
const DASHES = /[\u2012-\u2014\u2212]/;
// A symbolic error name (SEC_E_LOGON_DENIED, E_FAIL), found from its underscores.
const UNDERSCORE = /[A-Z0-9]_[A-Z0-9]/g;
const NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** The codes of a text; candidates are left for {@link confirmCandidates}. */
export function extractCodes(input: string): Extraction {
  // Same length replacements only, so offsets in the masked text are offsets in the text.
  let text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  if (DASHES.test(text)) text = text.replace(/[\u2012-\u2014\u2212]/g, '-');
  const m = maskNonCodes(text);
  const masked = m.text;
  const c = new Collector();
  logColumns(text, masked, c);
  powershellTables(text, c);
  eventLabels(masked, c);
  win32Labels(masked, c);
  hresultLabels(masked, c);
  hresultShapes(m, c);
  enhancedCodes(m, c);
  smtpReplies(m, text, c);
  kbNumbers(masked, text, c);
  names(masked, c);
  return { codes: c.codes(), candidates: c.candidates };
}

/** Symbolic names: candidates, since only the catalog's names are codes. */
function names(masked: string, c: Collector): void {
  const word = (ch: string | undefined) => ch !== undefined && /[\w]/.test(ch);
  let done = -1;
  for (const x of masked.matchAll(UNDERSCORE)) {
    if (x.index < done) continue;
    let start = x.index;
    while (word(masked[start - 1])) start--;
    let end = x.index + 3;
    while (word(masked[end])) end++;
    done = end;
    const name = masked.slice(start, end);
    if (NAME.test(name))
      c.candidate({ key: nameKeyOf(name), kind: 'hresult', code: '', at: start });
  }
}

/**
 * The codes of an extraction with its candidates settled by the catalog: a name becomes its
 * code, a quoted reply counts when its words are the catalog's literal reply, a bare decimal
 * HRESULT or an unlisted reply code when the catalog has it. Others are dropped.
 */
export function confirmCandidates(
  ex: Extraction,
  lookup: (key: string) => KnownCode | undefined,
): FoundCode[] {
  const byId = new Map(ex.codes.map((f) => [`${f.kind}:${f.code}`, { ...f }]));
  const places = new Set<number>();
  for (const cand of ex.candidates) {
    if (places.has(cand.at)) continue;
    const found = settle(cand, lookup(cand.key));
    if (!found) continue;
    places.add(cand.at);
    const id = `${found.kind}:${found.code}`;
    const have = byId.get(id);
    if (have) {
      have.count++;
      have.at = Math.min(have.at, cand.at);
    } else byId.set(id, { ...found, key: keyOf(found.kind, found.code), count: 1, at: cand.at });
  }
  return [...byId.values()].sort((a, b) => a.at - b.at);
}

/** The code a candidate stands for, if the catalog confirms it. */
function settle(
  cand: Candidate,
  known: KnownCode | undefined,
): { kind: CodeKind; code: string } | undefined {
  if (!known) return undefined;
  if (cand.key.startsWith('name:')) {
    if (!known.key.startsWith('error:')) return undefined;
    const code = known.key.slice(6);
    const kind = known.kinds[0];
    if (kind === 'smtp') return { kind: code.includes('.') ? 'enhanced' : 'smtp', code };
    return kind === 'hresult' || kind === 'win32' ? { kind, code } : undefined;
  }
  if (cand.kind === 'smtp') {
    if (!known.kinds.includes('smtp')) return undefined;
    if (cand.follow !== undefined) {
      const words = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
      const quoted = known.texts.some((t) => {
        const rest = words(t).replace(/^\d{3}[ -]?/, '');
        return rest.length > 0 && cand.follow!.startsWith(rest);
      });
      if (!quoted) return undefined;
    }
    return { kind: 'smtp', code: cand.code };
  }
  return known.kinds.includes(cand.kind) ? { kind: cand.kind, code: cand.code } : undefined;
}
