import { expect } from 'vitest';
import { parseDeadline } from '../../src/extract/deadline.js';
import type { DateContext } from '../../src/extract/deadline.js';
import { Deadline } from '../../src/model/plan.js';
import type { DeadlineFlag, DeadlinePrecision } from '../../src/model/plan.js';

/** One deadline reading: the text, the interval and precision it means, its flags, and the context it is read in. */
export type DeadlineCase = [text: string, start: string | null, end: string | null, precision: DeadlinePrecision, flags: DeadlineFlag[], ctx?: DateContext];

/** parseDeadline gives exactly this reading (its text is `written`, the expression as found), and the model accepts it. */
export function checkDeadline([text, start, end, precision, flags, ctx]: DeadlineCase, fallback: DateContext, written = text): void {
  const d = parseDeadline(text, ctx ?? fallback);
  expect(d).toEqual({ text: written, start, end, precision, flags });
  expect(() => Deadline.parse(d)).not.toThrow();
}
