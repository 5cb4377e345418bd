import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanReport } from '../../src/model/plan.js';
import { customProperties } from '../../src/read/provenance.js';
import { GENERATOR } from '../../src/version.js';
import { BIN, PLANS, ROOT, ensureBuilt, lines, planlint, planlintInProcess, removeWorkspace, workspace } from '../support/cli.js';
import { FIXTURES, SEEDS } from '../support/seeds.js';
import { elements, openPackage } from '../support/xlsx.js';

/**
 * Issue 5: `planlint export` as a user runs it — one ledger or one per
 * input, sheet and file names made safe, failures listed, JSON lines
 * streamed, outputs that appear only when complete. Batches, streaming and
 * interruption run the built CLI on its real worker threads; the rest run it
 * in this process (test/run/pool.test.ts holds the two ways to the same outcomes).
 */

const INJECTED_PLAN = `某县文化工作方案

二、重点任务

（一）=HYPERLINK("http://evil.example","点我")建成村级综合文化服务中心12个。
责任单位：[综合]科:*?
完成时限：2021年6月底前

（二）@SUM(1+1)开展文化下乡演出。
责任单位：+cmd|calc!A0
完成时限：2021年12月底前

（三）-2+3组织文艺培训。
责任单位：县文化馆\\档案馆
完成时限：2021年12月底前

某县人民政府
2021年3月1日
`;

const read = (path: string) => XLSX.read(readFileSync(path), { type: 'buffer', cellDates: true, dense: true });
const rows = (path: string, sheet: string) => XLSX.utils.sheet_to_json<Record<string, unknown>>(read(path).Sheets[sheet], { defval: '' });
const json = (stdout: string) => PlanReport.parse(JSON.parse(stdout));
const essentials = (report: ReturnType<typeof json>) =>
  report.documents.flatMap((d) => d.tasks.map((t) => ({ owners: t.owners, end: t.deadline?.end ?? null, targets: t.targets.map((g) => [g.value, g.unit]) })));

let dir: string;
/** `planlint export …args` in this process; `spawned`, the built CLI on its worker threads. */
const run = (args: string[], env: Record<string, string> = {}, cwd = dir) => planlintInProcess(['export', ...args], { cwd, env });
const spawned = (args: string[], env: Record<string, string> = {}, cwd = dir) => planlint(['export', ...args], { cwd, env });

beforeAll(() => {
  ensureBuilt();
  dir = workspace({
    'plans/clean.txt': PLANS.clean,
    'plans/noowner.txt': PLANS.noOwner,
    'plans/injected.txt': INJECTED_PLAN,
    'bad/empty.txt': '',
    'x.txt': PLANS.vagueOwner,
    'run/a[1]:*?.txt': PLANS.clean,
    'run/..plan.txt': PLANS.noOwner,
  });
});
afterAll(() => removeWorkspace(dir));

