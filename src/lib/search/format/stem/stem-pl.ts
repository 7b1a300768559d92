/**
 * Polish stemmer: our TypeScript port of the Snowball 3 "polish" algorithm by Dmitry Shachnev
 * (snowballstem.org, BSD licence). Runs in the browser and at build time; checked against the
 * Snowball reference in tests/unit/search/stem-agreement.test.ts.
 *
 * Outline (Snowball terms): R1 starts after the first non-vowel that follows a vowel. The first
 * two letters are never removed. A conditional ending (-by, -byś...) inside R1 goes first; then
 * the longest ending of one big table is removed or replaced. Noun endings count only inside R1;
 * when R1 rules an ending out, a shorter ending that is a suffix of it is tried. When no ending
 * applies, a final ć, ń, ś or ź loses its accent.
 */

// Actions in the table besides a plain replacement: delete inside R1 only (noun endings), delete
// then strip a participle or comparative suffix (adjective endings), and -szą (R1 ? '' : 's').
const NOUN = 'R';
const ADJ = 'A';
const SZA = 'Q';

/** Endings with their replacement or action, grouped by last letter, longest first. */
type Table = Map<string, Match[]>;

interface Match {
  ending: string;
  action: string;
}

/** A table from pairs of (space-separated endings, replacement or action). */
function table(...pairs: string[]): Table {
  const t: Table = new Map();
  for (let i = 0; i < pairs.length; i += 2)
    for (const ending of pairs[i]!.split(' ')) {
      const group = t.get(ending.slice(-1)) ?? [];
      group.push({ ending, action: pairs[i + 1]! });
      t.set(
        ending.slice(-1),
        group.sort((a, b) => b.ending.length - a.ending.length),
      );
    }
  return t;
}

const CONDITIONAL = table('bym byś byśmy byście by', '');
const ENDINGS = table(
  // Verbs: present, infinitive, participles, past, imperative.
  'asz esz isz amy emy imy acie ecie icie ają eść aść ać ieć ić ąć ając ąc ' +
    'ałem iałem iłem ałam iałam iłam am ałeś iałeś iłeś ałaś iałaś iłaś ał iał ił ' +
    'ała iała iła ało iało iło aliśmy ieliśmy iliśmy ałyśmy iałyśmy iłyśmy ' +
    'aliście ieliście iliście ałyście iałyście iłyście ali ieli ili ały iały iły aj ajcie cie ę',
  '',
  'szę',
  's',
  'szą',
  SZA,
  // Past tense of one-consonant roots (był, żył) keeps the ł.
  'łeś łaś liśmy łyśmy liście łyście',
  'ł',
  'y ego iego emu iemu ym im ej iej ych ich ymi imi',
  ADJ,
  'ająca ąca iejsza sza ającą ącą iejszą ające ące iejsze sze',
  '',
  'sząca szącą szące',
  's',
  'a o i u ia owi iowi ą ią em iem e iu ie ów om iom ami iami ach iach',
  NOUN,
);
const PARTICIPLE = table('ając ąc iejsz sz', '', 'sząc', 's');
const ACCENT = table('ć', 'c', 'ń', 'n', 'ś', 's', 'ź', 'z');
const VOWELS = 'aąeęioóuy';

/**
 * The longest ending of `word` in `t` that starts at or after `limit` and passes its R1 test
 * (noun endings must start at or after `r1`), or undefined.
 */
function longest(word: string, t: Table, limit: number, r1 = 0): Match | undefined {
  const n = word.length;
  return t
    .get(word[n - 1]!)
    ?.find(
      ({ ending, action }) =>
        n - ending.length >= limit &&
        word.endsWith(ending) &&
        (action !== NOUN || n - ending.length >= r1),
    );
}

/** Where R1 starts: after the first non-vowel that follows a vowel, else the word's end. */
function r1Start(word: string): number {
  let i = 0;
  while (i < word.length && !VOWELS.includes(word[i]!)) i++;
  while (++i < word.length) if (!VOWELS.includes(word[i]!)) return i + 1;
  return word.length;
}

/** The Snowball Polish stem of a lowercase word. */
export function stemPolish(word: string): string {
  const r1 = r1Start(word);
  // The first two characters (code points) are never removed (Snowball: hop 2).
  const first = word.codePointAt(0) ?? 0;
  const second = word.codePointAt(first > 0xffff ? 2 : 1);
  let w = word;
  if (second !== undefined) {
    const keep = (first > 0xffff ? 2 : 1) + (second > 0xffff ? 2 : 1);
    const cond = longest(w, CONDITIONAL, Math.max(r1, keep));
    if (cond) w = w.slice(0, -cond.ending.length);
    const m = longest(w, ENDINGS, keep, r1);
    if (m) {
      let { action } = m;
      w = w.slice(0, -m.ending.length);
      if (action === SZA) action = w.length >= r1 ? '' : 's';
      else if (action === NOUN) action = '';
      else if (action === ADJ) {
        const p = longest(w, PARTICIPLE, keep);
        action = '';
        if (p) [w, action] = [w.slice(0, -p.ending.length), p.action];
      }
      // An apostrophe before the ending parts a loanword from it (SMTP'a): it goes too.
      if (w.endsWith("'") && w.length > keep) w = w.slice(0, -1);
      return w + action;
    }
  }
  const a = w.length > 1 ? longest(w, ACCENT, 1) : undefined;
  return a ? w.slice(0, -1) + a.action : w;
}

/**
 * Every ending the stemmer acts on that has a diacritic, with the endings it removes in two steps
 * (participle in an adjective ending: `ącymi`; past tense before a conditional: `ałbyś`): what a
 * query typed without diacritics may have lost.
 */
export function diacriticEndings(): string[] {
  const endings = (t: Table): string[] => [...t.values()].flat().map((m) => m.ending);
  const all = [...endings(ENDINGS), ...endings(CONDITIONAL), ...endings(ACCENT)];
  for (const { ending, action } of [...ENDINGS.values()].flat()) {
    if (action === ADJ) for (const p of endings(PARTICIPLE)) all.push(p + ending);
    if (/(ł[aoy]?|li)$/.test(ending)) for (const c of endings(CONDITIONAL)) all.push(ending + c);
  }
  return all.filter((e) => /[^a-z]/.test(e));
}
