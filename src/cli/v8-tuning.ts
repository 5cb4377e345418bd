import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings for a planlint process of its own. Flags are process-wide, so
 * only runCli (the binary) turns this on: tests and programs that call main()
 * in their own process keep their settings.
 */
let allowed = false;

export function allowV8Tuning(): void {
  allowed = true;
  // The main thread of a batch passes each file's outcome on in input order. V8 doubles a young
  // generation whose objects keep surviving, so a run twice as long peaked ~15 MB higher for
  // nothing: the young generation keeps its size (workers have their own limits, run/pool.ts).
  setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * Files per thread up to which V8 stops below TurboFan: at Sparkplug (and at
 * Maglev, where the Node version turns it on; --max-opt=2). TurboFan spends 100–200 ms compiling each of planlint's large
 * extraction functions, several times over as their type feedback settles, so
 * it pays for itself only after a few thousand files: measured on the bench's
 * plans, 2,000 files linted took 0.63× the CPU with Sparkplug alone, 200
 * files exported 0.64×; in-process, Sparkplug's 1.75 s per 1,000 files is
 * passed by TurboFan's 1.2–1.3 s only around the 3,000th file.
 */
const BASELINE_ONLY_UP_TO = 3000;

/**
 * Pick the compiler tiers for a batch of `files` on `threads` threads: a
 * batch too short for TurboFan to pay off stops at Sparkplug; a longer one
 * optimises, without inlining (which makes the compiles slow for a few
 * percent of speed).
 */
export function tuneCompilerForBatch(files: number, threads: number): void {
  if (!allowed) return;
  const perThread = Math.ceil(files / Math.max(1, threads));
  setFlagsFromString(perThread <= BASELINE_ONLY_UP_TO ? '--max-opt=2' : '--no-turbo-inlining');
}
