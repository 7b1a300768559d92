import type { Lang } from '~/i18n/keys.ts';
import { compoundTermList, compoundTexts } from '../format/tokenize.ts';
import { FIELDS, type SearchDocument } from './documents.ts';
import { IntList } from './int-list.ts';

const WORD = 1;
const CONNECTOR = 2;
const SURROGATE = 3;
let classes: Uint8Array | undefined;

/** The class of every UTF-16 unit, from the tokeniser's own definitions (see tokenize.ts). */
function unitClasses(): Uint8Array {
  if (classes) return classes;
  classes = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const s = String.fromCharCode(c);
    classes[c] =
      c >= 0xd800 && c <= 0xdfff
        ? SURROGATE
        : compoundTexts(s).length > 0
          ? WORD
          : compoundTexts(`a${s}a`).length === 1
            ? CONNECTOR
            : 0;
  }
  return classes;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * Numbers the terms of texts as {@link tokenize} finds them, for the index build. The compounds of
 * a text are found by a loop over its UTF-16 units and looked up in a hash table by their span,
 * so no string is made for a compound seen before: 15 million compounds at 10,000 articles made
 * a regular expression's matches and a Map the largest cost of the index. A text with characters
 * beyond the BMP (rare: emoji, old scripts) takes the tokeniser's own expression instead.
 */
export class TermNumbering {
  /** Every term, by id. */
  readonly terms: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly cls = unitClasses();
  private keys: string[] = new Array<string>(1 << 12);
  private hashes = new Int32Array(1 << 12);
  private values: Int32Array[] = new Array<Int32Array>(1 << 12);
  private size = 0;
  private readonly lang: Lang;

  constructor(lang: Lang) {
    this.lang = lang;
  }

  /** Appends the term ids of `text` to `out`. */
  append(text: string, out: IntList): void {
    const cls = this.cls;
    const len = text.length;
    const start = out.length;
    let i = 0;
    while (i < len) {
      const k = cls[text.charCodeAt(i)]!;
      if (k === SURROGATE) return this.appendSlowly(text, out, start);
      if (k !== WORD) {
        i++;
        continue;
      }
      const from = i;
      let h = FNV_OFFSET;
      for (;;) {
        for (; i < len; i++) {
          const c = text.charCodeAt(i);
          if (cls[c] !== WORD) break;
          h = Math.imul(h ^ c, FNV_PRIME);
        }
        // A single connector between two runs joins them (`Msexcimc.exe`, `5.5.2657.72`).
        if (
          i + 1 < len &&
          cls[text.charCodeAt(i)] === CONNECTOR &&
          cls[text.charCodeAt(i + 1)] === WORD
        ) {
          h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
          i++;
          continue;
        }
        break;
      }
      out.add(this.lookup(text, from, i, h));
    }
  }

  /** {@link append} through the tokeniser's expression, for a text beyond the BMP. */
  private appendSlowly(text: string, out: IntList, start: number): void {
    out.length = start;
    for (const compound of compoundTexts(text)) {
      let h = FNV_OFFSET;
      for (let j = 0; j < compound.length; j++)
        h = Math.imul(h ^ compound.charCodeAt(j), FNV_PRIME);
      out.add(this.lookup(compound, 0, compound.length, h));
    }
  }

  /** The term ids of the compound `text[from, to)` with hash `h`, cut into terms the first time. */
  private lookup(text: string, from: number, to: number, h: number): Int32Array {
    const mask = this.hashes.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === undefined) return this.insert(slot, text.slice(from, to), h);
      if (this.hashes[slot] === h && key.length === to - from) {
        let j = 0;
        while (j < key.length && key.charCodeAt(j) === text.charCodeAt(from + j)) j++;
        if (j === key.length) return this.values[slot]!;
      }
    }
  }

  private insert(slot: number, compound: string, h: number): Int32Array {
    const ids = Int32Array.from(compoundTermList(compound, this.lang), (term) => {
      let id = this.ids.get(term);
      if (id === undefined) this.ids.set(term, (id = this.terms.push(term) - 1));
      return id;
    });
    this.keys[slot] = compound;
    this.hashes[slot] = h;
    this.values[slot] = ids;
    if (++this.size * 2 > this.hashes.length) this.grow();
    return ids;
  }

  private grow(): void {
    const { keys, hashes, values } = this;
    const cap = hashes.length * 2;
    this.keys = new Array<string>(cap);
    this.hashes = new Int32Array(cap);
    this.values = new Array<Int32Array>(cap);
    keys.forEach((key, i) => {
      let slot = hashes[i]! & (cap - 1);
      while (this.keys[slot] !== undefined) slot = (slot + 1) & (cap - 1);
      this.keys[slot] = key;
      this.hashes[slot] = hashes[i]!;
      this.values[slot] = values[i]!;
    });
  }
}

/**
 * Every field of every document as term ids, in one list: document by document, field by field
 * (`bounds[d × fields + f]` is where field `f` of document `d` starts; the next entry, where it
 * ends). Each text is read once: a step's text is also its article's body, and is copied.
 */
export function termIds(docs: readonly SearchDocument[], lang: Lang) {
  const numbering = new TermNumbering(lang);
  let chars = 0;
  for (const doc of docs)
    for (const value of Object.values(doc.fields))
      for (const text of Array.isArray(value) ? value : [value]) chars += text?.length ?? 0;
  // About one term per five characters of text: rarely grown.
  const list = new IntList(Math.max(1 << 16, Math.ceil(chars / 5)));
  const seen = new Map<string, [number, number]>();
  const append = (text: string) => {
    const range = seen.get(text);
    if (range) return list.repeat(...range);
    const from = list.length;
    numbering.append(text, list);
    seen.set(text, [from, list.length]);
  };
  const bounds = new Int32Array(docs.length * FIELDS.length + 1);
  docs.forEach((doc, d) =>
    FIELDS.forEach((field, f) => {
      bounds[d * FIELDS.length + f] = list.length;
      const value = doc.fields[field];
      if (Array.isArray(value)) value.forEach(append);
      else if (value) append(value);
    }),
  );
  bounds[docs.length * FIELDS.length] = list.length;
  return { terms: numbering.terms, ids: list.data.subarray(0, list.length), bounds };
}
