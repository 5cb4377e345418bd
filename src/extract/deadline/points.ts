/**
 * One date point: a year, month, day, part of a month or year, quarter, half,
 * season or holiday, in digits or Chinese numerals, before its year is resolved
 * against the document (see interval.ts). Parsers take the text and an index
 * and return the index after what they read, or -1 / null.
 */
import { parseChineseInteger } from '../../text/numeral.js';
import {
  BY_BEFORE_HANDING_IN,
  BY_WORDS,
  BY_WORD_TAILS,
  DOCUMENT_YEAR_WORDS,
  HALF_YEARS,
  HOLIDAYS,
  HOLIDAY_WINDOW_WORDS,
  MASK_CHARS,
  MONTH_PARTS,
  MONTH_PART_TYPOS,
  PART_WORD_TAILS,
  PLACEHOLDER_CHARS,
  QUARTER_NUMERALS,
  QUARTER_WORD,
  RANGE_DASHES,
  RANGE_WORDS,
  RELATIVE_YEARS,
  ROC_ERA_WORDS,
  SEASON_WORDS,
  YEAR_PARTS,
  YEAR_WORD_HEADS,
  YEAR_WORD_TAILS,
} from '../../lexicon/time-words.js';
import type { DeadlineFlag } from '../../model/plan.js';
import { monthSpan, yearSpan, type HolidayDate, type MonthDay, type Span } from './calendar.js';
import { SP, at, cnOrInt, isIn, skipInline, skipSpace, wordAtPos } from './chars.js';
import { garbledAt } from './garbled.js';
import { copyWith } from '../../text/objects.js';

