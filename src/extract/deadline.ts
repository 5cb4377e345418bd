/**
 * The deadline grammar: a hand-written scanner for the time expressions of
 * Chinese plan documents (chrono-node mangles them). It reads field values
 * ("2018年至2019年", "6月底前", "长期坚持") and running prose ("到2020年，…",
 * "71日前…121日前…") into intervals of ISO dates with a precision and flags.
 *
 * Conventions (see also the lexicon, src/lexicon/time-words.ts):
 * - 底/末 pin the last day, so their precision is 'day'; 初/中 are ten-day spans ('xun').
 * - 年初 is the first quarter; 冬季 runs into the next year.
 * - "…前" and "到…" horizons have no start: start null, end = the end of the date.
 * - A range takes the precision of its end; a range that ends before it starts is
 *   flagged 'reversed', never swapped.
 * - Recurring expressions (每月5日前) have no dates; their precision is the cycle (每月 → month).
 * - Digit runs that lost 年/月 ("2018310日前") are split into month/day readings;
 *   the reading is chosen by validity, then the caller's phase bounds (after/before),
 *   then the two-digit month (121 → 12-1, the later of the two readings).
 */
import type { DeadlineFlag } from '../model/plan.js';
import { DEADLINE_FLAGS } from '../model/constants.js';
import type { Deadline, DeadlinePrecision } from '../model/plan.js';
import {
  BY_WORDS,
  BY_WORD_TAILS,
  CADENCE_WORDS,
  CN_DIGITS,
  HALF_YEARS,
  MASK_CHARS,
  MONTH_PARTS,
  NOT_TIME_WORDS,
  ONGOING_WORDS,
  PART_WORD_TAILS,
  QUARTER_NUMERALS,
  QUARTER_WORD,
  RANGE_DASHES,
  RANGE_WORDS,
  RECURRING_PERIODS,
  RELATIVE_YEARS,
  SEASONS,
  TITLE_CLOSE,
  TITLE_OPEN,
  UNTIL_BLOCKERS,
  UNTIL_WORDS,
  VAGUE_WORDS,
  WEEKDAYS,
  YEAR_PARTS,
  YEAR_WORD_HEADS,
  YEAR_WORD_TAILS,
} from '../lexicon/time-words.js';
import type { TimeWord } from '../lexicon/time-words.js';
import { pushTo } from './collections.js';

export interface DateContext {
  /** The document's year, for dates written without one. */
  year: number | null;
  /** ISO bounds of the enclosing phase: they pick the reading of ambiguous garbled digits. */
  after?: string;
  before?: string;
}

export type TimeMentionKind = 'by' | 'at' | 'range' | 'until' | 'recurring' | 'vague' | 'ongoing';

export interface TimeMention {
  text: string;
  index: number;
  deadline: Deadline;
  kind: TimeMentionKind;
  /** Ranges: how the two ends are written. */
  range?: RangeShape;
  /** Garbled digits with two valid readings the phase bounds could not choose between: the other reading. */
  otherReading?: OtherReading;
}

export interface RangeShape {
  /** The start's own precision: 'year' in 2009年――2009年9月, where the month seems lost. */
  startPrecision: DeadlinePrecision;
  /** What the end takes from the start: nothing, its year (12月至3月, 2018310—1210日) or its year and month (3月1日至15日). */
  endTakes: 'nothing' | 'year' | 'month';
}

export type OtherReading = Pick<Deadline, 'start' | 'end'>;

/** Read a deadline field value or cell; null when it holds no time expression. */
export function parseDeadline(text: string, ctx: DateContext): Deadline | null {
  return deadlineMention(findTimeMentions(text, ctx))?.deadline ?? null;
}

/** A deadline field's value → the time expression it means, or null when it has none. */
export type FieldReader = (value: string) => TimeMention | null;

/**
 * Reads the deadline fields of one document: a table's deadline column repeats
 * a handful of values ("2019年" down 60 rows), so each distinct value is read once.
 */
export function fieldReader(ctx: DateContext): FieldReader {
  const readings = new Map<string, TimeMention | null>();
  return (value) => {
    let reading = readings.get(value);
    if (reading === undefined) readings.set(value, (reading = deadlineMention(findTimeMentions(value, ctx))));
    return reading;
  };
}

