import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pluginModule } from '../support/plugin-module.js';
import { planlintInProcess } from '../support/cli.js';

/**
 * `--rule id=level` is the last word on a rule's level, in every case, and
 * names a plugin's rules as well as planlint's: the CLI run in process.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'planlint-levels-'));
  writeFileSync(join(dir, 'redacted.txt'), '二、整改措施\n整改项目1：规范文化市场管理。\n整改措施：加强执法检查。\n责任领导：*、*\n责任单位：县文化局\n整改时限：2009年12月底前\n');
  writeFileSync(join(dir, 'acme.mjs'), pluginModule());
  writeFileSync(join(dir, 'plugins.json'), JSON.stringify({ plugins: ['./acme.mjs'] }));
  writeFileSync(join(dir, 'empty.json'), '{}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function planlint(...args: string[]): Promise<{ code: number | null; findings: Array<[string, string]>; stderr: string }> {
  const { code, stdout, stderr } = await planlintInProcess(['lint', join(dir, 'redacted.txt'), '--format', 'json', '--lang', 'en', ...args]);
  const report = stdout ? (JSON.parse(stdout) as { documents: Array<{ diagnostics: Array<{ ruleId: string; severity: string }> }> }) : { documents: [] };
  return { code, findings: report.documents.flatMap((d) => d.diagnostics.map((x): [string, string] => [x.ruleId, x.severity])), stderr };
}

describe('--rule', () => {
  it.each([
    ['nothing', [], 'warning', 0],
    ['--draft', ['--draft'], 'error', 1],
    ['--rule redacted-owner=info', ['--rule', 'redacted-owner=info'], 'info', 0],
    ['--rule redacted-owner=info --draft', ['--rule', 'redacted-owner=info', '--draft'], 'info', 0],
  ])('redacted-owner with %s', async (_name, args, level, code) => {
    const run = await planlint('--config', join(dir, 'empty.json'), ...args);
    expect(run.findings.filter(([id]) => id === 'redacted-owner')).toEqual([['redacted-owner', level]]);
    expect(run.code).toBe(code);
  });

  it('sets a plugin rule’s level, and a plugin rule nobody loaded is a usage error', async () => {
    const plugin = await planlint('--config', join(dir, 'plugins.json'), '--rule', 'acme/has-task=warning');
    expect(plugin.findings.filter(([id]) => id.startsWith('acme/'))).toEqual([['acme/has-task', 'warning']]);
    const missing = await planlint('--config', join(dir, 'empty.json'), '--rule', 'acme/has-task=warning');
    expect(missing).toMatchObject({ code: 2, findings: [], stderr: 'planlint: rules.acme/has-task: unknown rule (see `planlint rules`)\n' });
  });
});