/** One date expression before its year is resolved. */
export interface Pt {
  to: number;
  /** Written year. */
  year: number | null;
  /** Relative year word (今年 0, 次年 +1); resolved against the document or the range start. */
  rel: number | null;
  /** The relative year word counts from the document's year wherever it stands (今年, 去年), not from a range's start. */
  relToDocument: boolean;
  /** A 2- or 3-digit (or Chinese-numeral) year, 98年 or 一百零一年: a Republic of China year when the document writes those. */
  short: number | null;
  /** The year was written with its era, 民國 101 年: a Republic of China year in any document. */
  era: boolean;
  /** A range end's two-digit year that abbreviates the start's: the 24 of 2023-24年度. */
  abbrev: number | null;
  /** The abbreviated end was written with 年度 (2023-24年度): a financial year, read from 1 April to 31 March. */
  fiscal: boolean;
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
  /** 年内 and 春节前: read as "before its end". */
  within: boolean;
  /** A holiday, whose day depends on the year (春节); its eve when written "…前". */
  holiday: { date: HolidayDate; eve: boolean } | null;
  /** 春节期间: the days around a holiday, with no bounds of its own. */
  window: boolean;
  /** Written but without knowable dates: a season ('vague') or a template's placeholder year ('masked'). */
  blank: DeadlineFlag | null;
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

/** Republic of China years in use: 50 (1961) to 199 (2110); 10年 or 三年 is a duration. */
const SHORT_YEAR_MIN = 50;
const SHORT_YEAR_MAX = 199;

const TAILS = `(?![${YEAR_WORD_TAILS}])`;
const CN_NUMERAL = '〇零○Ｏ一二三四五六七八九';
const RE_ISO = /((?:19|20)\d\d)([-./])(\d{1,2})\2(\d{1,2})(?![\d.])(?:[ T]+\d{1,2}:\d\d(?::\d\d)?)?/y;
const RE_MONTH_DAY_DOT = /(\d{1,2})[.．](\d{1,2})(?=\s*(?:前|之前|以前|止))/y;
const RE_YEAR_MONTH_DOT = /((?:19|20)\d\d)[./](\d{1,2})(?=[\s，,。；;、)）前—―–~～至到-]|$)/y;
const RE_YEAR = new RegExp(`((?:19|20)\\d\\d)${SP}年${TAILS}度?`, 'y');
const RE_CN_YEAR = new RegExp(`((?:一九|二[〇零○Ｏ])[${CN_NUMERAL}]{2})${SP}年${TAILS}度?`, 'y');
const RE_SHORT_YEAR = new RegExp(`(\\d{2,3})${SP}年${TAILS}度?`, 'y');
const RE_CN_SHORT_YEAR = new RegExp(`([${CN_NUMERAL}十百]{2,6})${SP}年${TAILS}度?`, 'y');
const RE_ERA_YEAR = new RegExp(`(?:${ROC_ERA_WORDS.join('|')})${SP}(\\d{1,3}|[${CN_NUMERAL}十百]{1,6})${SP}年度?`, 'y');
const RE_PLACEHOLDER_YEAR = new RegExp(`(?:(?:19|20)[${PLACEHOLDER_CHARS}]{2}|[${PLACEHOLDER_CHARS}]{2,8})${SP}年度?`, 'y');
const RE_PLACEHOLDER_MONTH_DAY = new RegExp(`[${PLACEHOLDER_CHARS}]{1,2}${SP}月(?:${SP}[${PLACEHOLDER_CHARS}]{1,2}${SP}[日号號])?`, 'y');
const RE_REL_YEAR = new RegExp(`(${Object.keys(RELATIVE_YEARS).join('|')})${TAILS}度?`, 'y');
const RE_YEAR_WORD = /年度?(?=[底末初中终終内內结結的])/y;
const RE_MONTH = new RegExp(`(\\d{1,2})${SP}月`, 'y');
/** A month that lost its 月 before 底 or 末 (2016 年 6 底前), read only after a year. */
const RE_MONTH_LOST_WORD = new RegExp(`(\\d{1,2})${SP}(?=[底末])`, 'y');
const RE_CN_MONTH = /(十[一二]?|[一二三四五六七八九])月/y;
const RE_DAY = new RegExp(`(\\d{1,2})${SP}[日号號]`, 'y');
const RE_CN_DAY = /([二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号號]/y;
const RE_BARE_DAY = new RegExp(`(\\d{1,2})${SP}日(?![内內以])`, 'y');
const RE_BARE = /\d{1,8}(?!\d)/y;
const RE_QUARTER = new RegExp(`第([${QUARTER_NUMERALS}])${QUARTER_WORD[0]}(?:${QUARTER_WORD.slice(1)})?|([${QUARTER_NUMERALS}])${QUARTER_WORD}`, 'y');
const RE_Q = /Q([1-4])(?![0-9A-Za-z])/y;
const RE_FIRST_QUARTERS = new RegExp(`前([一二三两兩1-3])(?:个|個)?${QUARTER_WORD[0]}(?:${QUARTER_WORD.slice(1)})?`, 'y');
const RE_HALF = new RegExp(Object.keys(HALF_YEARS).join('|'), 'y');
const RE_SEASON = new RegExp(`(?:${SEASON_WORDS.join('|')})(?!度)`, 'y');
const HOLIDAY_WORDS = Object.keys(HOLIDAYS);

function newPt(i: number): Pt {
  return {
    to: i, year: null, rel: null, relToDocument: false, short: null, era: false, abbrev: null, fiscal: false, month: null, span: null, day: null, md: null, alt: null,
    garbled: false, within: false, holiday: null, window: false, blank: null, bare: null, bareTo: i,
  };
}

/**
 * What a point can start with: a digit, a Chinese numeral, a word head (今年,
 * 上半年, 第, Q, 前, 秋季, 年底), a placeholder (xx年), or the head of a two-character
 * word that only starts a point when the whole word is there (元旦, 过年, 民國).
 */
const P_DIGIT = 1;
const P_NUMERAL = 2;
const P_WORD = 3;
const P_PLACEHOLDER = 4;
const P_LEAD = 5;
export const POINT_START = buildPointStarts();
const LEAD_WORDS = new Set([...HOLIDAY_WORDS, ...ROC_ERA_WORDS].filter((w) => w.length === 2));

function buildPointStarts(): Uint8Array {
  const t = new Uint8Array(65536);
  const mark = (chars: Iterable<string>, v: number): void => {
    for (const ch of chars) t[ch.charCodeAt(0)] = v;
  };
  mark([...HOLIDAY_WORDS, ...ROC_ERA_WORDS].map((w) => w[0]), P_LEAD);
  mark([...Object.keys(RELATIVE_YEARS), ...Object.keys(HALF_YEARS), ...SEASON_WORDS, '第', 'Q', '前', '年'].map((w) => w[0]), P_WORD);
  mark(PLACEHOLDER_CHARS, P_PLACEHOLDER);
  mark(`${CN_NUMERAL}十`, P_NUMERAL);
  mark('0123456789', P_DIGIT);
  return t;
}

export function parsePoint(s: string, i: number, mode: PointMode): Pt | null {
  const start = POINT_START[s.charCodeAt(i)];
  if (!start) return null; // one lookup spares a dozen regexes
  if (start === P_LEAD && !LEAD_WORDS.has(s.slice(i, i + 2))) return null;
  const p = newPt(i);
  const iso = start === P_DIGIT ? isoDateAt(s, i, p) : null;
  if (iso) return iso;
  const head = yearAt(s, i, start, p, mode);
  if (head >= 0) {
    let j = skipInline(s, head);
    if (s[j] === '年' && (partAt(s, j + 1, YEAR_PARTS) || partAt(s, j + 1, WITHIN_YEAR))) j++; // 2020年年底, 2020年年内
    let k = p.blank ? at(RE_PLACEHOLDER_MONTH_DAY, s, j)?.[0].length ?? -1 : -1;
    if (k >= 0) k += j;
    if (k < 0) k = yearPartAt(s, j, p);
    if (k < 0) k = withinYear(s, j, p);
    if (k < 0) k = subYearAt(s, j, p, true, mode);
    if (k >= 0) return copyWith(p, { to: k });
    // 98年 alone is a count of years as often as a year; 民國98年 and 98年元旦 are dates
    if (p.short !== null && !p.era && p.abbrev === null) return null;
    p.month = null; // a month that failed to parse (2020年6月32日) leaves only the year
    p.span = yearSpan();
    p.to = head;
    if (mode.bare) bareAt(s, head, p);
    return p;
  }
  const k = subYearAt(s, i, p, false, mode);
  if (k >= 0) return copyWith(p, { to: k });
  if (start === P_WORD) return yearWordAt(s, i, p);
  if (start !== P_DIGIT) return null;
  return garbledAt(s, i, p) ?? (mode.end ? dayOnlyAt(s, i, p) : null) ?? (mode.bare ? bareAt(s, i, p) : null);
}

/** 2022-09-30, 2018.05.07, 2022/9/30 (a time after it is ignored); 2021.3 before a range or 前; 6.30 before 前. */
function isoDateAt(s: string, i: number, p: Pt): Pt | null {
  const m = at(RE_ISO, s, i);
  if (m) {
    const mo = +m[3];
    const d = +m[4];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    return copyWith(p, { year: +m[1], month: mo, span: { sm: mo, sd: d, em: mo, ed: d, prec: 'day' as const }, to: i + m[0].length });
  }
  const ym = at(RE_YEAR_MONTH_DOT, s, i);
  if (ym && +ym[2] >= 1 && +ym[2] <= 12) return copyWith(p, { year: +ym[1], month: +ym[2], span: monthSpan(+ym[2]), to: i + ym[0].length });
  // 6.30前: a month and day parted by a dot, which only 前 or 止 after them tells from a decimal (6.30万元).
  const md = at(RE_MONTH_DAY_DOT, s, i);
  if (!md || +md[1] < 1 || +md[1] > 12 || +md[2] < 1 || +md[2] > 31) return null;
  return copyWith(p, { month: +md[1], span: { sm: +md[1], sd: +md[2], em: +md[1], ed: +md[2], prec: 'day' as const }, to: i + md[0].length });
}

/**
 * A year at i, set on p: 2020年, 二〇二〇年, 今年, 98年 / 一百零一年 (short),
 * 民國 101 年, a placeholder (20XX年, ____年), a range end's 24年. The index after it, or -1.
 */
function yearAt(s: string, i: number, start: number, p: Pt, mode: PointMode): number {
  if ((start === P_DIGIT || start === P_NUMERAL || start === P_PLACEHOLDER) && !yearWordAfter(s, i)) return -1; // most numbers are no years
  let m: RegExpExecArray | null = null;
  if (start === P_DIGIT) {
    m = at(RE_YEAR, s, i);
    if (m) p.year = +m[1];
    else if ((m = at(RE_PLACEHOLDER_YEAR, s, i))) p.blank = 'masked';
    else if ((m = at(RE_SHORT_YEAR, s, i))) p.short = +m[1];
  } else if (start === P_NUMERAL) {
    m = at(RE_CN_YEAR, s, i);
    if (m) p.year = cnOrInt(m[1]);
    else if ((m = at(RE_CN_SHORT_YEAR, s, i))) p.short = parseChineseInteger(m[1]);
  } else if (start === P_WORD) {
    m = at(RE_REL_YEAR, s, i);
    if (m) {
      p.rel = RELATIVE_YEARS[m[1]];
      p.relToDocument = DOCUMENT_YEAR_WORDS.includes(m[1]);
    }
  } else if (start === P_PLACEHOLDER) {
    if (!/[A-Za-z]/.test(s[i - 1] ?? '') && (m = at(RE_PLACEHOLDER_YEAR, s, i))) p.blank = 'masked';
  } else if ((m = at(RE_ERA_YEAR, s, i))) {
    p.short = /^\d+$/.test(m[1]) ? +m[1] : parseChineseInteger(m[1]);
    p.era = true;
  }
  if (!m) return -1;
  if (p.short !== null && !p.era) {
    if (mode.end && /^\d\d$/.test(m[1])) {
      p.abbrev = p.short; // 2023-24年度
      p.fiscal = m[0].endsWith('度');
    }
    if (p.short < SHORT_YEAR_MIN || p.short > SHORT_YEAR_MAX) p.short = null;
    if (p.short === null && p.abbrev === null) return -1;
  }
  return i + m[0].length;
}

/** A 年 right after the run of digits, numerals or placeholders at i: one test spares the year regexes. */
function yearWordAfter(s: string, i: number): boolean {
  let j = i;
  while (j < s.length && j - i < 8 && YEAR_RUN.has(s[j])) j++;
  return s[skipInline(s, j)] === '年';
}
const YEAR_RUN = new Set(`0123456789${CN_NUMERAL}十百${PLACEHOLDER_CHARS}`);

/** 年底, 年末, 年初, 年中, 年终, 年度的结束 right after a year. */
function yearPartAt(s: string, j: number, p: Pt): number {
  const part = partAt(s, j, YEAR_PARTS);
  if (!part) return -1;
  const [sm, sd, em, ed, prec] = YEAR_PARTS[part.word];
  p.span = { sm, sd, em, ed, prec };
  return part.to;
}

const WITHIN_YEAR = { 内: 0, 內: 0 };

/** 2020年内 / 年内: within the year. */
function withinYear(s: string, j: number, p: Pt): number {
  const part = partAt(s, j, WITHIN_YEAR);
  if (!part) return -1;
  p.span = yearSpan();
  p.within = true;
  p.to = part.to;
  return part.to;
}

/** A bare 年底 / 年初 / 年中 / 年内 / 年度的结束 (the document's year), but not the 年内 of 3年内. */
function yearWordAt(s: string, i: number, p: Pt): Pt | null {
  const m = at(RE_YEAR_WORD, s, i);
  if (!m || isIn(YEAR_WORD_HEADS, s[i - 1])) return null;
  const j = i + m[0].length;
  const k = yearPartAt(s, j, p);
  if (k >= 0) return copyWith(p, { to: k });
  return withinYear(s, j, p) >= 0 ? p : null;
}

/** What can follow a year or stand alone: 上半年, 第三季度, Q3, 前三季度, 秋季, holidays, months. */
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
    const q = cnOrInt(m[1] ?? m[2]);
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
    p.blank = 'vague';
    return j + m[0].length;
  }
  const k = holidayAt(s, j, p, hasYear);
  return k >= 0 ? k : monthAt(s, j, p, hasYear, mode);
}

