/** The text without white space (ASCII or ideographic): how labels, titles and keys are compared. */
export function withoutSpaces(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** Spaces a web page writes as entities or in fixed widths: no-break (&nbsp;), en to hair, narrow no-break, math. */
const WIDE_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f]/g;
const HAS_WIDE_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f]/;

/**
 * The text with those spaces as plain ones, one for one (every index kept): a
 * date written "2018&nbsp;年&nbsp;7&nbsp;月" reads as "2018 年 7 月" does.
 */
export function plainSpaces(text: string): string {
  return HAS_WIDE_SPACE.test(text) ? text.replace(WIDE_SPACES, ' ') : text;
}
