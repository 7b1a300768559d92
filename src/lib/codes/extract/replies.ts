import { keyOf, type Collector } from './found.ts';
import type { Masked } from './mask.ts';
import { inWord } from './shapes.ts';

const isLetterChar = (ch: string) =>
  (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch > '\u007f' && /\p{L}/u.test(ch));

/**
 * SMTP replies. A three-digit number is a reply only where a reply stands: at the start of a
 * line of a transcript, after a quote (`with "504 need to authenticate first"`), after `smtp;`
 * in a non-delivery report, right before an enhanced status code of the same class
 * (`550 5.7.1`, see `shapes.ts`), or after a label (`SMTP error 550`, `odpowiedź 504`). Codes
 * outside RFC 5321's list, and replies quoted in prose, count only when the catalog knows them
 * (candidates).
 */

/** The reply codes of RFC 5321 and its extensions (AUTH, STARTTLS), plus Exchange 5.5's 505. */
export const SMTP_REPLIES: ReadonlySet<string> = new Set(
  '211 214 220 221 235 250 251 252 334 354 421 432 450 451 452 454 455 500 501 502 503 504 505 521 523 530 534 535 538 550 551 552 553 554 555 556'.split(
    ' ',
  ),
);

const SHAPE = /^[2-5][0-5]\d$/;
// What may open a line before a reply in a transcript: `<<< 250`, `S: 250`, `> 250`.
const LINE_OPENER = /^[ \t]*(?:(?:<<<|>>>|<<|>>|<-|->|[<>]|[SCR]:|server:|serwer:)[ \t]*)?$/i;
const QUOTES = '"\'„“‘«';
const LABELLED =
  /(?:smtp(?:\s+(?:error|reply|response|code|status|błąd|odpowiedź|kod))?|reply(?:\s+code)?|response(?:\s+code)?|odpowied(?:ź|zi|zią)|kod(?:em)?\s+(?:odpowiedzi|smtp)|(?:responded|replied|answered|rejected)\s+with|odpowiedział[aoy]?(?:\s+kodem)?)\s*[:=]?\s*["'„“]?([2-5][0-5]\d)(?![\p{L}\p{N}_]|[.,:/]\d)/giu;
// A count is no reply: `250 messages`, `450 użytkowników`.
const COUNTED =
  /^[ +]?(?:messages?|msgs?|wiadomo\p{L}*|items?|rows?|records?|entries|users?|u\p{L}ytkownik\p{L}*|recipients?|odbiorc\p{L}*|mails?|e-?mails?|maili?|times?|razy|errors?|błęd\p{L}*|servers?|serwer\p{L}*|connections?|połącze\p{L}*|attempts?|prób\p{L}*|retries|lines?|lini\p{L}*|files?|plik\p{L}*|pcs|szt)(?![\p{L}\p{N}_])/iu;

/** Adds a reply found at `at`, or a candidate when the code is not in RFC 5321's list. */
function addReply(c: Collector, code: string, at: number, masked: string): void {
  if (COUNTED.test(masked.slice(at + 3, at + 24))) return;
  if (SMTP_REPLIES.has(code)) c.add('smtp', code, at);
  else if (SHAPE.test(code) && !c.has(at))
    c.candidate({ key: keyOf('smtp', code), kind: 'smtp', code, at });
}

/**
 * Replies where a reply stands (line start, after a quote or `smtp;`) or after a label; a number
 * followed by words elsewhere becomes a candidate, a reply only if its words are the catalog's.
 */
export function smtpReplies(m: Masked, text: string, c: Collector): void {
  const masked = m.text;
  for (const at of m.threes) {
    const first = masked.charCodeAt(at);
    const second = masked.charCodeAt(at + 1);
    // 2xx to 5xx with a second digit of 0 to 5 (RFC 5321's shape).
    if (first < 50 || first > 53 || second > 53) continue;
    const code = masked.slice(at, at + 3);
    const next = masked[at + 3] ?? '';
    const after = masked[at + 4] ?? '';
    const letter = isLetterChar(after);
    const texty = (next === ' ' || next === '+') && (letter || '#<[('.includes(after));
    const continued = next === '-' && (letter || (after >= '0' && after <= '9'));
    const enhanced =
      (next === ' ' || next === '+' || next === '-') &&
      (after === '2' || after === '4' || after === '5') &&
      masked[at + 5] === '.';
    if (!texty && !continued && !enhanced) continue;
    if (atReplyPlace(masked, at)) addReply(c, code, at, masked);
    else if (texty && letter && !'.,:/+-'.includes(masked[at - 1] ?? ''))
      c.candidate({ key: keyOf('smtp', code), kind: 'smtp', code, at, follow: follow(text, at) });
  }
  for (const x of masked.matchAll(LABELLED))
    if (!inWord(masked, x.index, '')) addReply(c, x[1]!, x.index + x[0].length - 3, masked);
}

/** Whether offset `at` is where a reply stands: a line's start, after a quote or `smtp;`. */
function atReplyPlace(masked: string, at: number): boolean {
  if (QUOTES.includes(masked[at - 1] ?? '')) return true;
  // `504+need+to+authenticate`: a reply in a W3C log, where `+` stands for a space.
  if (masked[at + 3] === '+' && masked[at - 1] === ' ') return true;
  // `,<,550 ...`, `,>,220 ...`: the data field of an Exchange protocol log line.
  if (/,[<>],$/.test(masked.slice(Math.max(0, at - 3), at))) return true;
  if (/smtp; ?$/i.test(masked.slice(Math.max(0, at - 6), at))) return true;
  const lineStart = masked.lastIndexOf('\n', at - 1) + 1;
  return at - lineStart <= 12 && LINE_OPENER.test(masked.slice(lineStart, at));
}

/** The words after a code, as the catalog's literal reply would be compared with them. */
function follow(text: string, at: number): string {
  return text
    .slice(at + 4, at + 120)
    .replace(/\+/g, ' ')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Adds a reply read from a log's status column or reply field (`sc-status`, `data`). */
export function replyField(c: Collector, value: string, at: number, masked: string): void {
  const m = /^[ \t]*([2-5][0-5]\d)(?=$|[ +-])/.exec(value);
  if (m) addReply(c, m[1]!, at + m[0].length - 3, masked);
}
