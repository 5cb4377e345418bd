/** Character-level helpers shared by the deadline grammar's scanner and point parser. */
import { parseChineseInteger } from '../../text/numeral.js';

/** Spaces and tabs a web page may leave inside a date (2018 年 7 月). */
export const SP = '[ \\t\\u3000]*';

export function at(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/** The first of `words` (longest first) written at i. */
export function wordAtPos(words: readonly string[], s: string, i: number): string | undefined {
  for (const w of words) if (s.startsWith(w, i)) return w;
  return undefined;
}

/** One character of a set; the end of the text is in no set ("".includes("") is true). */
export function isIn(chars: string, ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && chars.includes(ch);
}

/** Index after up to two spaces inside a date (2018 年 7 月, 民國 101 年). */
export function skipInline(s: string, i: number): number {
  let j = i;
  while (j < s.length && j - i < 2 && (s[j] === ' ' || s[j] === '\t' || s[j] === '\u3000')) j++;
  return j;
}

export function skipSpace(s: string, i: number): number {
  let j = i;
  while (j < s.length && j - i < 3 && /\s/.test(s[j])) j++;
  return j;
}

/** Digits or a Chinese numeral (二〇二四, 十二; a full-width Ｏ written for 〇) as a number; NaN when neither. */
export function cnOrInt(t: string): number {
  if (/^\d+$/.test(t)) return +t;
  return parseChineseInteger(t.replace(/Ｏ/g, '〇')) ?? Number.NaN;
}
