/**
 * One date point: a year, month, day, part of a month or year, quarter, half or
 * season, in digits or Chinese numerals, before its year is resolved against the
 * document (see interval.ts). Parsers take the text and an index and return the
 * index after what they read, or -1 / null.
 */
import {
  BY_WORDS,
  BY_WORD_TAILS,
  HALF_YEARS,
  MASK_CHARS,
  MONTH_PARTS,
  PART_WORD_TAILS,
  QUARTER_NUMERALS,
  QUARTER_WORD,
  RANGE_DASHES,
  RANGE_WORDS,
  RELATIVE_YEARS,
  SEASONS,
  YEAR_PARTS,
  YEAR_WORD_HEADS,
  YEAR_WORD_TAILS,
} from '../../lexicon/time-words.js';
import { monthSpan, yearSpan, type MonthDay, type Span } from './calendar.js';
import { SP, at, cnOrInt, isIn, skipSpace, wordAtPos } from './chars.js';
import { garbledAt } from './garbled.js';

/** One date expression before its year is resolved. */
export interface Pt {
  to: number;
  /** Written year. */
  year: number | null;
  /** Relative year word (今年 0, 次年 +1); resolved against the document or the range start. */
  rel: number | null;
  /** Written month, for a day-only range end to inherit. */
  month: number | null;
  /** Null until a day-only end gets its month or garbled digits get a reading. */
  span: Span | null;
  /** Day-only range end: the 15 of 3月1日至15日. */
  day: number | null;
  /** Garbled digits: the month/day readings, two-digit month first. */
  md: MonthDay[] | null;
  /** The other valid reading, when the phase bounds leave two. */
  alt: Span | null;
  garbled: boolean;
  /** 年内: within the year, read as "before its end". */
  within: boolean;
  /** Trailing digits without a unit, the start of a compact range (2020年1-6月). */
  bare: string | null;
  bareTo: number;
}

export interface PointMode {
  /** Accept trailing unit-less digits (only a range start may have them). */
  bare: boolean;
  /** Accept a day with no month, and 一月 without a suffix (only a range end or 每月… may). */
  end: boolean;
}
export const RANGE_START: PointMode = { bare: true, end: false };
export const IN_RANGE_END: PointMode = { bare: false, end: true };

