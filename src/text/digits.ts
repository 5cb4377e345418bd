/** Full-width digits (０-９), as some pages and Word documents write every number. */
const FULL_WIDTH_DIGIT = /[０-９]/;
const FULL_WIDTH_DIGITS = /[０-９]/g;
const FULL_WIDTH_OFFSET = 0xfee0;

/** The text with its full-width digits as ASCII ones, every index kept (one code unit for one). */
export function asciiDigits(text: string): string {
  return FULL_WIDTH_DIGIT.test(text) ? text.replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - FULL_WIDTH_OFFSET)) : text;
}
