/** The text without white space (ASCII or ideographic): how labels, titles and keys are compared. */
export function withoutSpaces(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}
