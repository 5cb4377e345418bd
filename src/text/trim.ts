/**
 * Trimming a set of characters from the ends of a text in one pass. A regex
 * such as /[\s，、]+$/ is retried at every run of those characters and
 * fails at each run that is not the last, so on a text with many runs (a list
 * of 10,000 units separated by 、) it grows with the square of the text.
 */

/** White space as \s and String.prototype.trim see it (U+3000 and U+00A0 included). */
const isSpace = (ch: string): boolean => ch.trim() === '';

/** `text` without the white space and the characters of `also` at its end. */
export function trimEndOf(text: string, also = ''): string {
  let end = text.length;
  while (end > 0 && (isSpace(text[end - 1]) || also.includes(text[end - 1]))) end--;
  return text.slice(0, end);
}

/** `text` without the white space and the characters of `also` at its start. */
export function trimStartOf(text: string, also = ''): string {
  let start = 0;
  while (start < text.length && (isSpace(text[start]) || also.includes(text[start]))) start++;
  return text.slice(start);
}

/** `text` without the characters of `chars` (and only those) at its end. */
export function stripEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

/** Both ends: `leading` extra characters at the start, `trailing` at the end. */
export function trimEndsOf(text: string, leading = '', trailing = ''): string {
  return trimEndOf(trimStartOf(text, leading), trailing);
}
