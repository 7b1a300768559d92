import { keyOf, type Collector } from './found.ts';

/**
 * SMTP replies. A three-digit number is a reply only where a reply stands: at the start of a
 * line of a transcript, after a quote (`with "504 need to authenticate first"`), after `smtp;`
 * in a non-delivery report, right before an enhanced status code of the same class
 * (`550 5.7.1`), or after a label (`SMTP error 550`, `odpowiedź 504`). Codes outside RFC 5321's
 * list, and replies quoted in prose, count only when the catalog knows them (candidates).
 */

/** The reply codes of RFC 5321 and its extensions (AUTH, STARTTLS), plus Exchange 5.5's 505. */
export const SMTP_REPLIES: ReadonlySet<string> = new Set(
  '211 214 220 221 235 250 251 252 334 354 421 432 450 451 452 454 455 500 501 502 503 504 505 521 523 530 534 535 538 550 551 552 553 554 555 556'.split(
    ' ',
  ),
);

const SHAPE = /^[2-5][0-5]\d$/;

// Where a reply stands, then the code, then text, a continuation dash or an enhanced code.
const AT_REPLY =
  /(?:^[ \t]*(?:(?:<<<|>>>|<<|>>|<-|->|[<>]|[SCR]:|server:|serwer:)[ \t]*)?|["'„“‘«]|smtp;[ \t]?)([2-5][0-5]\d)(?=[ +][\p{L}#<\[(]|-[\p{L}\p{N}]|[ +-][245]\.\d)/gimu;
// A reply code right before an enhanced status code: `550 5.7.1`, `#550 5.7.1`, `550-5.7.1`.
const PAIRED =
  /(?<![\p{L}\p{N}_.,+-])([2-5][0-5]\d)[ +-]#?([245])\.[0-7]\.(?:0|[1-9]\d{0,2})(?![\p{L}\p{N}_]|\.\d)/gu;
const LABELLED =
  /(?<![\p{L}\p{N}_])(?:smtp(?:\s+(?:error|reply|response|code|status|błąd|odpowiedź|kod))?|reply(?:\s+code)?|response(?:\s+code)?|odpowied(?:ź|zi|zią)|kod(?:em)?\s+(?:odpowiedzi|smtp)|(?:responded|replied|answered|rejected)\s+with|odpowiedział[aoy]?(?:\s+kodem)?)\s*[:=]?\s*["'„“]?([2-5][0-5]\d)(?![\p{L}\p{N}_]|[.,:/]\d)/giu;
// A number followed by words, anywhere: a reply only if its words are the catalog's literal reply.
const IN_PROSE = /(?<![\p{L}\p{N}_.,:/+-])([2-5][0-5]\d)[ +](?=\p{L})/gu;
// A count is no reply: `250 messages`, `450 użytkowników`.
const COUNTED =
  /^[ +]?(?:messages?|msgs?|wiadomo\p{L}*|items?|rows?|records?|entries|users?|u\p{L}ytkownik\p{L}*|recipients?|odbiorc\p{L}*|mails?|e-?mails?|maili?|times?|razy|errors?|błęd\p{L}*|servers?|serwer\p{L}*|connections?|połącze\p{L}*|attempts?|prób\p{L}*|retries|lines?|lini\p{L}*|files?|plik\p{L}*|pcs|szt)\b/iu;

/** Adds a reply found at `at`, or a candidate when the code is not in RFC 5321's list. */
function addReply(c: Collector, code: string, at: number, masked: string): void {
  if (COUNTED.test(masked.slice(at + 3, at + 24))) return;
  if (SMTP_REPLIES.has(code)) c.add('smtp', code, at);
  else if (SHAPE.test(code) && !c.has(at))
    c.candidate({ key: keyOf('smtp', code), kind: 'smtp', code, at });
}

/** Replies where a reply stands, paired with an enhanced code, or labelled. */
export function smtpReplies(masked: string, c: Collector): void {
  for (const m of masked.matchAll(AT_REPLY)) addReply(c, m[1]!, m.index + m[0].length - 3, masked);
  // The pair is a strong sign on its own: any code of the right shape and class counts.
  for (const m of masked.matchAll(PAIRED)) if (m[1]![0] === m[2]) c.add('smtp', m[1]!, m.index);
  for (const m of masked.matchAll(LABELLED)) addReply(c, m[1]!, m.index + m[0].length - 3, masked);
}

/** A reply quoted in prose (`the server said 504 need to authenticate first`): a candidate. */
export function proseReplies(masked: string, text: string, c: Collector): void {
  for (const m of masked.matchAll(IN_PROSE)) {
    if (c.has(m.index)) continue;
    const follow = text
      .slice(m.index + 4, m.index + 120)
      .replace(/\+/g, ' ')
      .replace(/\s+/g, ' ')
      .toLowerCase();
    c.candidate({ key: keyOf('smtp', m[1]!), kind: 'smtp', code: m[1]!, at: m.index, follow });
  }
}

/** Adds a reply read from a log's status column or reply field (`sc-status`, `data`). */
export function replyField(c: Collector, value: string, at: number, masked: string): void {
  const m = /^[ \t]*([2-5][0-5]\d)(?=$|[ +-])/.exec(value);
  if (m) addReply(c, m[1]!, at + m[0].length - 3, masked);
}
