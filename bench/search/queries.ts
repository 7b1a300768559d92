import { codeForms } from '../../src/lib/codes/error-codes.ts';
import { loadIndex, textOf } from '../../src/lib/search/load-index.ts';
import type { IndexData } from '../../src/lib/search/model.ts';

/** mulberry32, for a query mix that is the same on every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * What readers type, drawn from the index itself: event IDs, error codes in every form, KB
 * numbers, one to three words of a title (some without diacritics), beginnings of words (typing)
 * and one-letter typos, and codes with words.
 */
export function queryMix(data: IndexData, count: number, seed = 7): string[] {
  const r = rng(seed);
  // Titles and contexts come from the loaded index, as the site shows them.
  const index = loadIndex(data);
  const recs = index.records;
  const texts = recs.filter((x) => x.type === 'article' || x.type === 'step');
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const titleWords = () => {
    const rec = pick(texts);
    const src = textOf(index, rec.t0, rec.t1);
    return src.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3);
  };
  const out: string[] = [];
  while (out.length < count) {
    const k = r();
    const words = titleWords();
    const w = pick(words.length ? words : ['exchange']);
    if (k < 0.15) out.push(String(pick(data.e)[0]));
    else if (k < 0.3) {
      const [code, , , names] = pick(data.r);
      const rec = recs.find((x) => x.type === 'error' && x.id === code)!;
      const logged = textOf(index, rec.c0, rec.c1).split(' · ').at(-1) ?? code;
      const forms = /^0x/.test(code)
        ? [...codeForms('hresult', code), code.toUpperCase().replace('0X', '0x'), ...names]
        : [code, logged];
      out.push(pick(forms));
    } else if (k < 0.38) out.push(`${pick(['KB', 'Q', ''])}${pick(data.a)[0]}`);
    else if (k < 0.63) {
      const start = Math.floor(r() * Math.max(1, words.length - 2));
      const q = words.slice(start, start + 1 + Math.floor(r() * 3)).join(' ') || w;
      out.push(r() < 0.3 ? q.normalize('NFD').replace(/\p{M}/gu, '') : q.toLowerCase());
    } else if (k < 0.78) out.push(w.slice(0, 3 + Math.floor(r() * 4)));
    else if (k < 0.9 && w.length >= 5) {
      const i = 1 + Math.floor(r() * (w.length - 2));
      out.push(`${w.slice(0, i)}${w[i + 1]}${w[i]}${w.slice(i + 2)}`);
    } else out.push(`${String(pick(data.e)[0])} ${w}`);
  }
  return out;
}
