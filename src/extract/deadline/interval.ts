/**
 * A point or a range of two points, with its year resolved: the document's year
 * for a date written without one (the next year when the document's own date
 * shows it is meant), the start's year (and month) for what a range end omits
 * (2021年3月1日至15日, 12月至次年3月), Republic of China years as Gregorian.
 */
import type { DeadlineFlag, DeadlinePrecision } from '../../model/plan.js';
import { ROC_OFFSET, halfYearBefore, holidaySpan, isoOf, monthSpan, validSpan, yearSpan, type HolidayDate } from './calendar.js';
import { chooseReading, garbleBare } from './garbled.js';
import { IN_RANGE_END, RANGE_START, parsePoint, sepAt, type Pt } from './points.js';
import type { DateContext, OtherReading, RangeShape } from './types.js';
import { copyWith } from '../../text/objects.js';

export interface Interval {
  to: number;
  start: string | null;
  end: string | null;
  precision: DeadlinePrecision;
  flags: DeadlineFlag[];
  range: boolean;
  within: boolean;
  /** 春节期间: the days around a holiday, no dates. */
  window: boolean;
  /** Garbled digits with no year and no context yet. */
  weak: boolean;
  shape?: RangeShape;
  other?: OtherReading;
}

/** Widest gap between the years of 2023-24年度 that still reads as one abbreviated span. */
const ABBREVIATED_SPAN_MAX = 10;

export function parseInterval(s: string, i: number, ctx: DateContext): Interval | null {
  const x = parsePoint(s, i, RANGE_START);
  if (!x || !eraYear(x, ctx)) return null;
  const sep = sepAt(s, x.bare !== null ? x.bareTo : x.to);
  if (sep >= 0) {
    const y = parsePoint(s, sep, IN_RANGE_END);
    const range = y && adoptBare(x, y) && endYear(x, y, ctx) ? rangeOf(x, y, ctx) : null;
    if (range) return range;
  }
  if (x.bare !== null) {
    if (!x.span && !x.md) return null; // bare digits alone are not a date
    x.bare = null;
  }
  return pointOf(x, ctx);
}

/** 民國 101 年 always, 101年 / 一百零一年 / 98年 only in a document that writes ROC years. */
function eraYear(p: Pt, ctx: DateContext): boolean {
  if (p.short === null) return true;
  if (!p.era && !ctx.roc) return false;
  p.year = p.short + ROC_OFFSET;
  return true;
}

/** A range end's year: the 24 of 2023-24年度 abbreviates 2024; 98年…99年 are ROC years. */
function endYear(x: Pt, y: Pt, ctx: DateContext): boolean {
  if (y.abbrev === null || x.year === null || x.short !== null) return eraYear(y, ctx);
  let year = x.year - (x.year % 100) + y.abbrev;
  if (year < x.year) year += 100;
  y.year = year;
  y.short = null;
  return year - x.year <= ABBREVIATED_SPAN_MAX;
}

function pointOf(x: Pt, ctx: DateContext): Interval {
  const xy = documentYear(x, ctx);
  if (x.md) chooseReading(x, xy.year, ctx.after, ctx.before);
  resolveHoliday(x, xy.year);
  if (x.window || x.blank) return blankOf(x, x.to);
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
    window: false,
    weak: x.garbled && x.year === null,
  };
  if (x.alt) iv.other = { start: isoOf(xy.year, x.alt, 'start'), end: isoOf(xy.year, x.alt, 'end') };
  return iv;
}

/** A season, a placeholder year or a holiday window: written, but with no dates to give. */
function blankOf(p: Pt, to: number): Interval {
  const precision = p.blank === 'masked' ? (p.span?.prec ?? 'year') : 'none';
  return { to, start: null, end: null, precision, flags: p.blank ? [p.blank] : [], range: false, within: p.within, window: p.window, weak: false };
}