/** The mention a deadline field means: "尽快完成，6月底前报送" means its date; cadence and vague words are fallbacks. */
export function deadlineMention(mentions: readonly TimeMention[]): TimeMention | null {
  for (const m of mentions) if (m.kind !== 'recurring' && m.kind !== 'vague' && m.kind !== 'ongoing') return m;
  return mentions[0] ?? null;
}

/** Every time expression in running prose, in order, with its character index. */
export function findTimeMentions(text: string, ctx: DateContext): TimeMention[] {
  const s = normalise(text);
  const out: TimeMention[] = [];
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    const t = TRIGGER[c];
    if (t === 0 || (t !== T_WORD && t !== T_TITLE && i > 0 && TRIGGER[s.charCodeAt(i - 1)] === t)) {
      i++; // not a start, or inside a digit/numeral run
      continue;
    }
    if (t === T_TITLE) {
      i = titleEnd(s, i); // 《…（2016—2020年）》 is a title, not a deadline
      continue;
    }
    const hit = scanAt(s, i, ctx);
    if (!hit) {
      i++;
      continue;
    }
    const prev = out[out.length - 1];
    let m: TimeMention = {
      text: text.slice(hit.from, hit.to).trim(),
      index: hit.from,
      kind: hit.kind,
      deadline: { ...hit.dl, text: '' },
      ...(hit.range ? { range: hit.range } : {}),
      ...(hit.other ? { otherReading: hit.other } : {}),
    };
    if (prev && prev.kind === 'recurring' && m.kind !== 'vague' && m.kind !== 'ongoing' && LIST_GAP.test(s.slice(prev.index + prev.text.length, hit.from))) {
      // 每年3月5日、6月5日、9月5日前: the list shares the recurrence
      m = { text: m.text, index: m.index, kind: 'recurring', deadline: { text: '', start: null, end: null, precision: prev.deadline.precision, flags: ['recurring'] } };
    }
    m.deadline.text = m.text;
    out.push(m);
    i = hit.to;
  }
  return out;
}

// ───────────────────────── scanning ─────────────────────────

interface Hit {
  from: number;
  to: number;
  kind: TimeMentionKind;
  dl: Omit<Deadline, 'text'>;
  range?: RangeShape;
  other?: OtherReading;
}

const T_DIGIT = 1;
const T_NUMERAL = 2;
const T_WORD = 3;
const T_TITLE = 4;

/** First characters worth a parse attempt; everything else is skipped in one table lookup. */
const TRIGGER = buildTriggers();

function buildTriggers(): Uint8Array {
  const t = new Uint8Array(65536);
  const mark = (chars: Iterable<string>, v: number): void => {
    for (const ch of chars) t[ch.charCodeAt(0)] = v;
  };
  const words = [
    ...VAGUE_WORDS, ...ONGOING_WORDS.map((w) => w.word), ...Object.keys(RECURRING_PERIODS),
    ...Object.keys(CADENCE_WORDS), ...UNTIL_WORDS, ...Object.keys(RELATIVE_YEARS),
    ...Object.keys(HALF_YEARS), ...Object.keys(SEASONS), '第', '前', 'Q', '年',
  ];
  mark(words.map((w) => w[0]), T_WORD);
  mark('〇零○一二三四五六七八九十', T_NUMERAL);
  mark('0123456789', T_DIGIT);
  mark(TITLE_OPEN, T_TITLE);
  return t;
}

function scanAt(s: string, i: number, ctx: DateContext): Hit | null {
  return wordAt(s, i) ?? recurringAt(s, i) ?? untilAt(s, i, ctx) ?? datedAt(s, i, ctx);
}

/** Gap between items of one list: "、" / "和" / "及". */
const LIST_GAP = /^[\s、和及与與]+$/;

function titleEnd(s: string, i: number): number {
  let j = i + 1;
  for (const limit = Math.min(s.length, i + 300); j < limit; j++) {
    const ch = s[j];
    if (ch === TITLE_CLOSE) return j + 1;
    if (ch === '\n' || ch === TITLE_OPEN) return j; // unclosed: skip only to the line's end
  }
  return j;
}

