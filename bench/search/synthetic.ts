import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  IndexArticle,
  IndexError,
  IndexEvent,
  IndexInput,
} from '../../src/lib/search/build-index.ts';
import { createRng } from '../gen/prng.mjs';

/**
 * A synthetic corpus for the search benchmark, shaped like the real article (KB 843106): a
 * 10–14 word title, a 25–50 word summary, 3–7 steps of 5–10 words, the 5 standard headings and
 * 0–4 of its own,
 * 1–5 events and 0–4 error codes, catalogs of n/4 events and n/4 codes. Words follow a Zipf law
 * over a vocabulary that grows with the corpus (the real article's words first, then invented
 * ones), because a small repetitive vocabulary would make gzip and the term index look better
 * than real text does.
 */

const STANDARD_HEADINGS = {
  pl: ['Symptomy', 'Przyczyna', 'Rozwiązanie', 'Więcej informacji', 'Powiązane artykuły'],
  en: ['Symptoms', 'Cause', 'Resolution', 'More information', 'Related articles'],
};

/** The bench's seeded PRNG (mulberry32, shared with the corpus generator), typed for this file. */
function rng(seed: number) {
  const r = createRng(seed) as {
    next: () => number;
    int: (lo: number, hi: number) => number;
    pick: (list: readonly unknown[]) => unknown;
  };
  const pick = <T>(list: readonly T[]): T => r.pick(list) as T;
  return { next: r.next, int: r.int, pick };
}
type Rng = ReturnType<typeof rng>;

const SYLLABLES = {
  pl: [
    'ka',
    'ro',
    'wa',
    'prze',
    'sz',
    'cz',
    'ni',
    'ść',
    'ło',
    'żę',
    'dą',
    'mi',
    'sk',
    'to',
    'rzy',
    'ów',
    'ne',
    'go',
    'ję',
    'by',
    'pa',
    'li',
    'źd',
    'ci',
    'owa',
    'nie',
  ],
  en: [
    'con',
    'fig',
    'ser',
    'ver',
    'ta',
    'tion',
    'ex',
    'port',
    'mail',
    'log',
    're',
    'pli',
    'ca',
    'de',
    'li',
    'ver',
    'ing',
    'ed',
    'an',
    'sto',
    'rage',
    'net',
    'work',
    'sec',
    'ure',
    'auth',
  ],
} as const;