function rangeOf(x: Pt, y: Pt, ctx: DateContext): Interval | null {
  if (x.window || y.window) return null;
  const xy = documentYear(x, ctx);
  if (x.md) chooseReading(x, xy.year, ctx.after, ctx.before);
  // The end inherits what it omits: 2021年3月1日至15日, 12月至次年3月
  // …but 今年 and 去年 count from the document's year wherever they stand (去年12月至今年6月).
  const yy = y.year !== null ? { year: y.year, inferred: false } : y.relToDocument ? documentYear(y, ctx) : yearOf(y, xy.year, xy.inferred);
  if (y.day !== null) {
    if (x.month === null) return null;
    y.month = x.month;
    y.span = { sm: x.month, sd: y.day, em: x.month, ed: y.day, prec: 'day' };
  }
  resolveHoliday(x, xy.year);
  resolveHoliday(y, yy.year);
  if (x.blank || y.blank) return copyWith(blankOf(x.blank ? x : y, y.to), { range: true });
  if (isFinancialYear(x, y, xy.year, yy.year)) return financialYearOf(xy.year as number, y.to, xy.inferred);
  const start = isoOf(xy.year, x.span, 'start');
  if (y.md) chooseReading(y, yy.year, ctx.after, ctx.before);
  const end = isoOf(yy.year, y.span, 'end');
  const flags: DeadlineFlag[] = [];
  if (xy.inferred || yy.inferred) flags.push('yearInferred');
  const invalid = (x.span && xy.year !== null && !validSpan(xy.year, x.span)) || (y.span && yy.year !== null && !validSpan(yy.year, y.span));
  if (x.garbled || y.garbled || invalid) flags.push('garbled');
  if (start && end && end < start) flags.push('reversed');
  const endTakes = y.year !== null || y.rel !== null ? 'nothing' : y.day !== null ? 'month' : 'year';
  const iv: Interval = { to: y.to, start, end, precision: y.span?.prec ?? 'day', flags, range: true, within: false, window: false, weak: false };
  iv.shape = { startPrecision: x.span?.prec ?? 'day', endTakes };
  if (x.alt || y.alt) iv.other = { start: isoOf(xy.year, x.alt ?? x.span, 'start'), end: isoOf(yy.year, y.alt ?? y.span, 'end') };
  return iv;
}

/**
 * 2023-24年度: a year whose end is abbreviated to two digits and written with 年度
 * names one financial year, which in Hong Kong runs from 1 April to 31 March
 * (2023-04-01..2024-03-31); with only the years written and the second the next one.
 */
function isFinancialYear(x: Pt, y: Pt, xYear: number | null, yYear: number | null): boolean {
  // A Republic of China span (98-99年度) is two calendar years: Taiwan's fiscal year is the calendar year.
  if (!y.fiscal || x.short !== null || y.short !== null) return false;
  return xYear !== null && yYear === xYear + 1 && x.span?.prec === 'year' && y.span?.prec === 'year';
}

function financialYearOf(year: number, to: number, inferred: boolean): Interval {
  const iv: Interval = { to, start: `${year}-04-01`, end: `${year + 1}-03-31`, precision: 'month', flags: inferred ? ['yearInferred'] : [], range: true, within: false, window: false, weak: false };
  iv.shape = { startPrecision: 'month', endTakes: 'nothing' };
  return iv;
}

function yearOf(p: Pt, base: number | null, inferred: boolean): { year: number | null; inferred: boolean } {
  if (p.year !== null) return { year: p.year, inferred: false };
  return { year: base === null ? null : base + (p.rel ?? 0), inferred };
}

/**
 * The year of a point, from the document when it is not written. A date the
 * document's own date shows to be the coming one (more than six months before
 * the document was issued) is read in the next year, and so is 元旦.
 */
function documentYear(p: Pt, ctx: DateContext): { year: number | null; inferred: boolean } {
  const y = yearOf(p, ctx.year, true);
  if (!y.inferred || y.year === null || p.rel !== null) return y;
  // 元旦 opens a year: the year-less one a document speaks of is the one that closes the document's year
  if (p.holiday && opensYear(p.holiday.date)) return { year: y.year + 1, inferred: true };
  if (!ctx.issued) return y;
  const span = p.holiday ? holidaySpan(p.holiday.date, y.year, p.holiday.eve) : p.span;
  const end = isoOf(y.year, span, 'end');
  return end !== null && end < halfYearBefore(ctx.issued) ? { year: y.year + 1, inferred: true } : y;
}

function opensYear(date: HolidayDate): boolean {
  return date !== 'spring' && date[0] === 1 && date[1] === 1;
}

/** A holiday's day (or eve) in the year it was read in; no year or no table entry leaves it undated. */
function resolveHoliday(p: Pt, year: number | null): void {
  if (!p.holiday) return;
  p.span = year === null ? null : holidaySpan(p.holiday.date, year, p.holiday.eve);
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
  else if (y.year !== null || y.rel !== null || y.short !== null || y.abbrev !== null) {
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
