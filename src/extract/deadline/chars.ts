/** Character-level helpers shared by the deadline grammar's scanner and point parser. */
import { CN_DIGITS } from '../../lexicon/time-words.js';

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

export function cnOrInt(t: string): number {
  if (/^\d+$/.test(t)) return +t;
  const ten = t.indexOf('十');
  if (ten < 0) return [...t].reduce((n, ch) => n * 10 + (CN_DIGITS[ch] ?? NaN), 0);
  const hi = ten === 0 ? 1 : CN_DIGITS[t[0]];
  const lo = ten === t.length - 1 ? 0 : CN_DIGITS[t[ten + 1]];
  return hi * 10 + lo;
}
