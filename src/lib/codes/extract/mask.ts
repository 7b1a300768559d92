/**
 * Blanks out what is never a code (dates, times, IP addresses with ports, GUIDs, message IDs,
 * mail addresses, URLs, sizes and durations) with spaces of the same length, so offsets stay
 * those of the original text and no digit inside them can be read as a code.
 */

const MONTHS =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|sty|lut|kwi|maj|cze|lip|sie|wrz|paź|paz|lis|gru';

const PATTERNS: readonly RegExp[] = [
  // URLs and mail addresses first: they hold dots, digits and @.
  /\b(?:https?|ftp|ldap):\/\/[^\s"'<>]+/gi,
  /<[^<>\s@]{1,256}@[^<>\s]{1,256}>/g,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  // GUIDs, with or without braces.
  /[{(]?\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b[})]?/gi,
  // ISO dates and timestamps (2007-11-25T10:15:01.123Z).
  /\b\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/g,
  // Day-month-year and month/day/year; year-first with dots or slashes.
  // Dots only with a 4-digit year: 5.7.26 is an enhanced status code, not a date.
  /\b\d{1,2}([./-])\d{1,2}\1\d{4}\b/g,
  /\b\d{1,2}([/-])\d{1,2}\1\d{2}\b/g,
  /\b\d{4}[./]\d{1,2}[./]\d{1,2}\b/g,
  // Dates with month names (5 May 2014, Nov 25 2007, 25-Nov-2007).
  new RegExp(`\\b\\d{1,2}[ -](?:${MONTHS})[a-zęóąśłżźćń]*\\.?[ -]\\d{2,4}\\b`, 'giu'),
  new RegExp(`\\b(?:${MONTHS})[a-z]*\\.? +\\d{1,2},?(?: +\\d{4})?\\b`, 'gi'),
  // Times (10:15, 10:15:01.123, 10:15 PM).
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:\s?[ap]\.?m\.?\b)?/gi,
  // IPv4 with an optional port, and IPv6.
  /\[?\b\d{1,3}(?:\.\d{1,3}){3}\b\]?(?::\d{1,5}\b)?/g,
  /\[?(?:\b[0-9a-f]{1,4})?(?::[0-9a-f]{0,4}){2,7}\b\]?/gi,
  // Version-like runs of four or more numbers (15.0.1497.2).
  /\b\d+(?:\.\d+){3,}\b/g,
  // Ports.
  /\bports?\s*[:=#]?\s*\d{1,5}\b/gi,
  // Sizes, durations, rates and percentages: the number with its unit.
  /\b\d+(?:\.\d+)?\s?(?:bytes?|bajt(?:y|ów)?|[kmgt]i?b(?:\/s)?|b|ms|msec|s|sec|secs|seconds?|sekund[ay]?|min|minutes?|minut[ay]?|h|hrs?|hours?|godzin[ay]?|days?|dni|dzień)\b/gi,
  /\b\d+(?:\.\d+)?\s?%/g,
];

/** The text with every never-a-code span replaced by spaces (same length, newlines kept). */
export function maskNonCodes(text: string): string {
  let out = text;
  for (const re of PATTERNS) out = out.replace(re, blank);
  return out;
}

function blank(match: string): string {
  return match.replace(/[^\n]/g, ' ');
}