/** Full-width digits and signs → ASCII, one code unit for one, so indexes stay valid. */
const WIDE = /[\uFF0A\uFF0D-\uFF1A\uFF1F\uFF31\uFF5E]/g;
const HAS_WIDE = /[\uFF0A\uFF0D-\uFF1A\uFF1F\uFF31\uFF5E]/;

function normalise(s: string): string {
  return HAS_WIDE.test(s) ? s.replace(WIDE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : s;
}

// ───────────────────────── words: vague, ongoing, recurring, until ─────────────────────────

const WORDS_BY_HEAD = groupByHead([
  ...VAGUE_WORDS.map((word) => ({ word, flags: ['vague'] as const })),
  ...ONGOING_WORDS,
]);

function groupByHead(list: readonly TimeWord[]): Map<string, TimeWord[]> {
  const map = new Map<string, TimeWord[]>();
  for (const w of [...list].sort((a, b) => b.word.length - a.word.length)) {
    const head = w.word[0];
    pushTo(map, head, w);
  }
  return map;
}

function wordAt(s: string, i: number): Hit | null {
  for (const w of WORDS_BY_HEAD.get(s[i]) ?? []) {
    if (!s.startsWith(w.word, i) || insideNonTimeWord(s, i, w.word)) continue;
    const kind = w.flags.includes('ongoing') ? 'ongoing' : 'vague';
    return { from: i, to: i + w.word.length, kind, dl: { start: null, end: null, precision: 'none', flags: sortFlags(w.flags) } };
  }
  return null;
}

/** 可持续发展 contains 持续 but is not a schedule. */
function insideNonTimeWord(s: string, i: number, word: string): boolean {
  for (const stop of NOT_TIME_WORDS) {
    const at = stop.indexOf(word);
    if (at >= 0 && i - at >= 0 && s.startsWith(stop, i - at)) return true;
  }
  return false;
}

const byLength = (a: string, b: string): number => b.length - a.length;
const RECURRING = Object.keys(RECURRING_PERIODS).sort(byLength);
const CADENCE = Object.keys(CADENCE_WORDS).sort(byLength);
const RECURRING_HEADS = [...RECURRING, ...CADENCE].map((w) => w[0]).join('');
const UNTIL_HEADS = UNTIL_WORDS.map((w) => w[0]).join('');

/** 每月5日前, 每季度末, 每年12月底前, 每周五, 按月: a cycle, not a date. */
function recurringAt(s: string, i: number): Hit | null {
  if (!RECURRING_HEADS.includes(s[i])) return null;
  const cadence = wordAtPos(CADENCE, s, i);
  if (cadence) return recurringHit(i, i + cadence.length, CADENCE_WORDS[cadence]);
  const period = wordAtPos(RECURRING, s, i);
  if (!period) return null;
  let j = i + period.length;
  if (/[周週期]$/.test(period)) {
    if (isIn(WEEKDAYS, s[j])) j++;
  } else {
    const part = partAt(s, j, MONTH_PARTS);
    const pt = part ? null : parsePoint(s, j, IN_RANGE_END);
    j = part ? part.to : pt ? pt.to : j;
  }
  const by = byAt(s, j);
  return recurringHit(i, by >= 0 ? by : j, RECURRING_PERIODS[period]);
}

function recurringHit(from: number, to: number, precision: DeadlinePrecision): Hit {
  return { from, to, kind: 'recurring', dl: { start: null, end: null, precision, flags: ['recurring'] } };
}

/** 到2020年，… / 截至2019年底: a horizon, read like "…前". */
function untilAt(s: string, i: number, ctx: DateContext): Hit | null {
  if (!UNTIL_HEADS.includes(s[i])) return null;
  const word = wordAtPos(UNTIL_WORDS, s, i);
  if (!word || isIn(UNTIL_BLOCKERS, s[i - 1])) return null;
  const hit = datedAt(s, skipSpace(s, i + word.length), ctx);
  if (!hit || hit.kind === 'range') return hit;
  const to = s[hit.to] === '止' ? hit.to + 1 : hit.to;
  return { from: i, to, kind: 'until', dl: { ...hit.dl, start: null }, ...(hit.other ? { other: { start: null, end: hit.other.end } } : {}) };
}

// ───────────────────────── dates and ranges ─────────────────────────

/** A date or range at i, with its "前" suffix or "*" mask. */
function datedAt(s: string, i: number, ctx: DateContext): Hit | null {
  const iv = parseInterval(s, i, ctx);
  if (!iv) return null;
  let to = iv.to;
  let kind: TimeMentionKind = iv.range ? 'range' : iv.within ? 'by' : 'at';
  const flags = [...iv.flags];
  let { start, end } = iv;
  const masked = maskEnd(s, to);
  const by = masked < 0 ? byAt(s, to) : -1;
  if (masked >= 0) {
    // 2009年1月*: the rest is redacted, only the start is known
    to = masked;
    end = null;
    flags.push('masked');
  } else if (by >= 0) {
    to = by;
    if (!iv.range) kind = 'by';
  }
  if (kind === 'by') start = null;
  // "71日" alone is too weak to repair; "71日前" or a range is a date context
  if (iv.weak && kind === 'at') return null;
  const hit: Hit = { from: i, to, kind, dl: { start, end, precision: iv.precision, flags: sortFlags(flags) } };
  if (iv.shape) hit.range = iv.shape;
  if (iv.other && masked < 0) hit.other = kind === 'by' ? { start: null, end: iv.other.end } : iv.other;
  return hit;
}

interface Interval {
  to: number;
  start: string | null;
  end: string | null;
  precision: DeadlinePrecision;
  flags: DeadlineFlag[];
  range: boolean;
  within: boolean;
  /** Garbled digits with no year and no context yet. */
  weak: boolean;
  shape?: RangeShape;
  other?: OtherReading;
}

function parseInterval(s: string, i: number, ctx: DateContext): Interval | null {
  const x = parsePoint(s, i, RANGE_START);
  if (!x) return null;
  const sep = sepAt(s, x.bare !== null ? x.bareTo : x.to);
  if (sep >= 0) {
    const y = parsePoint(s, sep, IN_RANGE_END);
    const range = y && adoptBare(x, y) ? rangeOf(x, y, ctx) : null;
    if (range) return range;
  }
  if (x.bare !== null) {
    if (!x.span && !x.md) return null; // bare digits alone are not a date
    x.bare = null;
  }
  return pointOf(x, ctx);
}

function pointOf(x: Pt, ctx: DateContext): Interval {
  const xy = yearOf(x, ctx.year, true);
  if (x.md) chooseReading(x, xy.year, ctx.after, ctx.before);
  const flags: DeadlineFlag[] = [];
  if (xy.inferred) flags.push('yearInferred');
  if (x.garbled) flags.push('garbled');
  const iv: Interval = {
    to: x.to,
    start: isoOf(xy.year, x.span, 'start'),
    end: isoOf(xy.year, x.span, 'end'),
    precision: x.span?.prec ?? 'day',
    flags: x.span && xy.year !== null && !validSpan(xy.year, x.span) ? [...flags, 'garbled'] : flags,
    range: false,
    within: x.within,
    weak: x.garbled && x.year === null,
  };
  if (x.alt) iv.other = { start: isoOf(xy.year, x.alt, 'start'), end: isoOf(xy.year, x.alt, 'end') };
  return iv;
}

function rangeOf(x: Pt, y: Pt, ctx: DateContext): Interval | null {
  const xy = yearOf(x, ctx.year, true);
  if (x.md) chooseReading(x, xy.year, ctx.after, ctx.before);
  // The end inherits what it omits: 2021年3月1日至15日, 12月至次年3月
  const yy = y.year !== null ? { year: y.year, inferred: false } : yearOf(y, xy.year, xy.inferred);
  if (y.day !== null) {
    if (x.month === null) return null;
    y.month = x.month;
    y.span = { sm: x.month, sd: y.day, em: x.month, ed: y.day, prec: 'day' };
  }
  const start = isoOf(xy.year, x.span, 'start');
  if (y.md) chooseReading(y, yy.year, ctx.after, ctx.before);
  const end = isoOf(yy.year, y.span, 'end');
  const flags: DeadlineFlag[] = [];
  if (xy.inferred || yy.inferred) flags.push('yearInferred');
  const invalid = (x.span && xy.year !== null && !validSpan(xy.year, x.span)) || (y.span && yy.year !== null && !validSpan(yy.year, y.span));
  if (x.garbled || y.garbled || invalid) flags.push('garbled');
  if (start && end && end < start) flags.push('reversed');
  const endTakes = y.year !== null || y.rel !== null ? 'nothing' : y.day !== null ? 'month' : 'year';
  const iv: Interval = { to: y.to, start, end, precision: y.span?.prec ?? 'day', flags, range: true, within: false, weak: false };
  iv.shape = { startPrecision: x.span?.prec ?? 'day', endTakes };
  if (x.alt || y.alt) iv.other = { start: isoOf(xy.year, x.alt ?? x.span, 'start'), end: isoOf(yy.year, y.alt ?? y.span, 'end') };
  return iv;
}

function yearOf(p: Pt, base: number | null, inferred: boolean): { year: number | null; inferred: boolean } {
  if (p.year !== null) return { year: p.year, inferred: false };
  return { year: base === null ? null : base + (p.rel ?? 0), inferred };
}

/**
 * The start of a compact range lacks its unit: the 1 of 2020年1-6月, the 2016 of
 * 2016—2020年, the 2018310 of 2018310—1210日. It takes the unit the end starts with.
 */
function adoptBare(x: Pt, y: Pt): boolean {
  const b = x.bare;
  if (b === null) return true;
  let ok = false;
  if (y.md) ok = garbleBare(x, b);
  else if (y.year !== null || y.rel !== null) {
    ok = x.year === null && /^(?:19|20)\d\d$/.test(b);
    if (ok) {
      x.year = +b;
      x.span = yearSpan();
    }
  } else if (y.month !== null) {
    ok = x.month === null && b.length <= 2 && +b >= 1 && +b <= 12;
    if (ok) x.span = monthSpan((x.month = +b));
  } else if (y.day !== null) {
    if (b.length >= 3) ok = garbleBare(x, b);
    else if (x.month !== null && +b >= 1 && +b <= 31) {
      ok = true;
      x.span = { sm: x.month, sd: +b, em: x.month, ed: +b, prec: 'day' };
    }
  }
  if (ok) {
    x.to = x.bareTo;
    x.bare = null;
  }
  return ok;
}

/** Digits before a garbled end are garbled too: 2018310 = 2018 + 3月10日. */
function garbleBare(x: Pt, b: string): boolean {
  const withYear = b.length >= 5 && /^(?:19|20)/.test(b);
  if (x.year !== null || x.month !== null || (b.length > 4 && !withYear) || b.length < 3) return false;
  if (withYear) x.year = +b.slice(0, 4);
  x.md = monthDayReadings(withYear ? b.slice(4) : b);
  x.garbled = true;
  x.span = null;
  return true;
}

// ───────────────────────── points ─────────────────────────

/** Months/days of a span within its year; months past 12 spill into the next year, day 0 = last day. */
interface Span {
  sm: number;
  sd: number;
  em: number;
  ed: number;
  prec: DeadlinePrecision;
}

type MonthDay = readonly [number, number];

/** One date expression before its year is resolved. */
interface Pt {
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

interface PointMode {
  /** Accept trailing unit-less digits (only a range start may have them). */
  bare: boolean;
  /** Accept a day with no month, and 一月 without a suffix (only a range end or 每月… may). */
  end: boolean;
}
const RANGE_START: PointMode = { bare: true, end: false };
const IN_RANGE_END: PointMode = { bare: false, end: true };

const SP = '[ \\t\\u3000]*';
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
const RE_GARBLED = new RegExp(`(\\d{2,8})${SP}日(?![内內以])`, 'y');
const RE_BARE = /\d{1,8}(?!\d)/y;
const RE_QUARTER = new RegExp(`第?([${QUARTER_NUMERALS}])${QUARTER_WORD}`, 'y');
const RE_Q = /Q([1-4])(?![0-9A-Za-z])/y;
const RE_FIRST_QUARTERS = new RegExp(`前([一二三两兩1-3])(?:个|個)?${QUARTER_WORD}`, 'y');
const RE_HALF = new RegExp(Object.keys(HALF_YEARS).join('|'), 'y');
const RE_SEASON = new RegExp(`(?:${Object.keys(SEASONS).join('|')})(?!度)`, 'y');

function at(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

function newPt(i: number): Pt {
  return { to: i, year: null, rel: null, month: null, span: null, day: null, md: null, alt: null, garbled: false, within: false, bare: null, bareTo: i };
}

/** What a point can start with: a digit, a Chinese numeral, or a word head (今年, 上半年, 第, Q, 前, 秋季, 年底). */
const P_DIGIT = 1;
const P_NUMERAL = 2;
const P_WORD = 3;
const POINT_START = buildPointStarts();

function buildPointStarts(): Uint8Array {
  const t = new Uint8Array(65536);
  const heads = [...Object.keys(RELATIVE_YEARS), ...Object.keys(HALF_YEARS), ...Object.keys(SEASONS), '第', 'Q', '前', '年'];
  for (const w of heads) t[w.charCodeAt(0)] = P_WORD;
  for (const ch of '〇零○一二三四五六七八九十') t[ch.charCodeAt(0)] = P_NUMERAL;
  for (const ch of '0123456789') t[ch.charCodeAt(0)] = P_DIGIT;
  return t;
}

function parsePoint(s: string, i: number, mode: PointMode): Pt | null {
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

/** 2018310日, 1210日, 71日: digits that lost 年/月 before 日. */
function garbledAt(s: string, i: number, p: Pt): Pt | null {
  const m = at(RE_GARBLED, s, i);
  if (!m) return null;
  const r = m[1];
  if (r.length === 2 && +r <= 31) return null; // a plain day
  const withYear = r.length >= 5 && /^(?:19|20)/.test(r);
  if (r.length > 4 && !withYear) return null;
  const md = monthDayReadings(withYear ? r.slice(4) : r);
  if (!withYear && md.length === 0) return null; // 365日, 100日: a count of days
  return { ...p, year: withYear ? +r.slice(0, 4) : null, md, garbled: true, to: i + m[0].length };
}

function dayOnlyAt(s: string, i: number, p: Pt): Pt | null {
  const m = at(RE_BARE_DAY, s, i);
  if (!m || +m[1] < 1 || +m[1] > 31) return null;
  return { ...p, day: +m[1], to: i + m[0].length };
}

function bareAt(s: string, i: number, p: Pt): Pt | null {
  const m = at(RE_BARE, s, i);
  if (!m) return null;
  p.bare = m[0];
  p.bareTo = i + m[0].length;
  return p;
}

/** A one- or multi-character part word (底, 上旬, 初) that is not the head of another word. */
function partAt<T>(s: string, i: number, parts: Readonly<Record<string, T>>): { word: string; to: number } | null {
  for (const word of Object.keys(parts)) {
    if (!s.startsWith(word, i)) continue;
    const tails = word.length === 1 ? PART_WORD_TAILS[word] : undefined;
    if (tails && isIn(tails, s[i + 1])) continue;
    return { word, to: i + word.length };
  }
  return null;
}

/** Index after a range separator (至, 到, —, ――, -, ~, Big5's ??), or -1. */
function sepAt(s: string, k: number): number {
  let j = skipSpace(s, k);
  const word = wordAtPos(RANGE_WORDS, s, j);
  if (word) return skipSpace(s, j + word.length);
  const first = j;
  while (j - first < 2 && isIn(RANGE_DASHES, s[j])) j++;
  return j > first ? skipSpace(s, j) : -1;
}

/** Index after 前/之前/以前 (not 前后, 前期), or -1. */
function byAt(s: string, k: number): number {
  const j = skipSpace(s, k);
  const w = wordAtPos(BY_WORDS, s, j);
  if (!w || isIn(BY_WORD_TAILS, s[j + w.length])) return -1;
  return j + w.length;
}

/** Index after a redaction (2009年1月*, 2009年**月), or -1. */
function maskEnd(s: string, k: number): number {
  if (!isIn(MASK_CHARS, s[k])) return -1;
  let j = k;
  while (j < s.length && (isIn(MASK_CHARS, s[j]) || isIn('月日号號', s[j]))) j++;
  return j;
}

/** The first of `words` (longest first) written at i. */
function wordAtPos(words: readonly string[], s: string, i: number): string | undefined {
  for (const w of words) if (s.startsWith(w, i)) return w;
  return undefined;
}

/** One character of a set; the end of the text is in no set ("".includes("") is true). */
function isIn(chars: string, ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && chars.includes(ch);
}

function skipSpace(s: string, i: number): number {
  let j = i;
  while (j < s.length && j - i < 3 && /\s/.test(s[j])) j++;
  return j;
}

// ───────────────────────── garbled digits ─────────────────────────

/** Month/day splits of a digit run: 310 → 3-10 (31-0 is invalid); 121 → 12-1, 1-21. */
function monthDayReadings(r: string): MonthDay[] {
  const out: MonthDay[] = [];
  for (const k of [2, 1]) {
    const rest = r.slice(k);
    if (r.length <= k || rest.length > 2) continue;
    const m = +r.slice(0, k);
    const d = +rest;
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) out.push([m, d]);
  }
  return out;
}

/**
 * Pick the reading that is a real date and inside the phase bounds; among equals
 * the two-digit month (listed first) wins. (A two-digit month, 10–12, is always
 * the later reading, so "after the previous mention" adds nothing to this order.)
 * When the bounds do not single out one valid reading, the other is kept in `alt`.
 */
function chooseReading(p: Pt, year: number | null, lo: string | undefined, hi: string | undefined): void {
  const valid = (p.md ?? []).filter((r) => r[1] <= lastDay(year ?? 2000, r[0])); // 2-30 is no date
  const inside = valid.filter((r) => {
    const date = year === null ? null : iso(year, r[0], r[1]);
    return date !== null && (!lo || date >= lo) && (!hi || date <= hi);
  });
  const best = inside[0] ?? valid[0];
  if (!best) return;
  const other = inside.length === 1 ? undefined : inside.length > 1 ? inside[1] : valid[1];
  p.month = best[0];
  p.span = daySpan(best);
  p.alt = other ? daySpan(other) : null;
}

const daySpan = ([m, d]: MonthDay): Span => ({ sm: m, sd: d, em: m, ed: d, prec: 'day' });

// ───────────────────────── calendar ─────────────────────────

const yearSpan = (): Span => ({ sm: 1, sd: 1, em: 12, ed: 0, prec: 'year' });
const monthSpan = (m: number): Span => ({ sm: m, sd: 1, em: m, ed: 0, prec: 'month' });

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function lastDay(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 && leap ? 29 : MONTH_DAYS[m - 1];
}

/** ISO date; months past 12 roll into the next year, day 0 is the month's last day. */
function iso(y: number, m: number, d: number): string {
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((m - 1) % 12) + 1;
  const dd = d === 0 ? lastDay(yy, mm) : d;
  return `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

function isoOf(year: number | null, span: Span | null, side: 'start' | 'end'): string | null {
  if (year === null || !span || !validSpan(year, span)) return null;
  return side === 'start' ? iso(year, span.sm, span.sd) : iso(year, span.em, span.ed);
}

/** 2月30日 is written but not a date. */
function validSpan(year: number, span: Span): boolean {
  return fits(year, span.sm, span.sd) && fits(year, span.em, span.ed);
}

function fits(year: number, m: number, d: number): boolean {
  return d <= lastDay(year + Math.floor((m - 1) / 12), ((m - 1) % 12) + 1);
}

function cnOrInt(t: string): number {
  if (/^\d+$/.test(t)) return +t;
  const ten = t.indexOf('十');
  if (ten < 0) return [...t].reduce((n, ch) => n * 10 + (CN_DIGITS[ch] ?? NaN), 0);
  const hi = ten === 0 ? 1 : CN_DIGITS[t[0]];
  const lo = ten === t.length - 1 ? 0 : CN_DIGITS[t[ten + 1]];
  return hi * 10 + lo;
}

const FLAG_ORDER = DEADLINE_FLAGS;

function sortFlags(flags: Iterable<DeadlineFlag>): DeadlineFlag[] {
  const list = [...flags];
  const out: DeadlineFlag[] = [];
  for (const f of FLAG_ORDER) if (list.includes(f)) out.push(f);
  return out;
}
