/** The deadline grammar's public shapes: what a caller passes in and gets back. */
import type { Deadline, DeadlinePrecision } from '../../model/plan.js';

export interface DateContext {
  /** The document's year, for dates written without one. */
  year: number | null;
  /** ISO bounds of the enclosing phase: they pick the reading of ambiguous garbled digits. */
  after?: string;
  before?: string;
  /**
   * The document writes Republic of China (民国, Taiwan) years: a bare 2- or
   * 3-digit year (98年元旦, 101年9月) or a Chinese-numeral one (一百零一年) is
   * read as N + 1911. Without it such years are not read; "民國 101 年" is read either way.
   */
  roc?: boolean;
  /**
   * The document's own date, when its year comes from that date: a year-less
   * date more than six months before it is read in the next year (a December
   * meeting's 一月二十日 or 春节前 is the coming one).
   */
  issued?: string;
}

/**
 * by: "…前", horizons of 年内; at: a point; range: two points; until: "到…";
 * recurring: a cycle (每月5日前); vague: no date (尽快); ongoing: a standing duty
 * (长期坚持); relative: a period from an unstated start (3天内, 三年内), no dates;
 * window: the days around a holiday (春节期间), no bounds of its own.
 */
export type TimeMentionKind = 'by' | 'at' | 'range' | 'until' | 'recurring' | 'vague' | 'ongoing' | 'relative' | 'window';

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
