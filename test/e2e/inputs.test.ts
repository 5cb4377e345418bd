import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanReport } from '../../src/model/plan.js';
import { LintReport, PLANS, lines, lintInProcess, planlintInProcess, removeWorkspace, workspace } from '../support/cli.js';
import { FIXTURES } from '../support/seeds.js';

/**
 * Issue 9: a run must not pass for having checked nothing (an empty or
 * renamed folder, every file ignored or unsupported, a glob that matches
 * nothing), and a directory search must not read planlint's own ledgers
 * back as plans. The CLI runs in this process (main); e2e/cli.test.ts spawns it.
 */

let dir: string;

beforeAll(() => {
  dir = workspace({
    'plans/clean.txt': PLANS.clean,
    'plans/sub/noowner.txt': PLANS.noOwner,
    'ignored/vague.txt': PLANS.vagueOwner,
    '.planlintignore': 'ignored/\n',
    'unsupported/scan.pdf': '%PDF-1.4\n',
    'unsupported/notes.rtf': '{\\rtf1 某县工作方案}',
    'empty/.keep': '',
  });
});
afterAll(() => removeWorkspace(dir));

const CLEAN_LINE = /✔|No problems|未发现问题/;

describe('a run that checked nothing', () => {
  it.each([
    ['an empty folder', 'empty', 'planlint: no files to check in empty (supported: txt, text, md, markdown, docx, doc, xlsx, xls, ods, csv, tsv, html, htm; ignored or skipped: 0)'],
    ['a folder of unsupported files', 'unsupported', 'planlint: no files to check in unsupported (supported: txt, text, md, markdown, docx, doc, xlsx, xls, ods, csv, tsv, html, htm; ignored or skipped: 0)'],
    ['a folder whose files are all ignored', 'ignored', 'planlint: no files to check in ignored (supported: txt, text, md, markdown, docx, doc, xlsx, xls, ods, csv, tsv, html, htm; ignored or skipped: 1)'],
    ['a glob that matches nothing', 'plans/**/*.docx', 'planlint: no such file or no match: plans/**/*.docx'],
    ['a renamed folder', 'plans-2021', 'planlint: no such file or no match: plans-2021'],
  ])('%s: lint says so, prints no report and exits 2', async (_what, pattern, message) => {
    for (const format of ['stylish', 'json', 'sarif']) {
      const r = await lintInProcess([pattern, '--format', format, '--lang', 'en'], { cwd: dir });
      expect([format, r.code, lines(r.stderr)]).toEqual([format, 2, [message]]);
      expect(r.stdout).toBe('');
    }
  });

  it('export of nothing writes nothing and exits 2', async () => {
    const r = await planlintInProcess(['export', 'empty', '-o', 'nothing.json', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^planlint: no files to check in empty /);
    expect(existsSync(join(dir, 'nothing.json'))).toBe(false);
    const outDir = await planlintInProcess(['export', 'plans/*.docx', '--out-dir', 'none', '--lang', 'en'], { cwd: dir });
    expect([outDir.code, existsSync(join(dir, 'none'))]).toEqual([2, false]);
  });

  it('a pattern that matches nothing beside one that does: the report, no ✔, exit 2', async () => {
    const r = await lintInProcess(['plans', 'empty', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^planlint: no files to check in empty /);
    expect(r.stdout).not.toMatch(CLEAN_LINE);
    expect(lines(r.stdout).at(-1)).toMatch(/^✖ 1 problems .* in 2 files, 4 tasks; 1 more inputs matched no file$/);
  });

  it('--no-error-on-unmatched-pattern: exit 0, and a report that says nothing was checked, not ✔', async () => {
    const r = await lintInProcess(['empty', '--no-error-on-unmatched-pattern', '--lang', 'en'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).not.toMatch(CLEAN_LINE);
    expect(lines(r.stdout).at(-1)).toBe('⚠ no files were checked');
    const json = await lintInProcess(['empty', 'plans/*.docx', '--no-error-on-unmatched-pattern', '--format', 'json'], { cwd: dir });
    expect(json.code).toBe(0);
    expect(LintReport.parse(JSON.parse(json.stdout)).summary.documents).toBe(0);
    const exported = await planlintInProcess(['export', 'empty', '--no-error-on-unmatched-pattern', '-o', 'none.json'], { cwd: dir });
    expect(exported.code).toBe(0);
    expect(PlanReport.parse(JSON.parse(readFileSync(join(dir, 'none.json'), 'utf8'))).documents).toEqual([]);
    // What matched is still checked, and its problems still count.
    expect((await lintInProcess(['plans', 'empty', '--no-error-on-unmatched-pattern'], { cwd: dir })).code).toBe(1);
  });
});

describe('planlint’s own outputs in a directory search', () => {
  it('export . --out-dir out, then export . -o all.xlsx: the ledgers are skipped with a note, the plans counted once', async () => {
    const project = workspace({ 'plans/a/实施方案.txt': PLANS.clean, 'plans/b/实施方案.txt': PLANS.noOwner, 'book.xlsx': readFileSync(join(FIXTURES, 'formats', '003.xlsx')) });
    try {
      const first = await planlintInProcess(['export', '.', '--out-dir', 'out', '--lang', 'en'], { cwd: project });
      expect([first.code, lines(first.stderr)]).toEqual([0, ['wrote 3 ledgers to out']]);
      const second = await planlintInProcess(['export', '.', '-o', 'all.xlsx', '--lang', 'en'], { cwd: project });
      expect(second.code).toBe(0);
      expect(lines(second.stderr)).toEqual([
        'planlint: skipped out/book.xlsx: a ledger written by planlint (name the file itself to check it)',
        'planlint: skipped out/plans/a/实施方案.xlsx: a ledger written by planlint (name the file itself to check it)',
        'planlint: skipped out/plans/b/实施方案.xlsx: a ledger written by planlint (name the file itself to check it)',
        'wrote all.xlsx',
      ]);
      const ledger = XLSX.read(readFileSync(join(project, 'all.xlsx')), { type: 'buffer' });
      const files = XLSX.utils.sheet_to_json<Record<string, string>>(ledger.Sheets['任务台账']).map((row) => row['文件']);
      expect([...new Set(files)]).toEqual(['book.xlsx', 'plans/a/实施方案.txt', 'plans/b/实施方案.txt']);

      // The plans' own workbook is a plan, not an output; a ledger named outright is read (it is how a clerk's edits come back).
      const named = await lintInProcess(['out/plans/b/实施方案.xlsx', 'book.xlsx', '--format', 'json'], { cwd: project });
      expect(LintReport.parse(JSON.parse(named.stdout)).documents.map((d) => [d.file, d.errors.length])).toEqual([
        ['book.xlsx', 0],
        ['out/plans/b/实施方案.xlsx', 0],
      ]);
      // A folder of nothing but planlint's ledgers has nothing to check.
      const onlyOutputs = await lintInProcess(['out', '--lang', 'en'], { cwd: project });
      expect(onlyOutputs.code).toBe(2);
      expect(lines(onlyOutputs.stderr).at(-1)).toMatch(/^planlint: no files to check in out .*ignored or skipped: 3\)$/);
      expect(readdirSync(project).sort()).toEqual(['all.xlsx', 'book.xlsx', 'out', 'plans']);
    } finally {
      removeWorkspace(project);
    }
  });
});
