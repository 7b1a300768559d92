/**
 * English stemmer: our TypeScript port of the Snowball 3 "english" algorithm (Porter2,
 * snowballstem.org, BSD licence), including the 3.x additions (`inter`, `-eedly`) that older npm
 * ports lack. Runs in the browser and at build time; checked against the Snowball reference in
 * tests/unit/search/stem-agreement.test.ts.
 */

/** Suffix → replacement. `?` marks an ending with a test in code. */
function table(spec: string): Map<string, string> {
  return new Map(spec.split(' ').map((pair) => pair.split(':') as [string, string]));
}

// Whole words with a fixed stem (skis, only, news...).
const EXCEPTIONS = table(
  'skis:ski skies:sky idly:idl gently:gentl ugly:ugli early:earli only:onli singly:singl ' +
    'sky:sky news:news howe:howe atlas:atlas cosmos:cosmos bias:bias andes:andes',
);
// Words whose R1 starts after this prefix (general, communism, international...).
const PREFIXES = 'gener commun arsen past univers later emerg organ inter'.split(' ');

type Suffixes = Map<string, Array<[end: string, to: string]>>;

/** Suffixes with their replacement, grouped by last letter, longest first. */
function suffixes(spec: string): Suffixes {
  const t: Suffixes = new Map();
  for (const [end, to] of table(spec)) {
    const group = [...(t.get(end.slice(-1)) ?? []), [end, to] as [string, string]];
    t.set(
      end.slice(-1),
      group.sort((a, b) => b[0].length - a[0].length),
    );
  }
  return t;
}

const STEP2 = suffixes(
  'tional:tion enci:ence anci:ance abli:able entli:ent izer:ize ization:ize ational:ate ' +
    'ation:ate ator:ate alism:al aliti:al alli:al fulness:ful ousli:ous ousness:ous ' +
    'iveness:ive iviti:ive biliti:ble bli:ble ogist:og ogi:? fulli:ful lessli:less li:?',
);
const STEP3 = suffixes(
  'tional:tion ational:ate alize:al icate:ic iciti:ic ical:ic ful: ness: ative:?',
);
const STEP4 = suffixes(
  'al: ance: ence: er: ic: able: ible: ant: ement: ment: ent: ism: ate: iti: ous: ive: ize: ion:?',
);

const isV = (c: string | undefined): boolean => c !== undefined && 'aeiouy'.includes(c) && c !== '';

/** Whether `w` has a vowel before `end`. */
const hasV = (w: string, end: number): boolean => /[aeiouy]/.test(w.slice(0, end));

/** After the first non-vowel that follows a vowel at or after `from`, else the end (R1, R2). */
function region(w: string, from: number): number {
  let i = from;
  while (i < w.length && !isV(w[i])) i++;
  while (++i < w.length) if (!isV(w[i])) return i + 1;
  return w.length;
}

/** Whether `w` up to `end` ends in a short syllable (hop, cap) or is `past`. */
function shortV(w: string, end: number): boolean {
  const [a, b, c] = [w[end - 1], w[end - 2], w[end - 3]];
  if (a === undefined || isV(a) || !isV(b)) return w.slice(0, end).endsWith('past');
  return end === 2 || (c !== undefined && !isV(c) && !'wxY'.includes(a));
}

/** The longest suffix of `w` in `t`, with its replacement. */
function suffix(w: string, t: Suffixes): [string, string] | undefined {
  return t.get(w[w.length - 1]!)?.find(([end]) => w.endsWith(end));
}

/** Step 1a: plurals and apostrophes. */
function step1a(word: string): string {
  const w = word.includes("'") ? word.replace(/'(s'?)?$/, '') : word;
  if (w.endsWith('sses')) return w.slice(0, -2);
  // Snowball counts characters (code points): ties → tie, cries → cri.
  if (/ie[ds]$/.test(w)) return w.slice(0, -3) + ([...w].length > 4 ? 'i' : 'ie');
  if (/(us|ss)$/.test(w) || !w.endsWith('s')) return w;
  return hasV(w, w.length - 2) ? w.slice(0, -1) : w;
}

/** Step 1b: -eed, -ed, -ing and their -ly forms. */
function step1b(w: string, p1: number): string {
  const end = /(eed(ly)?|ed(ly)?|ing(ly)?)$/.exec(w)?.[0];
  if (end === undefined) return w;
  const s = w.slice(0, -end.length);
  if (end.startsWith('ee')) return s.length < p1 || /^(proc|exc|succ)$/.test(s) ? w : s + 'ee';
  if (end === 'ing') {
    const [c, y, more] = [...s];
    if (y === 'y' && more === undefined && !isV(c)) return c + 'ie';
    if (/^(inn|out|cann|herr|earr|even)$/.test(s)) return w;
  }
  if (!hasV(s, s.length)) return w;
  if (/(at|bl|iz)$/.test(s)) return s + 'e';
  if (/(bb|dd|ff|gg|mm|nn|pp|rr|tt)$/.test(s))
    return s.length === 3 && 'aeo'.includes(s[0]!) ? s : s.slice(0, -1);
  return s.length === p1 && shortV(s, s.length) ? s + 'e' : s;
}

/** Steps 2 to 4: the suffix must start in R1 (2, 3) or R2 (4, and -ative in 3). */
function step(w: string, t: Suffixes, r: number, p2: number): string {
  const found = suffix(w, t);
  if (found === undefined) return w;
  const [end] = found;
  let [, to] = found;
  const at = w.length - end.length;
  if (to === '?') {
    const before = w[at - 1] ?? '';
    if (end === 'ogi') to = before === 'l' ? 'og' : end;
    else if (end === 'li') to = 'cdeghkmnrt'.includes(before) && before ? '' : end;
    else if (end === 'ion') to = before === 's' || before === 't' ? '' : end;
    else to = at >= p2 ? '' : end;
  }
  return at >= r ? w.slice(0, at) + to : w;
}

/** The Snowball English (Porter2) stem of a lowercase word. */
export function stemEnglish(word: string): string {
  const exception = EXCEPTIONS.get(word);
  if (exception !== undefined) return exception;
  if (word.length < 3 || (word.length < 5 && [...word].length < 3)) return word;
  // Y marks a consonant y (initial, or after a vowel).
  const plain = word[0] === "'" ? word.slice(1) : word;
  let w = plain;
  if (w.includes('y')) {
    w = w.replace(/^y/, 'Y');
    for (let i = 1; i < w.length; i++)
      if (w[i] === 'y' && isV(w[i - 1])) w = w.slice(0, i) + 'Y' + w.slice(i + 1);
  }
  const yFound = w !== plain;
  const prefix = PREFIXES.find((p) => w.startsWith(p));
  const p1 = prefix ? prefix.length : region(w, 0);
  const p2 = region(w, p1);
  w = step1b(step1a(w), p1);
  if (/[^aeiouy][yY]$/.test(w) && w.length > 2) w = w.slice(0, -1) + 'i';
  w = step(step(step(w, STEP2, p1, p2), STEP3, p1, p2), STEP4, p2, p2);
  const last = w.length - 1;
  if (w[last] === 'e' && (last >= p2 || (last >= p1 && !shortV(w, last)))) w = w.slice(0, -1);
  else if (w[last] === 'l' && last >= p2 && w[last - 1] === 'l') w = w.slice(0, -1);
  return yFound ? w.replaceAll('Y', 'y') : w;
}
