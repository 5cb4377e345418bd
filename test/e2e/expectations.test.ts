import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { parseFile } from '../../src/parse.js';
import { checkExpectations, type ExpectResult } from '../support/expect.js';
import { FIXTURES, SEEDS, truthOf } from '../support/seeds.js';

/** Issue 3: every `expect` entry of the seeds' truth is reported by its rule on its task; recall ≥ 0.9. */
const results: Array<ExpectResult & { seed: string }> = [];

describe('seed expectations', () => {
  it.each(SEEDS.map((s) => [s]))('%s', async (seed) => {
    const parsed = await parseFile(join(FIXTURES, `${seed}.txt`));
    const diagnostics = lint(parsed, { lang: 'en', asOf: '2026-01-01' });
    results.push(...checkExpectations(parsed, diagnostics, truthOf(seed)).map((r) => ({ ...r, seed })));
  });

  afterAll(() => {
    const reported = results.filter((r) => r.reported).length;
    console.log(`\nrule recall on seed expectations: ${reported}/${results.length}`);
    for (const r of results.filter((x) => !x.reported)) console.log(`  missed ${r.seed.slice(0, 3)} ${r.rule}: ${r.anchor}`);
    expect(reported / results.length).toBeGreaterThanOrEqual(0.9);
  });
});
