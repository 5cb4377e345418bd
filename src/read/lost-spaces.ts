/**
 * Pages converted from GBK without the ideographic space (U+3000) or NBSP show
 * a "?" (or U+FFFD) where each one stood: "???(一)第一检查督导组", "胡小波 ?杨 ?剑".
 * A run of them at a line's start or after a space, before a Han character or
 * an opening bracket, is that lost whitespace; it becomes spaces, one for one,
 * so that columns stay where they were. A question mark that ends a sentence
 * follows text, never a space, and is left alone.
 */
const LOST_SPACES = /(^|[ \t\u00a0\u3000])([?\uFFFD]+)(?=[\p{Script=Han}（(〔【])/gmu;

export function restoreLostSpaces(text: string): string {
  if (!text.includes('?') && !text.includes('\uFFFD')) return text;
  return text.replace(LOST_SPACES, (_, before: string, marks: string) => before + ' '.repeat(marks.length));
}
