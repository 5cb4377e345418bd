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
