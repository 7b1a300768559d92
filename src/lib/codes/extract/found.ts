import { errorKey, eventKey, kbKey, nameKey } from '../parse-query.ts';

/** What a code found in a log is: the six kinds a reader tells apart. */
export type CodeKind = 'event' | 'smtp' | 'enhanced' | 'hresult' | 'win32' | 'kb';

/** The kinds in the order the UI names them. */
export const CODE_KINDS: readonly CodeKind[] = [
  'event',
  'smtp',
  'enhanced',
  'hresult',
  'win32',
  'kb',
];

/** A distinct code found in a text. */
export interface FoundCode {
  /** What it is. */
  kind: CodeKind;
  /** Its normal form (`7004`, `504`, `5.7.1`, `0x8009030c`, `1326`, `123456`). */
  code: string;
  /**
   * The key the search and the code data use (`event:7004`, `error:504`, `kb:123456`): the same
   * builders as the query normaliser, so a code found and a code typed are one key.
   */
  key: string;
  /** How many times it occurs. */
  count: number;
  /** Offset of its first occurrence, for ordering. */
  at: number;
}

/**
 * Something that is a code only if the catalog knows it: a symbolic name, a reply quoted in
 * prose, an HRESULT in a bare decimal form. Confirmed (or dropped) with the code data.
 */
export interface Candidate {
  /** The key to look up (`name:sec_e_logon_denied`, `error:504`, `error:0x80090308`). */
  key: string;
  /** The kind it would be. */
  kind: CodeKind;
  /** Its normal form if confirmed (a name's target comes from the catalog). */
  code: string;
  /** Where it occurs. */
  at: number;
  /** For a reply quoted in prose: the text after the code, lowercased, to match the catalog's. */
  follow?: string;
}

/** The key of a code of a kind. */
export function keyOf(kind: CodeKind, code: string): string {
  if (kind === 'event') return eventKey(code);
  if (kind === 'kb') return kbKey(code);
  return errorKey(code);
}

/** The key of a symbolic name (`SEC_E_LOGON_DENIED` → `name:sec_e_logon_denied`). */
export const nameKeyOf = nameKey;

/** Collects occurrences, counting each place in the text once however many rules saw it. */
export class Collector {
  private readonly byKind = new Map<string, FoundCode>();
  private readonly seen = new Set<string>();
  private readonly places = new Set<number>();
  /** Candidates met on the way, for confirmation against the catalog. */
  readonly candidates: Candidate[] = [];

  /** Records `code` of `kind` found at offset `at`. */
  add(kind: CodeKind, code: string, at: number): void {
    const id = `${kind}:${code}`;
    const place = `${id}@${at}`;
    if (this.seen.has(place)) return;
    this.seen.add(place);
    this.places.add(at);
    const found = this.byKind.get(id);
    if (found) {
      found.count++;
      if (at < found.at) found.at = at;
    } else this.byKind.set(id, { kind, code, key: keyOf(kind, code), count: 1, at });
  }

  /** Whether a code was already found at this offset (by any rule, any kind). */
  has(at: number): boolean {
    return this.places.has(at);
  }

  /** Records a candidate unless the place already holds a code. */
  candidate(c: Candidate): void {
    this.candidates.push(c);
  }

  /** The codes found, in order of first appearance. */
  codes(): FoundCode[] {
    return [...this.byKind.values()].sort((a, b) => a.at - b.at);
  }
}
