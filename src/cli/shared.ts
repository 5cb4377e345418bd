/** Exit codes are a contract (DESIGN.md "CLI contract"). */
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
  maxFileBytes?: number;
}
