import { availableParallelism } from 'node:os';
import type { Lang } from '../i18n/format.js';
import { say } from '../report/context.js';

/** Exit codes are a contract (docs/architecture.md, "The command line"). */
export const EXIT = { ok: 0, problems: 1, fatal: 2 } as const;

/** A mistake in how planlint was called: a one-line message and exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface CommonOptions {
  lang?: string;
  encoding?: string;
  /** --max-file-size, in bytes (given in megabytes). */
  maxFileSize?: number;
}

/** --as-of: a day that exists, YYYY-MM-DD (2025-13-01 and 2025-02-30 are refused, not rolled over). */
export function checkAsOf(value: string | undefined, lang: Lang): void {
  if (value === undefined) return;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) throw new UsageError(say({ lang }, 'badAsOf', { value }));
}

/**
 * Worker threads for --jobs. By default one per core when the main thread only
 * passes outcomes on (lint, JSON), one fewer when it builds the workbooks
 * (xlsx): on two cores, two workers linted 1,000 plans in 0.75× the time of
 * one and exported them to JSON in 0.59×, but built the ledger in 1.14×.
 */
export function jobsOf(value: string | undefined, mainThreadBuilds = false): number {
  if (value === undefined) return Math.max(1, availableParallelism() - (mainThreadBuilds ? 1 : 0));
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs expects a whole number of at least 1');
  return jobs;
}