const TAILS = `(?![${YEAR_WORD_TAILS}])`;
const RE_ISO = /((?:19|20)\d\d)([-./])(\d{1,2})\2(\d{1,2})(?![\d.])(?:[ T]+\d{1,2}:\d\d(?::\d\d)?)?/y;
const RE_YEAR_MONTH_DOT = /((?:19|20)\d\d)[./](\d{1,2})(?=[\s，,。；;、)）前—―–~～至到-]|$)/y;
const RE_YEAR = new RegExp(`((?:19|20)\\d\\d)${SP}年${TAILS}度?`, 'y');
const RE_CN_YEAR = new RegExp(`((?:一九|二[〇零○])[〇零○一二三四五六七八九]{2})年${TAILS}度?`, 'y');
const RE_REL_YEAR = new RegExp(`(${Object.keys(RELATIVE_YEARS).join('|')})${TAILS}度?`, 'y');
const RE_YEAR_WORD = /年(?=[底末初内內])/y;
const RE_MONTH = new RegExp(`(\\d{1,2})${SP}月`, 'y');
const RE_CN_MONTH = /(十[一二]?|[一二三四五六七八九])月/y;
const RE_DAY = new RegExp(`(\\d{1,2})${SP}[日号號]`, 'y');
const RE_CN_DAY = /([二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号號]/y;
const RE_BARE_DAY = new RegExp(`(\\d{1,2})${SP}日(?![内內以])`, 'y');
const RE_BARE = /\d{1,8}(?!\d)/y;
const RE_QUARTER = new RegExp(`第?([${QUARTER_NUMERALS}])${QUARTER_WORD}`, 'y');
const RE_Q = /Q([1-4])(?![0-9A-Za-z])/y;
const RE_FIRST_QUARTERS = new RegExp(`前([一二三两兩1-3])(?:个|個)?${QUARTER_WORD}`, 'y');
const RE_HALF = new RegExp(Object.keys(HALF_YEARS).join('|'), 'y');
const RE_SEASON = new RegExp(`(?:${Object.keys(SEASONS).join('|')})(?!度)`, 'y');


function newPt(i: number): Pt {
  return { to: i, year: null, rel: null, month: null, span: null, day: null, md: null, alt: null, garbled: false, within: false, bare: null, bareTo: i };
}

/** What a point can start with: a digit, a Chinese numeral, or a word head (今年, 上半年, 第, Q, 前, 秋季, 年底). */
const P_DIGIT = 1;
const P_NUMERAL = 2;
const P_WORD = 3;
export const POINT_START = buildPointStarts();

function buildPointStarts(): Uint8Array {
  const t = new Uint8Array(65536);
  const heads = [...Object.keys(RELATIVE_YEARS), ...Object.keys(HALF_YEARS), ...Object.keys(SEASONS), '第', 'Q', '前', '年'];
  for (const w of heads) t[w.charCodeAt(0)] = P_WORD;
  for (const ch of '〇零○一二三四五六七八九十') t[ch.charCodeAt(0)] = P_NUMERAL;
  for (const ch of '0123456789') t[ch.charCodeAt(0)] = P_DIGIT;
  return t;
}

export function parsePoint(s: string, i: number, mode: PointMode): Pt | null {
  const start = POINT_START[s.charCodeAt(i)];
  if (!start) return null; // one lookup spares a dozen regexes
  const p = newPt(i);
  const iso = start === P_DIGIT ? isoDateAt(s, i, p) : null;
  if (iso) return iso;
  const y = start === P_DIGIT ? at(RE_YEAR, s, i) : start === P_NUMERAL ? at(RE_CN_YEAR, s, i) : null;
  const rel = start === P_WORD ? at(RE_REL_YEAR, s, i) : null;
  if (y) p.year = cnOrInt(y[1]);
  else if (rel) p.rel = RELATIVE_YEARS[rel[1]];
  const head = y ?? rel;
  if (head) {
    const j = head.index + head[0].length;
    let k = yearPartAt(s, j, p);
    if (k < 0) k = withinYear(s, j, p);
    if (k < 0) k = subYearAt(s, j, p, true, mode);
    if (k >= 0) return { ...p, to: k };
    p.month = null; // a month that failed to parse (2020年6月32日) leaves only the year
    p.span = yearSpan();
    p.to = j;
    if (mode.bare) bareAt(s, j, p);
    return p;
  }
  const k = subYearAt(s, i, p, false, mode);
  if (k >= 0) return { ...p, to: k };
  if (start === P_WORD) return yearWordAt(s, i, p);
  if (start === P_NUMERAL) return null;
  return garbledAt(s, i, p) ?? (mode.end ? dayOnlyAt(s, i, p) : null) ?? (mode.bare ? bareAt(s, i, p) : null);
}

/** 2022-09-30, 2018.05.07, 2022/9/30 (a time after it is ignored); 2021.3 before a range or 前. */
function isoDateAt(s: string, i: number, p: Pt): Pt | null {
  const m = at(RE_ISO, s, i);
  if (m) {
    const mo = +m[3];
    const d = +m[4];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    return { ...p, year: +m[1], month: mo, span: { sm: mo, sd: d, em: mo, ed: d, prec: 'day' }, to: i + m[0].length };
  }
  const ym = at(RE_YEAR_MONTH_DOT, s, i);
  if (!ym || +ym[2] < 1 || +ym[2] > 12) return null;
  return { ...p, year: +ym[1], month: +ym[2], span: monthSpan(+ym[2]), to: i + ym[0].length };
}

/** 年底, 年末, 年初 right after a year. */
function yearPartAt(s: string, j: number, p: Pt): number {
  const part = partAt(s, j, YEAR_PARTS);
  if (!part) return -1;
  const [sm, sd, em, ed, prec] = YEAR_PARTS[part.word];
  p.span = { sm, sd, em, ed, prec };
  return part.to;
}

/** 2020年内 / 年内: within the year. */
function withinYear(s: string, j: number, p: Pt): number {
  const part = partAt(s, j, { 内: 0, 內: 0 });
  if (!part) return -1;
  p.span = yearSpan();
  p.within = true;
  p.to = part.to;
  return part.to;
}

/** A bare 年底 / 年初 / 年内 (the document's year), but not the 年内 of 3年内. */
function yearWordAt(s: string, i: number, p: Pt): Pt | null {
  if (!at(RE_YEAR_WORD, s, i) || isIn(YEAR_WORD_HEADS, s[i - 1])) return null;
  const k = yearPartAt(s, i + 1, p);
  if (k >= 0) return { ...p, to: k };
  return withinYear(s, i + 1, p) >= 0 ? p : null;
}

/** What can follow a year or stand alone: 上半年, 第三季度, Q3, 前三季度, 秋季, months. */
function subYearAt(s: string, j: number, p: Pt, hasYear: boolean, mode: PointMode): number {
  if (!POINT_START[s.charCodeAt(j)]) return -1;
  let m = at(RE_HALF, s, j);
  if (m) {
    const [a, b] = HALF_YEARS[m[0]];
    p.span = { sm: a, sd: 1, em: b, ed: 0, prec: 'half' };
    return j + m[0].length;
  }
  m = at(RE_QUARTER, s, j) ?? at(RE_Q, s, j);
  if (m && (m[0][0] !== 'Q' || !/[A-Za-z]/.test(s[j - 1] ?? ''))) {
    const q = cnOrInt(m[1]);
    p.span = { sm: 3 * q - 2, sd: 1, em: 3 * q, ed: 0, prec: 'quarter' };
    const end = partAt(s, j + m[0].length, { 末: 0, 底: 0 });
    if (end) p.span = { sm: 3 * q, sd: 0, em: 3 * q, ed: 0, prec: 'day' }; // 第三季度末
    return end ? end.to : j + m[0].length;
  }
  m = at(RE_FIRST_QUARTERS, s, j);
  if (m) {
    p.span = { sm: 1, sd: 1, em: 3 * cnOrInt(m[1]), ed: 0, prec: 'quarter' };
    return j + m[0].length;
  }
  m = at(RE_SEASON, s, j);
  if (m) {
    const [a, b] = SEASONS[m[0]];
    p.span = { sm: a, sd: 1, em: b, ed: 0, prec: 'quarter' };
    return j + m[0].length;
  }
  return monthAt(s, j, p, hasYear, mode);
}

/** 6月, 6月15日, 6月中旬, 6月底, 6月份, 十二月三十一日. */
function monthAt(s: string, j: number, p: Pt, hasYear: boolean, mode: PointMode): number {
  const m = at(RE_MONTH, s, j);
  const cn = m ? null : at(RE_CN_MONTH, s, j);
  const mm = m ?? cn;
  if (!mm) return -1;
  const mo = cnOrInt(mm[1]);
  if (mo < 1 || mo > 12) return -1;
  const k = j + mm[0].length;
  p.month = mo;
  const d = at(RE_DAY, s, k) ?? at(RE_CN_DAY, s, k);
  if (d) {
    const day = cnOrInt(d[1]);
    if (day < 1 || day > 31) return -1;
    p.span = { sm: mo, sd: day, em: mo, ed: day, prec: 'day' };
    return k + d[0].length;
  }
  const part = partAt(s, k, MONTH_PARTS);
  if (part) {
    const [sd, ed, prec] = MONTH_PARTS[part.word];
    p.span = { sm: mo, sd, em: mo, ed, prec };
    return part.to;
  }
  const suffixed = s[k] === '份';
  // 一月 alone is too often "one month" (一村一月放一场电影); a year, 份, a suffix or a range makes it a date
  if (cn && !hasYear && !suffixed && !mode.end && sepAt(s, k) < 0) return -1;
  p.span = monthSpan(mo);
  if (suffixed) return k + 1;
  if (mode.bare) bareAt(s, k, p); // 3月1-15日
  return k;
}



function dayOnlyAt(s: string, i: number, p: Pt): Pt | null {
  const m = at(RE_BARE_DAY, s, i);
  if (!m || +m[1] < 1 || +m[1] > 31) return null;
  return { ...p, day: +m[1], to: i + m[0].length };
}

export function bareAt(s: string, i: number, p: Pt): Pt | null {
  const m = at(RE_BARE, s, i);
  if (!m) return null;
  p.bare = m[0];
  p.bareTo = i + m[0].length;
  return p;
}

/** A one- or multi-character part word (底, 上旬, 初) that is not the head of another word. */
export function partAt<T>(s: string, i: number, parts: Readonly<Record<string, T>>): { word: string; to: number } | null {
  for (const word of Object.keys(parts)) {
    if (!s.startsWith(word, i)) continue;
    const tails = word.length === 1 ? PART_WORD_TAILS[word] : undefined;
    if (tails && isIn(tails, s[i + 1])) continue;
    return { word, to: i + word.length };
  }
  return null;
}

/** Index after a range separator (至, 到, —, ――, -, ~, Big5's ??), or -1. */
export function sepAt(s: string, k: number): number {
  let j = skipSpace(s, k);
  const word = wordAtPos(RANGE_WORDS, s, j);
  if (word) return skipSpace(s, j + word.length);
  const first = j;
  while (j - first < 2 && isIn(RANGE_DASHES, s[j])) j++;
  return j > first ? skipSpace(s, j) : -1;
}

/** Index after 前/之前/以前 (not 前后, 前期), or -1. */
export function byAt(s: string, k: number): number {
  const j = skipSpace(s, k);
  const w = wordAtPos(BY_WORDS, s, j);
  if (!w || isIn(BY_WORD_TAILS, s[j + w.length])) return -1;
  return j + w.length;
}

/** Index after a redaction (2009年1月*, 2009年**月), or -1. */
export function maskEnd(s: string, k: number): number {
  if (!isIn(MASK_CHARS, s[k])) return -1;
  let j = k;
  while (j < s.length && (isIn(MASK_CHARS, s[j]) || isIn('月日号號', s[j]))) j++;
  return j;
}
