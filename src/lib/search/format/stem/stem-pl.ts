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

/** Ending → replacement or action, from pairs of (space-separated endings, replacement/action). */
function table(...pairs: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i < pairs.length; i += 2)
    for (const ending of pairs[i]!.split(' ')) map.set(ending, pairs[i + 1]!);
  return map;
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
const LONGEST = 8;
const VOWEL = /[aąeęioóuy]/;

interface Match {
  ending: string;
  action: string;
}

/**
 * The longest ending of `word` in `map` that starts at or after `limit` and passes its R1 test
 * (noun endings must start at or after `r1`), or undefined.
 */
function longest(word: string, map: Map<string, string>, limit: number, r1 = 0): Match | undefined {
  for (let k = Math.min(LONGEST, word.length - limit); k > 0; k--) {
    const ending = word.slice(-k);
    const action = map.get(ending);
    if (action !== undefined && (action !== NOUN || word.length - k >= r1))
      return { ending, action };
  }
  return undefined;
}

/** Where R1 starts: after the first non-vowel that follows a vowel, else the word's end. */
function r1Start(word: string): number {
  let i = word.search(VOWEL);
  if (i < 0) return word.length;
  while (++i < word.length) if (!VOWEL.test(word[i]!)) return i + 1;
  return word.length;
}

/** The Snowball Polish stem of a lowercase word. */
export function stemPolish(word: string): string {
  const r1 = r1Start(word);
  const [c0, c1] = [...word];
  let w = word;
  if (c1 !== undefined) {
    // The first two characters are never removed (Snowball: hop 2).
    const keep = c0!.length + c1.length;
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
 * Every ending the stemmer acts on that has a diacritic, with the participle endings inside an
 * adjective ending (`ącymi`): what a query typed without diacritics may have lost.
 */
export function diacriticEndings(): string[] {
  const adjective = [...ENDINGS].filter(([, action]) => action === ADJ).map(([e]) => e);
  const all = [...ENDINGS.keys(), ...CONDITIONAL.keys(), ...ACCENT.keys()];
  for (const p of PARTICIPLE.keys()) for (const a of adjective) all.push(p + a);
  return all.filter((e) => /[^a-z]/.test(e));
}
