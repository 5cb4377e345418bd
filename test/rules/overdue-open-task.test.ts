import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse.js';
import { lintExtracted } from '../../src/rules/engine.js';
import { findRule } from '../../src/rules/index.js';
import { isOpenStatus } from '../../src/rules/overdue-open-task.js';
import { runRuleOnText } from '../support/run-rule.js';
import { FIXTURES } from '../support/seeds.js';

const ID = 'overdue-open-task';
const HEADER = '序号\t工作任务\t责任单位\t完成时限\t进展情况';
const table = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe('isOpenStatus', () => {
  it.each(['推进中', '未开始', '已逾期', '正在推进', '预计年底完成', '尚未完成', '未完成', '待验收', '已开工，主体施工中', '滞後', '預計12月完成'])('%s is open', (status) => {
    expect(isOpenStatus(status)).toBe(true);
  });
  it.each(['已完成', '完成', '已办结', '办结', '已销号', '基本完成', '已完成整改', '整改到位', '通过验收', '已辦結', '持续推进', '长期坚持', '常态化推进', '長期堅持'])('%s is not open', (status) => {
    expect(isOpenStatus(status)).toBe(false);
  });
});

describe(ID, () => {
  it('reports a row past its deadline whose status is open (RULES.md: 2024年6月30日 / 正在推进, as of 2024-09-01)', async () => {
    const { found } = await runRuleOnText(ID, table('1\t建成村级综合文化服务中心12个\t县文化馆\t2024年6月30日\t正在推进'));
    expect(found).toEqual([
      {
        ruleId: ID,
        severity: 'warning',
        taskId: 'T1',
        message: 'Task “建成村级综合文化服务中心12个” was due by “2024年6月30日” but its status is still “正在推进” as of 2024-09-01: follow it up or update the status',
        loc: expect.objectContaining({ line: 2 }),
      },
    ]);
  });

  it('speaks Chinese', async () => {
    const { found } = await runRuleOnText(ID, table('1\t新建农家书屋20个\t县文旅局\t2024年3月底前\t未开始'), { lang: 'zh' });
    expect(found.map((d) => d.message)).toEqual(['任务“新建农家书屋20个”的完成时限“2024年3月底前”已过（截至 2024-09-01），进展状态仍为“未开始”：请督办或更新进展']);
  });

  it.each([
    ['closed', '1\t新建农家书屋20个\t县文旅局\t2024年3月底前\t已办结'],
    ['not due yet', '1\t新建农家书屋20个\t县文旅局\t2024年12月底前\t推进中'],
    ['due on the day itself', '1\t新建农家书屋20个\t县文旅局\t2024年9月1日\t推进中'],
    ['no status reported', '1\t新建农家书屋20个\t县文旅局\t2024年3月底前\t'],
    ['a standing duty', '1\t开展送戏下乡活动\t县文化馆\t2024年3月底前\t长期坚持'],
    ['a recurring cadence, not a due date', '1\t报送工作动态\t县文化馆\t每月5日前\t推进中'],
    ['a vague deadline', '1\t报送工作动态\t县文化馆\t尽快\t推进中'],
  ])('passes: %s', async (_name, row) => {
    expect((await runRuleOnText(ID, table(row))).found).toEqual([]);
  });

  it('reads only status columns of tables, not prose that mentions progress', async () => {
    const prose = '二、重点任务\n1.建成村级综合文化服务中心12个。（责任单位：县文化馆；完成时限：2024年6月30日）\n进展情况：正在推进';
    expect((await runRuleOnText(ID, prose)).found).toEqual([]);
  });
});

describe(`${ID} on a ledger planlint exported and a clerk filled in (fixtures/ledger/edited-ledger.xlsx)`, () => {
  const path = join(FIXTURES, 'ledger', 'edited-ledger.xlsx');
  /** The statuses as typed, read straight from the sheet, row by row. */
  const statuses = (() => {
    const sheet = XLSX.read(readFileSync(path), { type: 'buffer', dense: true }).Sheets['任务台账'];
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(sheet, { defval: '' });
    return rows.map((r) => r['进展状态']);
  })();

  async function overdue(asOf: string) {
    const parsed = await parseFile(path);
    const found = lintExtracted(parsed, [findRule(ID)!], {
      rules: new Map([[ID, { severity: 'warning', options: {} }]]),
      lang: 'en',
      asOf,
      draft: false,
      reportUnusedDisableDirectives: false,
    });
    return { parsed, found };
  }

  it('holds the clerk’s statuses: the drop-down’s values and free wording', () => {
    expect(statuses.length).toBeGreaterThan(60);
    expect(new Set(statuses)).toEqual(new Set(['已完成', '推进中', '未开始', '已逾期', '基本完成', '持续推进', '预计年底完成', '', '已办结', '正在推进', '完成', '尚未完成']));
  });

  it('as of 2020-01-01, reports exactly the open rows whose deadline has passed', async () => {
    const { parsed, found } = await overdue('2020-01-01');
    const open = new Set(['推进中', '未开始', '已逾期', '预计年底完成', '正在推进', '尚未完成']);
    const expected = parsed.document.tasks.filter((t, k) => open.has(statuses[k]) && t.deadline!.end! < '2020-01-01').map((t) => t.id);
    expect(expected.length).toBeGreaterThan(5);
    expect(found.map((d) => d.taskId)).toEqual(expected);
    expect(found[0].loc).toMatchObject({ sheet: '任务台账' });
  });

  it('as of a later day, more rows are late; as of a day before every deadline, none', async () => {
    const early = await overdue('2018-01-01');
    expect(early.found).toEqual([]);
    const late = await overdue('2021-01-01');
    expect(late.found.length).toBeGreaterThan((await overdue('2020-01-01')).found.length);
    const closed = late.parsed.document.tasks.filter((_, k) => ['已完成', '基本完成', '持续推进', '已办结', '完成', ''].includes(statuses[k])).map((t) => t.id);
    expect(late.found.filter((d) => closed.includes(d.taskId!))).toEqual([]);
  });
});
