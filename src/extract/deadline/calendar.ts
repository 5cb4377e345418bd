/** Calendar arithmetic for the deadline grammar: spans within a year, month lengths, ISO dates. */
import type { DeadlinePrecision } from '../../model/plan.js';


/** Months/days of a span within its year; months past 12 spill into the next year, day 0 = last day. */
export interface Span {
  sm: number;
  sd: number;
  em: number;
  ed: number;
  prec: DeadlinePrecision;
}

export type MonthDay = readonly [number, number];

export const yearSpan = (): Span => ({ sm: 1, sd: 1, em: 12, ed: 0, prec: 'year' });
export const monthSpan = (m: number): Span => ({ sm: m, sd: 1, em: m, ed: 0, prec: 'month' });

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function lastDay(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 && leap ? 29 : MONTH_DAYS[m - 1];
}

/** ISO date; months past 12 roll into the next year, day 0 is the month's last day. */
export function iso(y: number, m: number, d: number): string {
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((m - 1) % 12) + 1;
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
  return d <= lastDay(year + Math.floor((m - 1) / 12), ((m - 1) % 12) + 1);
}

export const daySpan = ([m, d]: MonthDay): Span => ({ sm: m, sd: d, em: m, ed: d, prec: 'day' });
