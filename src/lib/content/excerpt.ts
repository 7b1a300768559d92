/** The most characters of a value a refusal or warning ever shows. */
export const EXCERPT_LENGTH = 20;

/** Characters that would hide or forge text in a terminal: controls, bidi overrides, separators. */
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff"\\]/u;

/**
 * A value as a message may echo it: quoted, at most {@link EXCERPT_LENGTH} characters (then `…`),
 * with quotes, backslashes and invisible or control characters escaped. Content may be hostile,
 * or a secret read by mistake: a refusal never prints more of it than this.
 */
export function excerpt(value: unknown, max = EXCERPT_LENGTH): string {
  const chars = [...String(value)];
  const shown = chars.slice(0, max).map((c) => {
    if (!UNSAFE.test(c)) return c;
    if (c === '"' || c === '\\') return `\\${c}`;
    return `\\u{${c.codePointAt(0)!.toString(16)}}`;
  });
  return `"${shown.join('')}${chars.length > max ? '…' : ''}"`;
}
