/** The deadline grammar's public shapes: what a caller passes in and gets back. */
import type { Deadline, DeadlinePrecision } from '../../model/plan.js';

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