/** The words of the real content in one language, most frequent first. */
function realWords(root: string, lang: 'pl' | 'en'): string[] {
  const dir = join(root, 'content', 'articles');
  const counts = new Map<string, number>();
  for (const kb of readdirSync(dir)) {
    const text = readFileSync(join(dir, kb, `${lang}.md`), 'utf8');
    for (const w of text.match(/[\p{L}][\p{L}\p{N}]*/gu) ?? [])
      counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
}

/** A Zipf sampler over `vocab` (rank r drawn with weight 1/r). */
function zipf(vocab: readonly string[]) {
  const cum: number[] = [];
  let total = 0;
  for (let r = 1; r <= vocab.length; r++) cum.push((total += 1 / r));
  return (g: Rng) => {
    const x = g.next() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return vocab[lo]!;
  };
}

/** Builds one language's index input for `n` articles (the same KB numbers and codes in both). */
export function syntheticInput(
  n: number,
  lang: 'pl' | 'en',
  root: string,
  seed = 843106,
): IndexInput {
  const g = rng(seed);
  const vocabSize = 4000 + n * 3;
  const vocab = [...new Set(realWords(root, lang))];
  const made = new Set(vocab.map((w) => w.toLowerCase()));
  while (vocab.length < vocabSize) {
    const w = Array.from({ length: g.int(2, 4) }, () => g.pick(SYLLABLES[lang])).join('');
    if (!made.has(w)) {
      made.add(w);
      vocab.push(w);
    }
  }
  const word = zipf(vocab);
  const textGen = rng(seed + (lang === 'pl' ? 1 : 2));
  const phrase = (lo: number, hi: number) => {
    const t = Array.from({ length: textGen.int(lo, hi) }, () => word(textGen)).join(' ');
    return t.charAt(0).toUpperCase() + t.slice(1);
  };
  const products = Array.from({ length: 25 }, (_, i) =>
    `Exchange Server ${2000 + (i % 20)} ${['', 'SP1', 'SP2', 'CU3'][i % 4]}`.trim(),
  );
  const levels =
    lang === 'pl' ? ['Błąd', 'Ostrzeżenie', 'Informacja'] : ['Error', 'Warning', 'Information'];
  const events: IndexEvent[] = [];
  const eventIds = new Set<number>();
  while (events.length < Math.max(40, n / 4)) {
    const id = g.next() < 0.7 ? g.int(1000, 9999) : g.int(1, 65535);
    if (eventIds.has(id)) continue;
    eventIds.add(id);
    events.push({
      id,
      source: g.pick([
        'MSExchangeTransport',
        'MSExchangeIS',
        'MSExchangeSA',
        'SMTPSVC',
        'Schannel',
      ]),
      log: g.pick(['Application', 'System']),
      level: g.pick(levels),
      title: phrase(5, 9),
    });
  }
  const errors: IndexError[] = [];
  const codes = new Set<string>();
  while (errors.length < Math.max(40, n / 4)) {
    const kind = g.pick(['hresult', 'hresult', 'smtp', 'win32'] as const);
    const code =
      kind === 'hresult'
        ? `0x8${g.int(0, 0xfffffff).toString(16).padStart(7, '0')}`
        : kind === 'smtp'
          ? g.next() < 0.5
            ? String(g.int(400, 554))
            : `${g.pick([4, 5])}.${g.int(0, 7)}.${g.int(0, 30)}`
          : String(g.int(1, 15000));
    if (codes.has(code)) continue;
    codes.add(code);
    const name =
      kind === 'smtp'
        ? undefined
        : `${g.pick(['SEC_E', 'E', 'ERROR', 'MAPI_E', 'NTE'])}_${phrase(2, 3).toUpperCase().replace(/ /g, '_')}`;
    errors.push({
      code,
      kindLabel: kind === 'smtp' ? 'SMTP' : kind === 'hresult' ? 'HRESULT' : 'Win32',
      name,
      text: kind === 'smtp' ? `${code} ${phrase(3, 5).toLowerCase()}` : undefined,
      title: phrase(3, 6),
    });
  }
  const articles: IndexArticle[] = [];
  const kbs = new Set<number>();
  while (kbs.size < n) kbs.add(g.int(100000, 999999));
  for (const kb of [...kbs].sort((a, b) => a - b)) {
    const evs = Array.from({ length: g.int(1, 5) }, () => g.pick(events));
    const errs = Array.from({ length: g.int(0, 4) }, () => g.pick(errors));
    const ref = {
      events: [...new Set(evs.map((e) => `${e.source}/${e.id}`))],
      errors: [...new Set(errs.map((e) => `x/${e.code}`))],
    };
    const steps = Array.from({ length: g.int(3, 7) }, (_, i) => ({
      id: `${
        word(textGen)
          .toLowerCase()
          .replace(/[^a-z]/g, '') || 'step'
      }-${i + 1}`,
      title: phrase(5, 10),
      events: g.next() < 0.5 ? ref.events.slice(0, 2) : [],
      errors: g.next() < 0.4 ? ref.errors.slice(0, 1) : [],
    }));
    const code = errs[0]?.code ?? String(evs[0]!.id);
    const title = `${phrase(8, 12)} ${code} (${lang === 'pl' ? 'zdarzenie' : 'event'} ${evs[0]!.id})`;
    // Most headings are the standard sections; a few are the article's own (`TLS i STARTTLS`).
    const own = Array.from({ length: g.int(0, 4) }, () => phrase(1, 4));
    const headings = [...STANDARD_HEADINGS[lang], ...own].map((text, i) => ({
      depth: 2,
      id: `h${i}`,
      text,
    }));
    articles.push({
      kb: String(kb),
      title,
      summary: `${phrase(25, 50)}.`,
      products: [g.pick(products), g.pick(products)].slice(0, g.int(1, 2)),
      headings,
      ...ref,
      steps,
    });
  }
  return { lang, articles, events, errors };
}
