import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardOutputs } from '../../src/cli/output-guard.js';

/**
 * Issue 9: checking thousands of --out-dir outputs against thousands of
 * inputs looked up every output × input pair (1,095 s for 3,005 inputs).
 * Each path is looked at once now: the file system calls are counted.
 */

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  return { ...real, stat: vi.fn(real.stat), realpath: vi.fn(real.realpath) };
});

let dir: string;
const INPUTS = 300;
const EXISTING_OUTPUTS = 200;
const NEW_OUTPUTS = 100;
const inputs = Array.from({ length: INPUTS }, (_, k) => `in/plan-${k}.txt`);
const existing = Array.from({ length: EXISTING_OUTPUTS }, (_, k) => `out/old-${k}.xlsx`);
const fresh = Array.from({ length: NEW_OUTPUTS }, (_, k) => `out/new-${k}.xlsx`);
const at = (paths: string[]) => paths.map((p) => join(dir, p));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'planlint-guard-'));
  mkdirSync(join(dir, 'in'));
  mkdirSync(join(dir, 'out'));
  for (const path of [...inputs, ...existing]) writeFileSync(join(dir, path), path);
  symlinkSync(join(dir, inputs[123]), join(dir, 'out', 'link.xlsx'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => vi.clearAllMocks());

describe('guardOutputs', () => {
  it('looks at each output and each input once: outputs + inputs calls, not outputs × inputs', async () => {
    const targets = await guardOutputs(at([...existing, ...fresh]), at(inputs), 'en', (p) => p);
    expect(vi.mocked(fs.stat)).toHaveBeenCalledTimes(EXISTING_OUTPUTS + NEW_OUTPUTS + INPUTS);
    expect(vi.mocked(fs.realpath)).toHaveBeenCalledTimes(EXISTING_OUTPUTS);
    expect(targets.map((t) => t.how)).toEqual(new Array(EXISTING_OUTPUTS + NEW_OUTPUTS).fill('replace'));
  });

  it('does not look at the inputs at all when no output exists yet', async () => {
    await guardOutputs(at(fresh), at(inputs), 'en', (p) => p);
    expect(vi.mocked(fs.stat)).toHaveBeenCalledTimes(NEW_OUTPUTS);
  });

  it('finds the input among them, by any name', async () => {
    await expect(guardOutputs(at([...fresh, 'out/link.xlsx', ...existing]), at(inputs), 'en', (p) => p.slice(dir.length + 1))).rejects.toThrow(
      'output out/link.xlsx is one of the inputs; refusing to write',
    );
  });
});
