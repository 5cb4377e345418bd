/** Calendar arithmetic for the deadline grammar: spans within a year, month lengths, holidays, ISO dates. */
import type { DeadlinePrecision } from '../../model/plan.js';
import { SPRING_FESTIVAL, SPRING_FESTIVAL_FIRST_YEAR } from '../../lexicon/spring-festival.js';

/**
 * Months/days of a span within its year; months past 12 spill into the next
 * year and month 0 is the previous December; day 0 = the month's last day.
 */
export interface Span {
  sm: number;
  sd: number;
  em: number;
  ed: number;
  prec: DeadlinePrecision;
}

export type MonthDay = readonly [number, number];

/** A holiday as the lexicon gives it: a fixed month and day, or the moving Spring Festival. */
export type HolidayDate = readonly [number, number] | 'spring';

/** Republic of China (民国) year N is Gregorian N + 1911. */
export const ROC_OFFSET = 1911;

export const yearSpan = (): Span => ({ sm: 1, sd: 1, em: 12, ed: 0, prec: 'year' });
export const monthSpan = (m: number): Span => ({ sm: m, sd: 1, em: m, ed: 0, prec: 'month' });
export const daySpan = ([m, d]: MonthDay): Span => ({ sm: m, sd: d, em: m, ed: d, prec: 'day' });

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function lastDay(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 && leap ? 29 : MONTH_DAYS[m - 1];
}

/** The real year and month (1–12) of month m of year y, when m is past 12 or 0. */
function yearMonth(y: number, m: number): [number, number] {
  return [y + Math.floor((m - 1) / 12), ((((m - 1) % 12) + 12) % 12) + 1];
}

/** ISO date; months past 12 roll into the next year, month 0 is the previous December, day 0 is the month's last day. */
export function iso(y: number, m: number, d: number): string {
  const [yy, mm] = yearMonth(y, m);
  const dd = d === 0 ? lastDay(yy, mm) : d;
  return `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

export function isoOf(year: number | null, span: Span | null, side: 'start' | 'end'): string | null {
  if (year === null || !span || !validSpan(year, span)) return null;
  return side === 'start' ? iso(year, span.sm, span.sd) : iso(year, span.em, span.ed);
}

/** 2月30日 is written but not a date. */
export function validSpan(year: number, span: Span): boolean {
  return fits(year, span.sm, span.sd) && fits(year, span.em, span.ed);
}

function fits(year: number, m: number, d: number): boolean {
  return d <= lastDay(...yearMonth(year, m));
}

/**
 * A holiday in a given year, as one day; its eve ("春节前": before the day off
 * starts) is the day before. Null when the year is outside the Spring Festival table.
 */
export function holidaySpan(date: HolidayDate, year: number, eve: boolean): Span | null {
  const md = date === 'spring' ? springFestival(year) : date;
  if (!md) return null;
  const [m, d] = md;
  return eve ? daySpan(d > 1 ? [m, d - 1] : [m - 1, 0]) : daySpan(md);
}

function springFestival(year: number): MonthDay | null {
  const md = SPRING_FESTIVAL[year - SPRING_FESTIVAL_FIRST_YEAR];
  return md ? [Number(md.slice(0, 2)), Number(md.slice(3, 5))] : null;
}

/** The ISO date six months before an ISO date (day clamped to the month's length). */
export function halfYearBefore(date: string): string {
  const y = Number(date.slice(0, 4));
  const [yy, mm] = yearMonth(y, Number(date.slice(5, 7)) - 6);
  return iso(yy, mm, Math.min(Number(date.slice(8, 10)), lastDay(yy, mm)));
}