describe('one ledger for all inputs', () => {
  it('writes 任务台账, 问题清单 and 汇总 with a 文件 column, and says where', async () => {
    const r = await run(['plans/clean.txt', 'plans/noowner.txt', '-o', 'out/ledger.xlsx', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('wrote out/ledger.xlsx\n');
    expect(readdirSync(join(dir, 'out'))).toEqual(['ledger.xlsx']);
    const path = join(dir, 'out', 'ledger.xlsx');
    expect(read(path).SheetNames).toEqual(['任务台账', '问题清单', '汇总', '文档']);
    expect(rows(path, '任务台账').map((r) => [r['文件'], r['序号'], r['层级/路径'], r['牵头单位'], r['完成时限']])).toEqual([
      ['plans/clean.txt', 1, '二、重点任务 > 一', '县文化局', '2021年6月底前'],
      ['plans/clean.txt', 2, '二、重点任务 > 二', '县文化馆', '2021年12月底前'],
      ['plans/noowner.txt', 3, '二、重点任务 > 一', '', '2021年6月底前'],
      ['plans/noowner.txt', 4, '二、重点任务 > 二', '县文化馆', '2021年12月底前'],
    ]);
    expect(rows(path, '问题清单').map((r) => [r['文件'], r['序号'], r['规则']])).toEqual([['plans/noowner.txt', 3, 'missing-owner']]);
    expect(rows(path, '文档').map((r) => [r['文件'], r['任务数'], r['问题数']])).toEqual([
      ['plans/clean.txt', 2, 0],
      ['plans/noowner.txt', 2, 1],
    ]);
    expect(rows(path, '任务台账')[2]['问题']).toMatch(/^error：Task “建成村级综合文化服务中心” names no owner/);
  });

  it('reads back as the same tasks as the inputs', async () => {
    const inputs = json((await run(['plans/clean.txt', 'plans/noowner.txt', 'plans/injected.txt'])).stdout);
    expect((await run(['plans', '-o', 'back/ledger.xlsx'])).code).toBe(0);
    const back = json((await run(['back/ledger.xlsx'])).stdout);
    expect(back.documents).toHaveLength(1);
    expect(essentials(back)).toEqual(essentials(inputs));
  });

  it('keeps formula-like text as text: no <f> anywhere, the words read back unchanged', async () => {
    expect((await run(['plans/injected.txt', '-o', 'inj/ledger.xlsx'])).code).toBe(0);
    const bytes = readFileSync(join(dir, 'inj', 'ledger.xlsx'));
    for (const xml of Object.values(openPackage(bytes).files)) expect(xml).not.toMatch(/<f[\s>/]/);
    const ledger = rows(join(dir, 'inj', 'ledger.xlsx'), '任务台账');
    expect(ledger.map((r) => String(r['任务']).split('\n').slice(0, 2))).toEqual([
      ['（一）=HYPERLINK("http://evil.example","点我")建成村级综合文化服务中心12个。', '责任单位：[综合]科:*?'],
      ['（二）@SUM(1+1)开展文化下乡演出。', '责任单位：+cmd|calc!A0'],
      ['（三）-2+3组织文艺培训。', '责任单位：县文化馆\\档案馆'],
    ]);
    expect(ledger.map((r) => r['牵头单位'])).toEqual(['[综合]科:*?', '+cmd|calc!A0', '县文化馆\\档案馆']);
  });

  it('--by-owner adds one validly named sheet per lead unit, header frozen', async () => {
    expect((await run(['plans/injected.txt', '-o', 'owners.xlsx', '--by-owner'])).code).toBe(0);
    const path = join(dir, 'owners.xlsx');
    const names = read(path).SheetNames;
    expect(names).toEqual(['任务台账', '问题清单', '汇总', '文档', '_综合_科___', '+cmd|calc!A0', '县文化馆_档案馆']);
    for (const name of names) expect(name).toMatch(/^[^[\]:*?/\\]{1,31}$/);
    expect(rows(path, '_综合_科___').map((r) => r['牵头单位'])).toEqual(['[综合]科:*?']);
    const sheet = openPackage(readFileSync(path)).sheets.get('县文化馆_档案馆')!;
    expect(elements(sheet).find((e) => e.name === 'pane')!.attributes).toMatchObject({ ySplit: '1', state: 'frozen' });
  });
});

describe('--out-dir: one ledger per input', () => {
  it('names each after its input, safely, mirrors the input folders, and never writes outside the folder', async () => {
    const before = readdirSync(dir).sort();
    const r = await planlintInProcess(['export', '../x.txt', 'a[1]:*?.txt', '..plan.txt', '--out-dir', 'ledgers', '--lang', 'en'], { cwd: join(dir, 'run') });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('wrote 3 ledgers to ledgers\n');
    // The deepest folder holding every input is the workspace: run/ is mirrored under ledgers/.
    expect(readdirSync(join(dir, 'run', 'ledgers')).sort()).toEqual(['run', 'x.xlsx']);
    expect(readdirSync(join(dir, 'run', 'ledgers', 'run')).sort()).toEqual(['a[1]___.xlsx', 'plan.xlsx']);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(rows(join(dir, 'run', 'ledgers', 'x.xlsx'), '任务台账').map((r) => r['牵头单位'])).toEqual(['各成员单位', '县文化馆']);
    expect(Object.keys(rows(join(dir, 'run', 'ledgers', 'x.xlsx'), '任务台账')[0])).not.toContain('文件');
  });

  it('writes the others when one input fails, lists it (stderr and 失败文件.xlsx), and exits 2', async () => {
    const r = await run(['plans/clean.txt', 'bad/empty.txt', '--out-dir', 'each', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([
      'bad/empty.txt: could not be processed: the file is empty',
      'wrote 1 ledgers to each',
      `the files that failed are listed in ${join('each', '失败文件.xlsx')}`,
    ]);
    expect(readdirSync(join(dir, 'each')).sort()).toEqual(['plans', '失败文件.xlsx']);
    expect(readdirSync(join(dir, 'each', 'plans'))).toEqual(['clean.xlsx']);
    expect(rows(join(dir, 'each', '失败文件.xlsx'), '失败文件')).toEqual([{ 文件: 'bad/empty.txt', 原因: 'the file is empty' }]);
  });

  it('mirrors nested folders instead of numbering same-named files, and each workbook says where it came from', async () => {
    const project = workspace({
      'plans/海门/实施方案.txt': readFileSync(join(FIXTURES, `${SEEDS[0]}.txt`)),
      'plans/资阳/实施方案.txt': readFileSync(join(FIXTURES, `${SEEDS[4]}.txt`)),
    });
    try {
      const r = await planlintInProcess(['export', 'plans', '--out-dir', 'out', '--lang', 'en'], { cwd: project });
      expect([r.code, lines(r.stderr)]).toEqual([0, ['wrote 2 ledgers to out']]);
      expect(readdirSync(join(project, 'out')).sort()).toEqual(['海门', '资阳']);
      const properties = (folder: string) => Object.fromEntries(customProperties(readFileSync(join(project, 'out', folder, '实施方案.xlsx'))));
      expect(properties('海门')).toEqual({
        生成工具: GENERATOR,
        来源文件: 'plans/海门/实施方案.txt',
        文件标题: '2021年南通市海门区文化广电和旅游局“城乡提质工程”工作方案',
      });
      expect(properties('资阳')).toEqual({
        生成工具: GENERATOR,
        来源文件: 'plans/资阳/实施方案.txt',
        文件标题: '关于印发《资阳区文化旅游基层公共服务（一门式）全覆盖实施方案》的通知',
        文号: '益资文旅广体发〔2020〕8号',
      });
      expect(read(join(project, 'out', '资阳', '实施方案.xlsx')).Props).toMatchObject({ Subject: '益资文旅广体发〔2020〕8号' });
    } finally {
      removeWorkspace(project);
    }
  });

  it('writes no failure list when every input is done', async () => {
    const r = await run(['plans/clean.txt', '--out-dir', 'all-good', '--lang', 'en']);
    expect([r.code, lines(r.stderr)]).toEqual([0, ['wrote 1 ledgers to all-good']]);
    expect(readdirSync(join(dir, 'all-good'))).toEqual(['clean.xlsx']);
  });
});

describe('failures and refusals', () => {
  it('a file that fails is listed on stderr and in 失败文件; the rest are written; exit 2', async () => {
    const r = await run(['plans/clean.txt', 'bad/empty.txt', 'plans/noowner.txt', '-o', 'partial.xlsx', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['bad/empty.txt: could not be processed: the file is empty', 'wrote partial.xlsx']);
    const path = join(dir, 'partial.xlsx');
    expect(read(path).SheetNames).toEqual(['任务台账', '问题清单', '汇总', '文档', '失败文件']);
    expect(rows(path, '失败文件')).toEqual([{ 文件: 'bad/empty.txt', 原因: 'the file is empty' }]);
    expect(new Set(rows(path, '任务台账').map((r) => r['文件']))).toEqual(new Set(['plans/clean.txt', 'plans/noowner.txt']));
  });

  it('refuses, writing nothing, when an output is one of the inputs', async () => {
    expect((await run(['plans/clean.txt', '-o', 'self.xlsx'])).code).toBe(0);
    const before = readFileSync(join(dir, 'self.xlsx'));
    const same = await run(['self.xlsx', 'plans/clean.txt', '-o', 'self.xlsx', '--lang', 'en']);
    expect(same.code).toBe(2);
    expect(lines(same.stderr)).toEqual(['planlint: output self.xlsx is one of the inputs; refusing to write']);
    expect(readFileSync(join(dir, 'self.xlsx'))).toEqual(before);

    mkdirSync(join(dir, 'again'), { recursive: true });
    writeFileSync(join(dir, 'again', 'clean.xlsx'), before);
    writeFileSync(join(dir, 'again', 'noowner.txt'), PLANS.noOwner);
    const listing = readdirSync(join(dir, 'again'));
    // The inputs' folder is the output folder: clean.xlsx would be written over itself.
    const inDir = await run(['again/clean.xlsx', 'again/noowner.txt', '--out-dir', 'again', '--lang', 'en']);
    expect(inDir.code).toBe(2);
    expect(lines(inDir.stderr)).toEqual([`planlint: output ${join('again', 'clean.xlsx')} is one of the inputs; refusing to write`]);
    expect(readdirSync(join(dir, 'again'))).toEqual(listing);
    expect(readFileSync(join(dir, 'again', 'clean.xlsx'))).toEqual(before);
  });

  it.each([
    [['plans/clean.txt', '-f', 'xlsx'], 'an Excel ledger is written to a file: give -o ledger.xlsx or --out-dir DIR'],
    [['plans/clean.txt', '-o', 'a.xlsx', '--out-dir', 'd'], 'give either -o or --out-dir, not both'],
    [['plans/clean.txt', '--out-dir', 'd', '-f', 'json'], '--out-dir writes one Excel ledger per input (--format xlsx)'],
    [['plans/clean.txt', '--by-owner'], '--by-owner applies to the Excel ledger (--format xlsx)'],
    [['plans/clean.txt', '--jobs', '0'], '--jobs expects a whole number of at least 1'],
    [['plans/clean.txt', '--as-of', '2024/9/1', '--lang', 'en'], '--as-of expects a real day as YYYY-MM-DD (got 2024/9/1)'],
    [['plans/clean.txt', '--as-of', '2025-13-01', '--lang', 'en'], '--as-of expects a real day as YYYY-MM-DD (got 2025-13-01)'],
  ])('usage error: %j', async (args, message) => {
    const r = await run(args, { LANG: 'en_US.UTF-8' });
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`planlint: ${message}`]);
  });
});

describe('batches on worker threads', () => {
  /** Eight files: from this many on, a batch goes to worker threads. */
  let batch: string;
  const BATCH = ['plans/a.txt', 'plans/b.txt', 'plans/c.txt', 'plans/d.txt', 'plans/e.txt', 'plans/f.txt', 'plans/g.txt', 'x.txt'];
  beforeAll(() => {
    const texts = [PLANS.clean, PLANS.noOwner, INJECTED_PLAN, PLANS.vagueOwner];
    batch = workspace(Object.fromEntries(BATCH.map((name, k) => [name, texts[k % texts.length]])));
  });
  afterAll(() => removeWorkspace(batch));

  it('runs the bundled worker, and --jobs changes nothing in the output', () => {
    const one = spawned(['plans', 'x.txt', '--jobs', '1'], { PLANLINT_DEBUG: '1' }, batch);
    const three = spawned(['plans', 'x.txt', '--jobs', '3'], { PLANLINT_DEBUG: '1' }, batch);
    expect(one.stderr).toBe(`planlint: export on worker threads (--jobs 1; ${join(ROOT, 'dist', 'cli', 'run-worker.mjs')})\n`);
    expect(three.stderr).toContain('--jobs 3;');
    expect(three.stdout).toBe(one.stdout);
    expect(json(one.stdout).documents.map((d) => d.file)).toEqual(BATCH);
  });

  it('runs a handful of files in this thread, with the same output a worker gives', () => {
    const few = spawned(['plans/a.txt', 'plans/b.txt'], { PLANLINT_DEBUG: '1' }, batch);
    expect(few.stderr).toBe('planlint: export in this thread\n');
    const documents = json(spawned(['plans', 'x.txt'], {}, batch).stdout).documents;
    expect(json(few.stdout).documents).toEqual(documents.slice(0, 2));
  });

  it('by default runs a worker per core, and leaves a core to the main thread when it builds the workbook (xlsx)', () => {
    const json = spawned(['plans', 'x.txt'], { PLANLINT_DEBUG: '1' }, batch);
    expect(json.stderr).toContain(`(--jobs ${availableParallelism()};`);
    const ledger = spawned(['plans', 'x.txt', '-o', join(batch, 'jobs-default.xlsx')], { PLANLINT_DEBUG: '1' }, batch);
    expect(ledger.stderr).toContain(`(--jobs ${Math.max(1, availableParallelism() - 1)};`);
  });

  it('--format json for many inputs is one report, the same as with -o', () => {
    const stdout = spawned(['plans', 'x.txt', '-f', 'json', '--lang', 'en']).stdout;
    expect(spawned(['plans', 'x.txt', '-o', 'many.json', '--lang', 'en']).code).toBe(0);
    expect(readFileSync(join(dir, 'many.json'), 'utf8')).toBe(stdout);
    expect(json(stdout).summary.documents).toBe(4);
  });

  it('--format jsonl writes one document per line, in input order', () => {
    const r = spawned(['plans', 'bad', '-f', 'jsonl']);
    expect(r.code).toBe(2);
    const docs = lines(r.stdout).map((line) => JSON.parse(line));
    expect(docs.map((d) => [d.schemaVersion, d.document.file, d.document.errors.length])).toEqual([
      [1, 'bad/empty.txt', 1],
      [1, 'plans/clean.txt', 0],
      [1, 'plans/injected.txt', 0],
      [1, 'plans/noowner.txt', 0],
    ]);
  });
});

describe('streaming and interruption', () => {
  let corpus: string;
  /** Enough files that an export is still running when it is interrupted, however fast extraction gets. */
  const COPIES = 1000;

  beforeAll(() => {
    const seed = readFileSync(join(FIXTURES, `${SEEDS[3]}.txt`), 'utf8');
    corpus = workspace(Object.fromEntries(Array.from({ length: COPIES }, (_, k) => [`plans/p${String(k).padStart(4, '0')}.txt`, seed])));
  });
  afterAll(() => removeWorkspace(corpus));

  /** Start an export; resolves on exit with the code or signal. */
  function start(args: string[]) {
    const child = spawn(process.execPath, [BIN, 'export', 'plans', '--jobs', '1', ...args], { cwd: corpus, stdio: ['ignore', 'pipe', 'pipe'] });
    const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    return { child, done };
  }

  async function until(check: () => boolean, ms = 30_000): Promise<void> {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  const temps = () => readdirSync(corpus).filter((f) => f.startsWith('.planlint-tmp-'));

  it('--format jsonl streams: the first documents arrive while the rest are still being read', async () => {
    const { child, done } = start(['-f', 'jsonl']);
    let received = '';
    child.stdout.on('data', (chunk: Buffer) => (received += chunk.toString()));
    await until(() => received.includes('\n'));
    expect(child.exitCode).toBeNull();
    expect(JSON.parse(received.slice(0, received.indexOf('\n'))).document.file).toBe('plans/p0000.txt');
    child.kill('SIGTERM');
    expect((await done).signal).toBe('SIGTERM');
    expect(lines(received).length).toBeLessThan(COPIES);
  });

  it('killed mid-export (SIGKILL), it leaves no output and the old output untouched', async () => {
    writeFileSync(join(corpus, 'out.jsonl'), 'old\n');
    const { child, done } = start(['-o', 'out.jsonl']);
    await until(() => temps().some((f) => statSync(join(corpus, f)).size > 0));
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    expect(readFileSync(join(corpus, 'out.jsonl'), 'utf8')).toBe('old\n');
    // SIGKILL cannot be caught: its temp file may stay, under a name that says what it is.
    for (const temp of temps()) expect(temp).toMatch(/^\.planlint-tmp-out\.jsonl-[0-9a-z]+-[0-9a-z]+$/);
  });

  it('interrupted (SIGTERM), it removes its temp file and writes nothing', async () => {
    for (const temp of temps()) writeFileSync(join(corpus, temp), '');
    const stale = temps();
    const { child, done } = start(['-o', 'fresh.jsonl']);
    await until(() => temps().length > stale.length);
    child.kill('SIGTERM');
    expect((await done).signal).toBe('SIGTERM');
    expect(existsSync(join(corpus, 'fresh.jsonl'))).toBe(false);
    expect(temps()).toEqual(stale);
  });

  it('killed while reading the inputs of a ledger, it writes no ledger at all', async () => {
    const { child, done } = start(['-o', 'ledger.xlsx']);
    await new Promise((r) => setTimeout(r, 400));
    expect(child.exitCode).toBeNull();
    child.kill('SIGKILL');
    await done;
    expect(existsSync(join(corpus, 'ledger.xlsx'))).toBe(false);
    expect(temps().filter((f) => f.includes('ledger.xlsx'))).toEqual([]);
  });
});

describe('--as-of on a ledger a clerk filled in', () => {
  const ledger = join('fixtures', 'ledger', 'edited-ledger.xlsx');

  it('lint reports the open rows past their deadline, and none before any deadline', async () => {
    const late = PlanReport.parse(JSON.parse((await planlintInProcess(['lint', ledger, '--as-of', '2020-01-01', '--format', 'json', '--with-tasks'])).stdout));
    const overdue = late.documents[0].diagnostics.filter((d) => d.ruleId === 'overdue-open-task');
    expect(overdue.length).toBeGreaterThan(5);
    for (const d of overdue) expect(d.loc).toMatchObject({ sheet: '任务台账' });
    const early = PlanReport.parse(JSON.parse((await planlintInProcess(['lint', ledger, '--as-of', '2018-01-01', '--format', 'json', '--with-tasks'])).stdout));
    expect(early.documents[0].diagnostics.filter((d) => d.ruleId === 'overdue-open-task')).toEqual([]);
  });

  it('export keeps the statuses and lists the overdue rows among the problems', async () => {
    const out = workspace();
    try {
      const r = await planlintInProcess(['export', join(ROOT, ledger), '-o', join(out, 'next.xlsx'), '--as-of', '2020-01-01']);
      expect(r.code).toBe(0);
      const before = rows(join(ROOT, ledger), '任务台账');
      const after = rows(join(out, 'next.xlsx'), '任务台账');
      expect(after.map((r) => r['进展状态'])).toEqual(before.map((r) => r['进展状态']));
      const problems = rows(join(out, 'next.xlsx'), '问题清单').filter((r) => r['规则'] === 'overdue-open-task');
      expect(problems.length).toBeGreaterThan(5);
      expect(after.filter((r) => String(r['问题']).includes('进展状态仍为'))).toHaveLength(problems.length);
    } finally {
      removeWorkspace(out);
    }
  });
});
