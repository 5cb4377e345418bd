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
 * Worker threads for --jobs; by default one fewer than the cores. The main
 * thread (writing, the ledger) and V8's compiler threads keep most of a core
 * busy: on two cores, one worker was 8–15% faster than two (npm run bench).
 */
export function jobsOf(value: string | undefined): number {
  if (value === undefined) return Math.max(1, availableParallelism() - 1);
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs expects a whole number of at least 1');
  return jobs;
}
