import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pluginModule } from '../support/plugin-module.js';
import { loadConfig } from '../../src/cli/config.js';
import { runFile } from '../../src/run/job.js';

/** An export lints each file as `lint` does: the config's plugins load in every thread that exports. */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'planlint-export-plugins-'));
  writeFileSync(join(dir, 'plan.txt'), '二、重点任务\n1.建设图书馆。（责任单位：县文化局；完成时限：2021年底前）\n');
  writeFileSync(join(dir, 'acme.mjs'), pluginModule());
  writeFileSync(join(dir, 'planlint.config.json'), JSON.stringify({ plugins: ['./acme.mjs'], rules: { 'acme/has-task': 'warning' } }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runFile', () => {
  it('runs the plugins’ rules at the config’s levels', async () => {
    const { config } = await loadConfig(dir);
    expect(config.plugins).toEqual([join(dir, 'acme.mjs')]);
    const outcome = await runFile({ path: join(dir, 'plan.txt'), name: 'plan.txt' }, { format: 'json', lang: 'en', asOf: '2024-09-01', config });
    expect(outcome.failure).toBeNull();
    const diagnostics = (JSON.parse(outcome.payload) as { diagnostics: Array<{ ruleId: string; severity: string }> }).diagnostics;
    expect(diagnostics.filter((d) => d.ruleId.startsWith('acme/')).map((d) => [d.ruleId, d.severity])).toEqual([['acme/has-task', 'warning']]);
  });
});
