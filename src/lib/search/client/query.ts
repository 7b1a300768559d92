import { kbKey, tokenKeys } from '~/lib/codes/parse-query.ts';
import type { Lang } from '~/i18n/keys.ts';
import { fold } from '../format/fold.ts';
import { queryStems } from '../format/stem/index.ts';
import { compoundParts, compounds, keepTerm, pieceTerm, wholeTerm } from '../format/tokenize.ts';

/**
 * Words that name a kind of page (`event 7004`, `błąd 505`): next to a code they choose which of
 * its pages leads, rather than being searched for. Folded, in both languages (readers mix them).
 */
const KIND_WORDS: Record<string, 'event' | 'error'> = {
  event: 'event',
  events: 'event',
  'event id': 'event',
  zdarzenie: 'event',
  zdarzenia: 'event',
  zdarzen: 'event',
  identyfikator: 'event',
  error: 'error',
  errors: 'error',
  code: 'error',
  blad: 'error',
  bledu: 'error',
  kod: 'error',
  kodu: 'error',
};

/** The kind of page a word names, if it is one of {@link KIND_WORDS}. */
export function kindWord(token: QueryToken): 'event' | 'error' | undefined {
  return token.keys.length === 0 ? KIND_WORDS[fold(token.raw)] : undefined;
}

/** A query token that may be a code: its keys, and the word it is otherwise. */
export interface QueryToken {
  /** As typed. */
  raw: string;
  /** Normalised code keys it may mean (`event:7004`, `kb:123456`); empty for a plain word. */
  keys: string[];
  /** The index term of the token as a whole. */
  term: string;
  /** Other terms it may mean, less likely (Polish typed without diacritics: `certyfikatow`). */
  alternates: string[];
  /** The terms of its parts (`msexcimc`, `exe`), used when the whole is not in the index. */
  parts: string[];
  /** The typed beginning, folded, when it is the word being typed (matched as a prefix too). */
  prefix: string | undefined;
}

// Nobody types more words than this into a box; a pasted log line is cut here.
const MAX_TOKENS = 16;

/** Splits a dashed token (`550-5.7.1`, a multi-line SMTP reply) when its pieces are codes. */
function pieces(text: string): string[] {
  if (tokenKeys(text).length > 0 || !text.includes('-')) return [text];
  const split = text.split('-').filter(Boolean);
  return split.some((p) => tokenKeys(p).length > 0) ? split : [text];
}

/**
 * The tokens of a query, with the code keys each may stand for (`0x8009030C`, `-2146893044`,
 * `KB 123456` written with a space) and its terms through the same tokeniser as the index.
 */
export function queryTokens(query: string, lang: Lang): QueryToken[] {
  const text = query.normalize('NFC').replace(/[\u2212\u2012\u2013]/g, '-');
  const raw: string[] = [];
  for (const c of compounds(text)) {
    // A minus right before digits is part of a signed HRESULT (`-2146893044`).
    const signed =
      text[c.at - 1] === '-' &&
      /^\d+$/.test(c.text) &&
      !/[\p{L}\p{N}]/u.test(text[c.at - 2] ?? ' ');
    raw.push(...pieces(signed ? `-${c.text}` : c.text));
  }
  const out: QueryToken[] = [];
  const typing = !/\s$/.test(query);
  for (let i = 0; i < raw.length && out.length < MAX_TOKENS; i++) {
    let token = raw[i]!;
    let keys = tokenKeys(token);
    const next = raw[i + 1];
    if (/^(?:kb|q)$/i.test(token) && next !== undefined && /^\d+$/.test(next)) {
      keys = [kbKey(next)];
      token = `${token} ${next}`;
      i++;
    }
    const body = token.replace(/^-/, '');
    const term = keys.length > 0 && token.includes(' ') ? fold(token) : wholeTerm(body, lang);
    const parts = [...new Set(compoundParts(body).map((p) => pieceTerm(p.text, lang)))].filter(
      (p) => keepTerm(p) && p !== term,
    );
    const last = i === raw.length - 1;
    const prefix = last && typing && body.length >= 2 ? fold(body) : undefined;
    if (!keepTerm(term) && parts.length === 0 && keys.length === 0) continue;
    const alternates = /^[\p{L}]+$/u.test(body)
      ? queryStems(body, lang).filter((x) => x !== term)
      : [];
    out.push({ raw: token, keys, term, alternates, parts, prefix });
  }
  return out;
}