/**
 * 春节前 (its eve, read as "before"), 98年元旦 (the day), 春节期间 (a window
 * without bounds). A bare holiday ("春节将近") is not a date.
 */
function holidayAt(s: string, j: number, p: Pt, hasYear: boolean): number {
  const word = wordAtPos(HOLIDAY_WORDS, s, j);
  if (!word) return -1;
  const k = j + word.length;
  const by = byAt(s, k);
  const around = by < 0 ? wordAtPos(HOLIDAY_WINDOW_WORDS, s, k) : undefined;
  if (around) {
    p.window = true;
    return k + around.length;
  }
  if (by < 0 && !hasYear) return -1;
  p.holiday = { date: HOLIDAYS[word], eve: by >= 0 };
  p.within = by >= 0;
  return by >= 0 ? by : k;
}

/** 6月, 6月15日, 6月中旬, 6月底, 6月份, 十二月三十一日, 2018 年 7 月 15 日; the typo 7月低 is read as 7月底. */
function monthAt(s: string, j: number, p: Pt, hasYear: boolean, mode: PointMode): number {
  const m = at(RE_MONTH, s, j);
  const cn = m ? null : at(RE_CN_MONTH, s, j);
  const mm = m ?? cn;
  if (!mm) return hasYear ? monthLostWordAt(s, j, p) : -1;
  const mo = cnOrInt(mm[1]);
  if (mo < 1 || mo > 12) return -1;
  const k = j + mm[0].length;
  p.month = mo;
  const kd = skipInline(s, k);
  const d = at(RE_DAY, s, kd) ?? at(RE_CN_DAY, s, kd);
  if (d) {
    const day = cnOrInt(d[1]);
    if (day < 1 || day > 31) return -1;
    p.span = { sm: mo, sd: day, em: mo, ed: day, prec: 'day' };
    return kd + d[0].length;
  }
  const typo = MONTH_PART_TYPOS[s[k]];
  const part = partAt(s, k, MONTH_PARTS) ?? (typo && partAt(s, k, { [s[k]]: 0 }) ? { word: typo, to: k + 1 } : null);
  if (part) {
    const [sd, ed, prec] = MONTH_PARTS[part.word];
    p.span = { sm: mo, sd, em: mo, ed, prec };
    p.garbled ||= part.word !== s.slice(k, part.to);
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

/** 2016年6底前: the month's end, flagged garbled (a conversion dropped the 月). */
function monthLostWordAt(s: string, j: number, p: Pt): number {
  const m = at(RE_MONTH_LOST_WORD, s, j);
  const mo = m ? +m[1] : 0;
  const part = m && mo >= 1 && mo <= 12 ? partAt(s, j + m[0].length, { 底: 0, 末: 0 }) : null;
  if (!part) return -1;
  const [sd, ed, prec] = MONTH_PARTS[part.word];
  p.month = mo;
  p.span = { sm: mo, sd, em: mo, ed, prec };
  p.garbled = true;
  return part.to;
}

function dayOnlyAt(s: string, i: number, p: Pt): Pt | null {
  const m = at(RE_BARE_DAY, s, i);
  if (!m || +m[1] < 1 || +m[1] > 31) return null;
  return copyWith(p, { day: +m[1], to: i + m[0].length });
}

function bareAt(s: string, i: number, p: Pt): Pt | null {
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
  if (!w) return -1;
  const tail = s[j + w.length];
  if (isIn(BY_WORD_TAILS, tail) && !(tail === '提' && isIn(BY_BEFORE_HANDING_IN, s[j + w.length + 1]))) return -1;
  return j + w.length;
}

/** Index after a redaction (2009年1月*, 2009年**月), or -1. */
export function maskEnd(s: string, k: number): number {
  if (!isIn(MASK_CHARS, s[k])) return -1;
  let j = k;
  while (j < s.length && (isIn(MASK_CHARS, s[j]) || isIn('月日号號', s[j]))) j++;
  return j;
}
