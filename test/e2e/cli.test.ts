import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/color.js';
import { Config } from '../../src/model/config.js';
import { PlanReport } from '../../src/model/plan.js';
import { type CliOptions, LintReport, NO_OWNER_LINE, PLANS, ROOT, STACK_LINE, ensureBuilt, lines, lint, lintInProcess, planlint, planlintInProcess, removeWorkspace, shell, workspace } from '../support/cli.js';
import { SEEDS } from '../support/seeds.js';

/**
 * Issues 2 and 3: the command line — exit codes, every format, -o, colour, a
 * closed pipe, stdin, language, config discovery and bad configs, and the
 * rules/init/export/show commands (docs/architecture.md, "The command line").
 * Most cases run the CLI in this process (`main`); the built binary is spawned
 * where the process is the point: its exit status, a usage error without a
 * stack trace, standard input, a closed pipe, the --version shortcut.
 */

const ANSI = /\u001b\[\d+(;\d+)*m/;
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const SEED_WITH_ERRORS = `fixtures/${SEEDS[1]}.txt`;
const NO_OWNER = { zh: '没有明确责任单位或责任领导', en: 'names no owner' };

type Report = ReturnType<typeof PlanReport.parse>;
const json = (stdout: string) => JSON.parse(stdout) as Report;
const ruleIds = (doc: { diagnostics: Array<{ ruleId: string }> }) => doc.diagnostics.map((d) => d.ruleId);

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = workspace({
    'clean.txt': PLANS.clean,
    'noowner.txt': PLANS.noOwner,
    'vague.txt': PLANS.vagueOwner,
    'empty.txt': '',
  });
});
afterAll(() => removeWorkspace(dir));

/** Run in the workspace, in this process; lint runs are pinned to AS_OF, the other commands run as given. */
const run = (args: string[], options: CliOptions = {}) =>
  (['export', 'show', 'rules', 'init'].includes(args[0]) ? planlintInProcess : lintInProcess)(args, { cwd: dir, ...options });
/** The same, spawned as a user runs it: for what only the real binary shows (its exit status, its stderr, standard input). */
const spawned = (args: string[], options: CliOptions = {}) => (['export', 'show', 'rules', 'init'].includes(args[0]) ? planlint : lint)(args, { cwd: dir, ...options });

