import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

/**
 * The compiler tier a batch runs at (src/cli/v8-tuning.ts), read from V8's own
 * trace: whether TurboFan compiled a function made hot after the tuning.
 */
function turboFanCompiled(permission: 'allowed' | 'not-allowed', files: number): boolean {
  const probe = join(ROOT, 'test', 'support', 'tuning-probe.mjs');
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--trace-opt', probe, permission, String(files)], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain('true');
  return /completed compiling[^\n]*<JSFunction hot[^\n]*TURBOFAN/.test(run.stdout);
}

describe('V8 tuning for a batch', () => {
  it('a batch too short for TurboFan to pay off stops below it', () => {
    expect(turboFanCompiled('allowed', 200)).toBe(false);
  });

  it('a long batch is optimised', () => {
    expect(turboFanCompiled('allowed', 100_000)).toBe(true);
  });

  it('a process that did not allow tuning (tests, a host calling main()) keeps V8 as it was', () => {
    expect(turboFanCompiled('not-allowed', 200)).toBe(true);
  });
});
