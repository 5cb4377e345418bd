import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportLedger } from '../../src/index.js';
import type { Task } from '../../src/model/plan.js';
import { parseBytes, parseFile, type Parsed } from '../../src/parse.js';
import { useFixtureDocConversions } from '../support/doc-fixtures.js';
import { FIXTURES, FORMAT_TRUTH, SEEDS } from '../support/seeds.js';

/**
 * Issue 5: a ledger planlint writes, read back through the sheet reader,
 * gives the same tasks — owners, deadlines, targets — in the same order.
 */

/** What a ledger must carry over for each task. */
const essentials = (task: Task) => ({
  owners: task.owners,
  deadlineEnd: task.deadline?.end ?? null,
  targets: task.targets.map((t) => ({ value: t.value, unit: t.unit })),
});

async function ledgerOf(parsed: readonly Parsed[], options: { byOwner?: boolean } = {}): Promise<Parsed> {
  return parseBytes(exportLedger(parsed, { asOf: '2024-09-01', ...options }), 'ledger.xlsx');
}

// The .doc inputs are read through the run's one LibreOffice conversion, not one start each.
beforeAll(useFixtureDocConversions);

const INPUTS = [...SEEDS.map((seed) => `${seed}.txt`), ...Object.keys(FORMAT_TRUTH).map((file) => `formats/${file}`)];

describe('export → read back', () => {
  it.each(INPUTS)('%s: the same tasks', async (input) => {
    const original = await parseFile(join(FIXTURES, input));
    expect(original.document.tasks.length).toBeGreaterThan(0);
    const back = await ledgerOf([original]);
    expect(back.document.errors).toEqual([]);
    expect(back.document.tasks.map(essentials)).toEqual(original.document.tasks.map(essentials));
    // 序号 is the ledger's running number; the document's own numbers end 层级/路径.
    expect(back.document.tasks.map((t) => t.number)).toEqual(original.document.tasks.map((_, k) => String(k + 1)));
    expect(back.document.tasks.every((t) => t.origin === 'table')).toBe(true);
  });

  it('one ledger for every seed: every task, file after file', async () => {
    const originals = await Promise.all(SEEDS.map((seed) => parseFile(join(FIXTURES, `${seed}.txt`))));
    const back = await ledgerOf(originals);
    expect(back.document.tasks.map(essentials)).toEqual(originals.flatMap((p) => p.document.tasks.map(essentials)));
  });

  it('with a sheet per lead unit: each task read once (the per-owner sheets repeat 任务台账)', async () => {
    const originals = await Promise.all(SEEDS.map((seed) => parseFile(join(FIXTURES, `${seed}.txt`))));
    const back = await ledgerOf(originals, { byOwner: true });
    expect(back.document.tasks.map(essentials)).toEqual(originals.flatMap((p) => p.document.tasks.map(essentials)));
    expect(back.warnings.length).toBeGreaterThan(10);
    expect(back.warnings.every((w) => w.endsWith('repeats rows of sheet "任务台账" and was skipped'))).toBe(true);
  });

  it('a ledger read back and exported again has the same tasks, in the same words', async () => {
    const first = await ledgerOf([await parseFile(join(FIXTURES, `${SEEDS[3]}.txt`))]);
    const second = await ledgerOf([first]);
    expect(second.document.tasks.map(essentials)).toEqual(first.document.tasks.map(essentials));
    expect(second.document.tasks.map((t) => [t.number, t.title])).toEqual(first.document.tasks.map((t) => [t.number, t.title]));
  });
});