describe('exit codes', () => {
  it('0 for a clean document, with the all-clear line', () => {
    const r = spawned(['clean.txt', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No problems: 1 files, 2 tasks');
    expect(r.stderr).toBe('');
  });

  it('1 when a document has lint errors', () => {
    const r = spawned(['noowner.txt', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('noowner.txt');
    expect(r.stdout).toContain('missing-owner');
    expect(r.stdout).toMatch(/1 problems \(1 errors, 0 warnings, 0 infos\) in 1 files, 2 tasks/);
  });

  it('1 for a real plan with errors', async () => {
    const r = await planlintInProcess([SEED_WITH_ERRORS, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(json(r.stdout).documents[0].diagnostics.filter((d) => d.severity === 'error').length).toBeGreaterThan(0);
  });

  it('0 with warnings only', async () => {
    const r = await run(['vague.txt', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout).documents[0].diagnostics.map((d) => d.severity)).toEqual(['warning']);
  });

  it('2 when an input is missing, and the other files are still reported', () => {
    const r = spawned(['nope.txt', 'noowner.txt', '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['planlint: no such file or no match: nope.txt']);
    const report = json(r.stdout);
    expect(report.documents.map((d) => d.file)).toEqual(['noowner.txt']);
    expect(ruleIds(report.documents[0])).toEqual(['missing-owner']);
  });

  it('2 for usage errors, each a single line', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['noowner.txt', '--format', 'xml'], /^planlint: --format must be one of stylish, json, sarif, github, junit$/],
      [['noowner.txt', '--max-warnings', 'many'], /^planlint: --max-warnings expects a whole number$/],
      [['noowner.txt', '--as-of', '2024/01/01', '--lang', 'en'], /^planlint: --as-of expects a real day as YYYY-MM-DD \(got 2024\/01\/01\)$/],
      [['noowner.txt', '--lang', 'fr'], /^planlint: --lang must be zh or en$/],
      [['--lang', 'en'], /^planlint: no files to check \(supported: txt, /],
    ];
    for (const [args, message] of cases) {
      // English from the locale (--lang fr is itself the error); Chinese is test/cli/zh-messages.test.ts.
      const r = await run(args, { env: { LANG: 'en_US.UTF-8' } });
      expect(r.code, args.join(' ')).toBe(2);
      expect(lines(r.stderr), args.join(' ')).toHaveLength(1);
      expect(r.stderr.trim(), args.join(' ')).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });

  it('2 for an unknown option, without a stack trace', () => {
    const r = spawned(['noowner.txt', '--no-such-flag', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--no-such-flag'");
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});

describe('--max-warnings and --quiet', () => {
  it('exits 1 when warnings exceed --max-warnings, and says so', async () => {
    const r = await run(['vague.txt', '--max-warnings', '0', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('planlint: 1 warnings exceed --max-warnings 0\n');
  });

  it('exits 0 when warnings are within --max-warnings', async () => {
    expect((await run(['vague.txt', '--max-warnings', '1'])).code).toBe(0);
  });

  it('takes maxWarnings from the config when the flag is absent; the flag wins', async () => {
    const cfg = workspace({ 'planlint.config.json': '{ "maxWarnings": 0 }', 'vague.txt': PLANS.vagueOwner });
    try {
      expect((await lintInProcess(['vague.txt'], { cwd: cfg })).code).toBe(1);
      expect((await lintInProcess(['vague.txt', '--max-warnings', '5'], { cwd: cfg })).code).toBe(0);
    } finally {
      removeWorkspace(cfg);
    }
  });

  it('--quiet hides warnings but not what they do to the exit code, and does not call the run clean', async () => {
    const r = await run(['vague.txt', '--quiet', '--max-warnings', '0', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('planlint: 1 warnings exceed --max-warnings 0\n');
    expect(r.stdout).not.toContain('vague-owner');
    expect(r.stdout).not.toMatch(/✔|No problems/);
    expect(lines(r.stdout).at(-1)).toBe('⚠ No errors: 1 files, 2 tasks; --quiet hid 1 warnings and 0 infos');
    expect((await run(['vague.txt', '--quiet', '--max-warnings', '1'])).code).toBe(0);
    expect((await run(['vague.txt', '--quiet', '--max-warnings', '0', '--format', 'json'])).code).toBe(1);
  });

  it('--quiet reports errors only', async () => {
    const r = await run(['noowner.txt', 'vague.txt', '--quiet', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    expect(report.documents.flatMap((d) => d.diagnostics.map((x) => x.severity))).toEqual(['error']);
    expect(report.summary.warnings).toBe(0);
    const text = await run(['vague.txt', '--quiet', '--lang', 'en']);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toContain('vague-owner');
  });
});

describe('formats', () => {
  it('json: the schemaVersion 1 report without tasks, valid against PlanReport', async () => {
    const r = await run(['noowner.txt', 'clean.txt', 'vague.txt', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = LintReport.parse(JSON.parse(r.stdout));
    expect(report.schemaVersion).toBe(1);
    expect(report.generator).toBe(`planlint ${VERSION}`);
    expect(report.documents.map((d) => d.file)).toEqual(['clean.txt', 'noowner.txt', 'vague.txt']);
    for (const doc of report.documents) expect(doc).not.toHaveProperty('tasks');
    expect(report.summary).toEqual({ documents: 3, tasks: 6, errors: 1, warnings: 1, infos: 0 });
    const missing = report.documents[1].diagnostics[0];
    expect(missing).toMatchObject({ ruleId: 'missing-owner', severity: 'error', loc: { line: NO_OWNER_LINE } });
    expect(missing.message).toContain(NO_OWNER.zh);
  });

  it('json --with-tasks validates against PlanReport with the tasks', async () => {
    const r = await run(['noowner.txt', '--format', 'json', '--with-tasks']);
    const report = PlanReport.parse(JSON.parse(r.stdout));
    expect(report.documents[0].tasks.map((t) => t.title)).toEqual(['建成村级综合文化服务中心', '开展文化下乡演出']);
    expect(report.documents[0].diagnostics[0].taskId).toBe(report.documents[0].tasks[0].id);
  });

  it('sarif: a SARIF 2.1.0 log (validated against the schema in test/report/sarif.test.ts)', async () => {
    const r = await run(['noowner.txt', '--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['missing-owner']);
  });

  it('github: one workflow command per finding and per unreadable file', async () => {
    const r = await run(['noowner.txt', 'vague.txt', 'clean.txt', 'empty.txt', '--format', 'github', '--lang', 'en']);
    expect(r.code).toBe(2);
    const out = lines(r.stdout);
    expect(out).toHaveLength(3);
    for (const line of out) expect(line).toMatch(/^::(error|warning|notice) file=[^,:]+(,line=\d+(,col=\d+)?)?,title=planlint[^:]*::\S.*$/);
    expect(out).toContain('::error file=empty.txt,title=planlint::the file is empty');
    expect(out.find((l) => l.includes('file=noowner.txt'))).toMatch(new RegExp(`^::error file=noowner\\.txt,line=${NO_OWNER_LINE},col=1,title=planlint missing-owner::Task .*names no owner`));
    expect(out.find((l) => l.includes('file=vague.txt'))).toMatch(/^::warning file=vague\.txt,line=\d+,col=\d+,title=planlint vague-owner::/);
  });

  it('github: a seed’s annotations match its diagnostics', async () => {
    const report = json((await planlintInProcess([SEED_WITH_ERRORS, '--format', 'json'])).stdout);
    const out = lines((await planlintInProcess([SEED_WITH_ERRORS, '--format', 'github'])).stdout);
    const command = { error: 'error', warning: 'warning', info: 'notice' } as const;
    expect(out.map((l) => l.slice(2, l.indexOf(' ')))).toEqual(report.documents[0].diagnostics.map((d) => command[d.severity]));
    for (const line of out) expect(line).toMatch(/^::(error|warning|notice) file=fixtures\/001_5fd3a691959281b4\.txt,line=\d+/);
  });

  it('junit: well-formed XML, one testsuite per file, failures counted', async () => {
    const r = await run(['noowner.txt', 'clean.txt', 'vague.txt', 'empty.txt', '--format', 'junit']);
    expect(r.code).toBe(2);
    const suites: Array<Record<string, string>> = [];
    const failures: string[] = [];
    let root = '';
    const parser = new SaxesParser();
    parser.on('opentag', (tag) => {
      if (!root) root = tag.name;
      if (tag.name === 'testsuite') suites.push(tag.attributes as Record<string, string>);
      if (tag.name === 'failure') failures.push((tag.attributes as Record<string, string>).type);
    });
    parser.write(r.stdout).close(); // throws on malformed XML
    expect(root).toBe('testsuites');
    expect(suites.map((s) => [s.name, s.failures, s.errors])).toEqual([
      ['clean.txt', '0', '0'],
      ['empty.txt', '0', '1'],
      ['noowner.txt', '1', '0'],
      ['vague.txt', '1', '0'],
    ]);
    expect(failures.sort()).toEqual(['error', 'warning']);
  });

  it('stylish: each file with problems, its table and the summary', async () => {
    const r = await run(['noowner.txt', 'clean.txt', '--lang', 'en']);
    expect(r.stdout).toContain('noowner.txt');
    expect(r.stdout).not.toContain('clean.txt');
    expect(r.stdout).toMatch(/│ Location\s+│ Severity\s+│ Task\s+│ Problem\s+│ Rule\s+│/);
    expect(r.stdout).toContain(`│ ${NO_OWNER_LINE}:1 `);
  });

  it('stylish: Chinese messages wrap inside the table without losing a character', async () => {
    const seed = `fixtures/${SEEDS[3]}.txt`;
    const diagnostics = json((await planlintInProcess([seed, '--format', 'json'])).stdout).documents[0].diagnostics;
    expect(diagnostics.length).toBeGreaterThan(3);
    const table = (await planlintInProcess([seed])).stdout;
    const squeeze = (text: string) => text.replace(/\s/g, '');
    expect(tableColumn(table, 3).map(squeeze)).toEqual(diagnostics.map((d) => squeeze(d.message)));
    expect(tableColumn(table, 4)).toEqual(diagnostics.map((d) => d.ruleId));
    expect(tableColumn(table, 1)).toEqual(diagnostics.map((d) => ({ error: '错误', warning: '警告', info: '提示' })[d.severity]));
  });
});

/** The text of column `k` of each body row of a boxed table (header row left out), its wrapped lines joined. */
function tableColumn(table: string, k: number): string[] {
  const rows: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines(table)) {
    if (/^[┌├└]/.test(line)) {
      if (current) rows.push(current);
      current = line.startsWith('└') ? null : [];
    } else if (line.startsWith('│') && current) {
      current.push(line.split('│')[k + 1].trim());
    }
  }
  return rows.slice(1).map((cell) => cell.filter(Boolean).join(' '));
}

describe('--output-file', () => {
  it('writes the report to the file, prints nothing, and keeps the exit code', async () => {
    const out = join(dir, 'reports', 'lint.json');
    const r = await run(['noowner.txt', '--format', 'json', '-o', 'reports/lint.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    expect(ruleIds(json(readFileSync(out, 'utf8')).documents[0])).toEqual(['missing-owner']);
    expect(readdirSync(join(dir, 'reports'))).toEqual(['lint.json']);
  });

  it('exit codes 0 and 2 are unchanged by -o, and the file-level problem is said on stderr', async () => {
    expect((await run(['clean.txt', '--output-file', 'reports/clean.txt'])).code).toBe(0);
    const r = await run(['clean.txt', 'empty.txt', 'missing.txt', '-o', 'reports/broken.txt', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr).sort()).toEqual(['empty.txt: could not be processed: the file is empty', 'planlint: no such file or no match: missing.txt']);
    expect(readFileSync(join(dir, 'reports', 'broken.txt'), 'utf8')).toContain('the file is empty');
  });

  it('replaces an existing report whole, leaves no temp file, and has no colour', async () => {
    writeFileSync(join(dir, 'old-report.txt'), 'old contents '.repeat(1000));
    const r = await run(['noowner.txt', '-o', 'old-report.txt', '--lang', 'en'], { env: { FORCE_COLOR: '1' } });
    expect(r.code).toBe(1);
    const text = readFileSync(join(dir, 'old-report.txt'), 'utf8');
    expect(text).not.toContain('old contents');
    expect(text).toContain('missing-owner');
    expect(text).not.toMatch(ANSI);
    expect(readdirSync(dir).filter((f) => f.startsWith('.planlint-tmp'))).toEqual([]);
  });
});

describe('colour', () => {
  const colourOf = async (args: string[], env: Record<string, string> = {}) => ANSI.test((await run(['noowner.txt', ...args], { env })).stdout);

  it('follows FORCE_COLOR, NO_COLOR, --color and --no-color; a pipe gets none', async () => {
    expect(await colourOf([])).toBe(false);
    expect(await colourOf([], { FORCE_COLOR: '1' })).toBe(true);
    expect(await colourOf([], { FORCE_COLOR: '0' })).toBe(false);
    expect(await colourOf([], { NO_COLOR: '1' })).toBe(false);
    expect(await colourOf([], { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(await colourOf(['--color'])).toBe(true);
    expect(await colourOf(['--color'], { NO_COLOR: '1' })).toBe(true);
    expect(await colourOf(['--no-color'], { FORCE_COLOR: '1' })).toBe(false);
  });

  it('machine formats never carry colour', async () => {
    for (const format of ['json', 'sarif', 'github', 'junit']) expect(await colourOf(['--format', format], { FORCE_COLOR: '1' }), format).toBe(false);
  });

  it('a terminal gets colour unless NO_COLOR says otherwise', async () => {
    expect(useColor(undefined, true, {})).toBe(true);
    expect(useColor(undefined, true, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(undefined, true, { NO_COLOR: '' })).toBe(true);
    expect(useColor(undefined, false, {})).toBe(false);
  });
});

describe('a closed pipe', () => {
  it('ends quietly when the reader stops early (json)', async () => {
    const r = shell(`node "${join(ROOT, 'bin', 'planlint.js')}" fixtures/corpus --format json --with-tasks | head -c 10`, { cwd: ROOT });
    expect(r.stdout).toBe('{\n  "schem');
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('ends quietly when the reader stops early (stylish)', async () => {
    const r = shell(`node "${join(ROOT, 'bin', 'planlint.js')}" fixtures/corpus | head -n 2`, { cwd: ROOT });
    expect(lines(r.stdout)).toHaveLength(2);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});

describe('--stdin', () => {
  it('lints plain text from standard input', async () => {
    const r = spawned(['--stdin', '--format', 'json'], { input: PLANS.noOwner });
    expect(r.code).toBe(1);
    const doc = json(r.stdout).documents[0];
    expect(doc).toMatchObject({ file: '<stdin>.txt', format: 'text' });
    expect(ruleIds(doc)).toEqual(['missing-owner']);
    expect((await run(['--stdin'], { input: PLANS.clean })).code).toBe(0);
  });

  it('--stdin-filename decides the format and names the file', async () => {
    const markdown = ['# 某县工作方案', '', '## 二、重点任务', '', '| 序号 | 任务 | 责任单位 | 完成时限 |', '| --- | --- | --- | --- |', '| 1 | 建成文化中心 |  | 2021年6月底前 |', '| 2 | 开展演出 | 县文化馆 | 2021年12月底前 |', ''].join('\n');
    const r = await run(['--stdin', '--stdin-filename', 'plan.md', '--format', 'json', '--with-tasks'], { input: markdown });
    expect(r.code).toBe(1);
    const doc = json(r.stdout).documents[0];
    expect(doc).toMatchObject({ file: 'plan.md', format: 'markdown' });
    expect(doc.tasks.map((t) => t.owners.units)).toEqual([[], ['县文化馆']]);
    expect(ruleIds(doc)).toEqual(['missing-owner']);
  });

  it('an empty standard input is a file-level error, exit 2', async () => {
    const r = await run(['--stdin', '--format', 'json', '--lang', 'en'], { input: '' });
    expect(r.code).toBe(2);
    expect(json(r.stdout).documents[0].errors[0].code).toBe('empty');
    expect(r.stderr).toMatch(/^<stdin>\.txt: could not be processed: /);
  });
});

describe('language', () => {
  const message = async (args: string[], env: Record<string, string> = {}, cwd = dir) => json((await lintInProcess(['noowner.txt', '--format', 'json', ...args], { cwd, env })).stdout).documents[0].diagnostics[0].message;

  it('--lang en and --lang zh', async () => {
    expect(await message(['--lang', 'en'])).toContain(NO_OWNER.en);
    expect(await message(['--lang', 'zh'])).toContain(NO_OWNER.zh);
  });

  it('defaults from LC_ALL, then LANG, then zh', async () => {
    expect(await message([], { LANG: 'en_US.UTF-8' })).toContain(NO_OWNER.en);
    expect(await message([], { LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' })).toContain(NO_OWNER.zh);
    expect(await message([], { LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' })).toContain(NO_OWNER.en);
    expect(await message([], { LANG: 'C.UTF-8' })).toContain(NO_OWNER.zh);
    expect(await message([])).toContain(NO_OWNER.zh);
    expect(await message(['--lang', 'zh'], { LANG: 'en_US.UTF-8' })).toContain(NO_OWNER.zh);
  });

  it('the stylish table and CLI messages follow the language too', async () => {
    expect((await run(['noowner.txt', '--lang', 'zh'])).stdout).toMatch(/│ 位置\s+│ 级别\s+│ 任务\s+│ 问题\s+│ 规则\s+│/);
    expect((await run(['nope.txt', '--lang', 'zh'])).stderr).toBe('planlint: 找不到文件：nope.txt\n');
  });

  it('a config file’s lang is used when --lang is not given', async () => {
    const cfg = workspace({ 'planlint.config.json': '{ "lang": "en" }', 'noowner.txt': PLANS.noOwner });
    try {
      expect(await message([], {}, cfg)).toContain(NO_OWNER.en);
      expect(await message(['--lang', 'zh'], {}, cfg)).toContain(NO_OWNER.zh);
    } finally {
      removeWorkspace(cfg);
    }
  });
});

describe('config discovery', () => {
  let cfg: string;
  beforeAll(() => {
    cfg = workspace();
  });
  afterAll(() => removeWorkspace(cfg));

  /** A fresh project folder inside cfg with these files, and noowner.txt in sub/deeper. */
  let count = 0;
  function project(files: Record<string, string>): { root: string; deep: string } {
    const root = join(cfg, `project${count++}`);
    for (const [file, content] of Object.entries({ ...files, 'sub/deeper/noowner.txt': PLANS.noOwner })) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), content);
    }
    return { root, deep: join(root, 'sub', 'deeper') };
  }
  const lintIn = (cwd: string, args: string[] = []) => lintInProcess(['noowner.txt', '--format', 'json', '--lang', 'en', ...args], { cwd });
  const severities = (stdout: string) => json(stdout).documents[0].diagnostics.filter((d) => d.ruleId === 'missing-owner').map((d) => d.severity);

  it('planlint.config.json found upward from a subdirectory turns missing-owner off', async () => {
    const { deep } = project({ 'planlint.config.json': '{ "rules": { "missing-owner": "off" } }' });
    const r = await lintIn(deep);
    expect(r.code).toBe(0);
    expect(severities(r.stdout)).toEqual([]);
  });

  it('.planlintrc.json is found too', async () => {
    const { deep } = project({ '.planlintrc.json': '{ "rules": { "missing-owner": "warning" } }' });
    const r = await lintIn(deep);
    expect(r.code).toBe(0);
    expect(severities(r.stdout)).toEqual(['warning']);
  });

  it('"planlint" in package.json is found; a package.json without it is passed over', async () => {
    const { deep } = project({
      'package.json': JSON.stringify({ name: 'plans', planlint: { rules: { 'missing-owner': 'info' } } }),
      'sub/package.json': JSON.stringify({ name: 'inner' }),
    });
    const r = await lintIn(deep);
    expect(r.code).toBe(0);
    expect(severities(r.stdout)).toEqual(['info']);
  });

  it('in one folder planlint.config.json comes first; the nearest folder wins', async () => {
    const { root, deep } = project({
      'planlint.config.json': '{ "rules": { "missing-owner": "off" } }',
      '.planlintrc.json': '{ "rules": { "missing-owner": "warning" } }',
      'sub/.planlintrc.json': '{ "rules": { "missing-owner": "info" } }',
    });
    expect(severities((await lintIn(root, ['sub/deeper/noowner.txt'])).stdout)).toEqual([]);
    expect(severities((await lintIn(deep)).stdout)).toEqual(['info']);
  });

  it('--config names the file; --rule overrides it', async () => {
    const { root, deep } = project({ 'elsewhere.json': '{ "rules": { "missing-owner": "off" } }' });
    expect((await lintIn(deep)).code).toBe(1);
    expect((await lintIn(deep, ['--config', join(root, 'elsewhere.json')])).code).toBe(0);
    const r = await lintIn(deep, ['--config', join(root, 'elsewhere.json'), '--rule', 'missing-owner=error']);
    expect(r.code).toBe(1);
    expect(severities(r.stdout)).toEqual(['error']);
  });

  it('ignorePatterns and .planlintignore leave files out of a directory search', async () => {
    const { root } = project({ 'planlint.config.json': '{ "ignorePatterns": ["sub/"] }', 'top/clean.txt': PLANS.clean, 'top/vague.txt': PLANS.vagueOwner, '.planlintignore': 'top/vague.txt\n' });
    const r = await lintInProcess(['.', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(0);
    expect(json(r.stdout).documents.map((d) => d.file)).toEqual(['top/clean.txt']);
  });

  it('a bad config is exit 2 with one line naming the file and the bad key', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['planlint.config.json', '{ "rulez": {} }', /planlint\.config\.json: unknown key "rulez" \(allowed: .*\brules\b.*\)$/],
      ['planlint.config.json', '{ "rules": { "missing-owner": "loud" } }', /planlint\.config\.json: rules\.missing-owner: expected one of off, info, warning, error/],
      ['planlint.config.json', '{ "rules": { "no-such-rule": "off" } }', /planlint\.config\.json: rules\.no-such-rule: unknown rule/],
      ['planlint.config.json', '{ "extends": "eslint:recommended" }', /planlint\.config\.json: extends: expected planlint:recommended, planlint:strict or planlint:draft$/],
      ['planlint.config.json', '{ "lang": "fr" }', /planlint\.config\.json: lang: .*"zh".*"en"/],
      ['.planlintrc.json', '{ "rules": ', /\.planlintrc\.json: not valid JSON/],
      ['package.json', '{ "planlint": { "maxWarnings": "ten" } }', /package\.json: maxWarnings: /],
    ];
    for (const [file, content, message] of cases) {
      const { root, deep } = project({ [file]: content });
      const r = await lintIn(deep);
      expect(r.code, content).toBe(2);
      expect(r.stdout, content).toBe('');
      expect(lines(r.stderr), content).toHaveLength(1);
      expect(r.stderr, content).toMatch(/^planlint: /);
      expect(r.stderr, content).toContain(join(root, file));
      expect(r.stderr.trim(), content).toMatch(message);
      expect(r.stderr, content).not.toMatch(STACK_LINE);
    }
  });

  it('--config naming a missing file is exit 2', async () => {
    const r = await run(['noowner.txt', '--config', 'absent.json', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`planlint: ${join(dir, 'absent.json')}: cannot read the config file\n`);
  });
});

describe('--max-file-size', () => {
  it('refuses a file above the limit, naming both sizes, and reads one below it (lint and export)', async () => {
    const size = Buffer.byteLength(PLANS.noOwner);
    const below = ((size - 64) / 1024 / 1024).toString();
    const above = ((size + 64) / 1024 / 1024).toString();
    const refused = await run(['noowner.txt', '--max-file-size', below, '--format', 'json', '--lang', 'en']);
    expect(refused.code).toBe(2);
    expect(json(refused.stdout).documents[0].errors).toEqual([{ code: 'too-large', message: expect.stringMatching(/^file is \d\.\d KB, above the \d\.\d KB limit \(--max-file-size\)$/) }]);
    expect(refused.stderr).toMatch(/^noowner\.txt: could not be processed: file is /);
    const read = await run(['noowner.txt', '--max-file-size', above, '--format', 'json']);
    expect(read.code).toBe(1);
    expect(ruleIds(json(read.stdout).documents[0])).toEqual(['missing-owner']);
    expect((await run(['export', 'noowner.txt', '--max-file-size', below])).code).toBe(2);
    expect((await run(['export', 'noowner.txt', '--max-file-size', above])).code).toBe(0);
  });
});

describe('arguments that were silently accepted', () => {
  it('--as-of must be a day that exists (lint and export)', async () => {
    for (const day of ['2025-13-01', '2025-02-30', '2025-00-10']) {
      for (const command of [[], ['export']]) {
        const r = await planlintInProcess([...command, 'noowner.txt', '--as-of', day, '--lang', 'en'], { cwd: dir });
        expect([day, r.code, r.stderr]).toEqual([day, 2, `planlint: --as-of expects a real day as YYYY-MM-DD (got ${day})\n`]);
      }
    }
    expect((await run(['noowner.txt', '--as-of', '2024-02-29'])).code).toBe(1);
  });

  it('--stdin with files named too is a usage error, not a file silently ignored', async () => {
    const r = await run(['--stdin', 'noowner.txt', '--lang', 'en'], { input: PLANS.clean });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('planlint: --stdin reads the document from standard input; do not name files as well (noowner.txt)\n');
    const alone = await run(['noowner.txt', '--stdin-filename', 'plan.md', '--lang', 'en']);
    expect([alone.code, alone.stderr]).toEqual([2, 'planlint: --stdin-filename applies only with --stdin\n']);
  });

  it('rule options a rule does not take are refused, in the config’s language', async () => {
    const cfg = workspace({ 'planlint.config.json': '{ "rules": { "missing-owner": ["error", { "ignoreUnits": true }] } }', 'noowner.txt': PLANS.noOwner });
    try {
      const en = await lintInProcess(['noowner.txt', '--lang', 'en'], { cwd: cfg });
      expect(en.code).toBe(2);
      expect(en.stderr).toBe(`planlint: ${join(cfg, 'planlint.config.json')}: rules.missing-owner: no option "ignoreUnits" (this rule’s options: none)\n`);
      const zh = await lintInProcess(['noowner.txt'], { cwd: cfg });
      expect(zh.stderr).toBe(`planlint: ${join(cfg, 'planlint.config.json')}: rules.missing-owner：没有选项 "ignoreUnits"（此规则的选项：无）\n`);
    } finally {
      removeWorkspace(cfg);
    }
  });

  it('"warn", ESLint’s name for a warning, is accepted in the config and in --rule', async () => {
    const cfg = workspace({ 'planlint.config.json': '{ "rules": { "missing-owner": "warn", "vague-owner": ["warn", {}] } }', 'noowner.txt': PLANS.noOwner, 'vague.txt': PLANS.vagueOwner });
    try {
      const r = await lintInProcess(['noowner.txt', 'vague.txt', '--format', 'json'], { cwd: cfg });
      expect(r.code).toBe(0);
      expect(json(r.stdout).documents.flatMap((d) => d.diagnostics.map((x) => [x.ruleId, x.severity]))).toEqual([
        ['missing-owner', 'warning'],
        ['vague-owner', 'warning'],
      ]);
    } finally {
      removeWorkspace(cfg);
    }
    const flag = await run(['noowner.txt', '--rule', 'missing-owner=warn', '--format', 'json']);
    expect(flag.code).toBe(0);
    expect(json(flag.stdout).documents[0].diagnostics.map((d) => d.severity)).toEqual(['warning']);
  });

  it('a misspelt rule id in a disable comment is reported as a rule that does not exist, and silences nothing', async () => {
    const text = PLANS.noOwner.replace('（一）建成', 'planlint-disable-next-line missing-ownr\n（一）建成');
    const r = await run(['--stdin', '--format', 'json', '--lang', 'en'], { input: text });
    expect(r.code).toBe(1);
    expect(json(r.stdout).documents[0].diagnostics.map((d) => [d.ruleId, d.severity, d.message])).toEqual([
      ['unknown-rule-in-directive', 'warning', 'planlint-disable-next-line names rule missing-ownr, which does not exist (see planlint rules): it silences nothing'],
      ['missing-owner', 'error', expect.stringContaining(NO_OWNER.en)],
    ]);
  });
});

describe('--rule', () => {
  it('id=off, id=warning and id=error', async () => {
    expect((await run(['noowner.txt', '--rule', 'missing-owner=off'])).code).toBe(0);
    const warning = await run(['noowner.txt', '--rule', 'missing-owner=warning', '--format', 'json']);
    expect(warning.code).toBe(0);
    expect(json(warning.stdout).documents[0].diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['missing-owner', 'warning']]);
    const raised = await run(['vague.txt', '--rule', 'vague-owner=error', '--format', 'json']);
    expect(raised.code).toBe(1);
    expect(json(raised.stdout).documents[0].diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['vague-owner', 'error']]);
  });

  it('is repeatable', async () => {
    const r = await run(['noowner.txt', 'vague.txt', '--rule', 'missing-owner=off', '--rule', 'vague-owner=off', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout).summary).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('rejects an unknown rule, a bad level and a missing level with exit 2', async () => {
    for (const [value, message] of [
      ['no-such-rule=off', 'planlint: --rule no-such-rule: unknown rule (see `planlint rules`)'],
      ['missing-owner=loud', 'planlint: --rule missing-owner=loud: level must be one of off, info, warning, error (warn = warning)'],
      ['missing-owner', 'planlint: --rule expects id=level, got "missing-owner"'],
    ]) {
      const r = await run(['noowner.txt', '--rule', value, '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`${message}\n`);
    }
  });
});

describe('planlint rules', () => {
  it('--format md prints a Markdown table with every rule', async () => {
    const rules = JSON.parse((await planlintInProcess(['rules', '--format', 'json'])).stdout) as Array<{ id: string; severity: string; docs: { zh: string; en: string } }>;
    expect(rules.map((r) => r.id)).toContain('missing-owner');
    const r = await planlintInProcess(['rules', '--format', 'md']);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out[0]).toBe('| rule | default | 说明 | description |');
    expect(out[1]).toBe('| --- | --- | --- | --- |');
    expect(out.slice(2)).toEqual(rules.map((rule) => `| \`${rule.id}\` | ${rule.severity} | ${rule.docs.zh} | ${rule.docs.en} |`));
    for (const rule of rules) expect(['error', 'warning', 'info']).toContain(rule.severity);
  });

  it('the text listing follows --lang', async () => {
    const en = (await planlintInProcess(['rules', '--lang', 'en'])).stdout;
    const zh = (await planlintInProcess(['rules', '--lang', 'zh'])).stdout;
    expect(en).toMatch(/^missing-owner\s+error\s+No owner/m);
    expect(zh).toMatch(/^missing-owner\s+error\s+任务无责任单位/m);
    expect((await planlintInProcess(['rules', '--format', 'yaml'])).code).toBe(2);
  });
});

describe('planlint init', () => {
  it('writes a starter config that validates and is used, and never overwrites one', async () => {
    const project = workspace({ 'noowner.txt': PLANS.noOwner });
    try {
      const first = await planlintInProcess(['init', '--lang', 'en'], { cwd: project });
      expect(first.code).toBe(0);
      expect(first.stderr).toBe('created planlint.config.json\n');
      const file = join(project, 'planlint.config.json');
      const written = readFileSync(file, 'utf8');
      expect(Config.safeParse(JSON.parse(written)).success).toBe(true);
      // The written config is the one the next lint uses.
      writeFileSync(file, JSON.stringify({ ...JSON.parse(written), rules: { 'missing-owner': 'off' } }));
      expect((await lintInProcess(['noowner.txt'], { cwd: project })).code).toBe(0);
      const customised = readFileSync(file, 'utf8');
      const second = await planlintInProcess(['init', '--lang', 'en'], { cwd: project });
      expect(second.code).toBe(2);
      expect(second.stderr).toBe('planlint.config.json exists; not overwritten\n');
      expect(readFileSync(file, 'utf8')).toBe(customised);
      expect(readdirSync(project).sort()).toEqual(['noowner.txt', 'planlint.config.json']);
    } finally {
      removeWorkspace(project);
    }
  });
});

describe('planlint export', () => {
  it('--format json -o - prints schemaVersion 1 with the tasks, valid against PlanReport', async () => {
    const r = await planlintInProcess(['export', `fixtures/${SEEDS[3]}.txt`, join(dir, 'noowner.txt'), '--format', 'json', '-o', '-']);
    expect(r.code).toBe(0);
    const report = PlanReport.parse(JSON.parse(r.stdout));
    expect(report.schemaVersion).toBe(1);
    expect(report.generator).toBe(`planlint ${VERSION}`);
    expect(report.documents).toHaveLength(2);
    const seed = report.documents.find((d) => d.file === `fixtures/${SEEDS[3]}.txt`)!;
    expect(seed.tasks.length).toBeGreaterThan(20);
    expect(seed.meta.title).toBeTruthy();
    const crafted = report.documents.find((d) => d.file.endsWith('noowner.txt'))!;
    expect(crafted.tasks.map((t) => [t.title, t.owners.units])).toEqual([
      ['建成村级综合文化服务中心', []],
      ['开展文化下乡演出', ['县文化馆']],
    ]);
    expect(report.summary.tasks).toBe(seed.tasks.length + 2);
  });

  it('includes the same diagnostics lint reports', async () => {
    const seed = `fixtures/${SEEDS[1]}.txt`;
    const exported = PlanReport.parse(JSON.parse((await planlintInProcess(['export', seed, '-o', '-'])).stdout));
    const linted = LintReport.parse(JSON.parse((await planlintInProcess([seed, '--format', 'json'])).stdout));
    expect(exported.documents[0].diagnostics.length).toBeGreaterThan(0);
    expect(exported.documents[0].diagnostics).toEqual(linted.documents[0].diagnostics);
    expect(exported.summary).toEqual(linted.summary);
  });

  it('-o FILE writes the file atomically and says where', async () => {
    const r = await run(['export', 'noowner.txt', '-o', 'export/plans.json', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('wrote export/plans.json\n');
    expect(PlanReport.parse(JSON.parse(readFileSync(join(dir, 'export', 'plans.json'), 'utf8'))).documents[0].tasks).toHaveLength(2);
    expect(readdirSync(join(dir, 'export'))).toEqual(['plans.json']);
  });

  it('refuses to overwrite an input, and reports unreadable inputs with exit 2', async () => {
    const same = await run(['export', 'noowner.txt', '-o', 'noowner.txt']);
    expect(same.code).toBe(2);
    expect(readFileSync(join(dir, 'noowner.txt'), 'utf8')).toBe(PLANS.noOwner);
    const bad = await run(['export', 'noowner.txt', 'empty.txt', '-o', '-', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('empty.txt: could not be processed: the file is empty\n');
    expect(json(bad.stdout).documents.map((d) => [d.file, d.errors.length])).toEqual([
      ['empty.txt', 1],
      ['noowner.txt', 0],
    ]);
  });
});

describe('planlint show', () => {
  it('prints a seed’s meta and its tasks as a table, every character of each task kept', async () => {
    const seed = `fixtures/${SEEDS[4]}.txt`;
    const report = PlanReport.parse(JSON.parse((await planlintInProcess(['export', seed])).stdout));
    const r = await planlintInProcess(['show', seed]);
    expect(r.code).toBe(0);
    const doc = report.documents[0];
    expect(lines(r.stdout)[0]).toContain(doc.meta.docNumber!);
    expect(r.stdout).toMatch(/│ 序号\s+│ 任务\s+│ 责任领导\s+│ 责任单位\s+│ 配合单位\s+│ 完成时限\s+│ 量化指标\s+│/);
    const squeeze = (text: string) => text.replace(/\s/g, '');
    expect(tableColumn(r.stdout, 1).map(squeeze)).toEqual(doc.tasks.map((t) => squeeze(t.title || t.text.slice(0, 60))));
    expect(tableColumn(r.stdout, 0)).toEqual(doc.tasks.map((t) => t.number));
  });

  it('a missing file is exit 2 with one line', async () => {
    const r = await run(['show', 'nope.txt', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('nope.txt: could not be processed: no such file\n');
  });

  it('--version prints the version', () => {
    const r = planlint(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(VERSION);
    expect(existsSync(join(ROOT, 'dist', 'cli', 'planlint.mjs'))).toBe(true);
  });
});
