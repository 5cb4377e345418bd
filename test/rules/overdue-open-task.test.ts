import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse.js';
import rule, { isOpenStatus } from '../../src/rules/overdue-open-task.js';
import { findingsOf, ruleTester } from '../support/rule-tester.js';
import { FIXTURES } from '../support/seeds.js';

const AS_OF = '2024-09-01';
const table = (row: string) => `序号\t工作任务\t责任单位\t完成时限\t进展情况\n${row}`;

describe('isOpenStatus', () => {
  it.each(['推进中', '未开始', '已逾期', '正在推进', '预计年底完成', '尚未完成', '未完成', '待验收', '已开工，主体施工中', '滞後', '預計12月完成'])('%s is open', (status) => {
    expect(isOpenStatus(status)).toBe(true);
  });
  it.each(['已完成', '完成', '已办结', '办结', '已销号', '基本完成', '已完成整改', '整改到位', '通过验收', '已辦結', '持续推进', '长期坚持', '常态化推进', '長期堅持'])('%s is not open', (status) => {
    expect(isOpenStatus(status)).toBe(false);
  });
});

ruleTester.run(rule, {
  valid: [
    { name: 'closed', text: table('1\t新建农家书屋20个\t县文旅局\t2024年3月底前\t已办结'), asOf: AS_OF },
    { name: 'due on the day itself', text: table('1\t新建农家书屋20个\t县文旅局\t2024年9月1日\t推进中'), asOf: AS_OF },
    { name: 'no status reported', text: table('1\t新建农家书屋20个\t县文旅局\t2024年3月底前\t'), asOf: AS_OF },
    { name: 'a recurring cadence, not a due date', text: table('1\t报送工作动态\t县文化馆\t每月5日前\t推进中'), asOf: AS_OF },
    { name: 'a vague deadline', text: table('1\t报送工作动态\t县文化馆\t尽快\t推进中'), asOf: AS_OF },
    {
      name: 'prose that mentions progress is no status column',
      text: '二、重点任务\n1.建成村级综合文化服务中心12个。（责任单位：县文化馆；完成时限：2024年6月30日）\n进展情况：正在推进',
      asOf: AS_OF,
    },
    { name: 'as of a day before the deadline', text: table('1\t新建农家书屋20个\t县文旅局\t2024年3月底前\t未开始'), asOf: '2024-03-01' },
  ],
  invalid: [
    {
      name: 'as of the day after the deadline',
      text: table('1\t新建农家书屋20个\t县文旅局\t2024年3月底前\t未开始'),
      asOf: '2024-04-01',
      errors: [{ messageId: 'overdue', task: 1, data: { asOf: '2024-04-01' } }],
    },
  ],
});

describe(`${rule.id} on a ledger planlint exported and a clerk filled in (fixtures/ledger/edited-ledger.xlsx)`, () => {
  const path = join(FIXTURES, 'ledger', 'edited-ledger.xlsx');
  /** The statuses as typed, read straight from the sheet, row by row. */
  const statuses = (() => {
    const sheet = XLSX.read(readFileSync(path), { type: 'buffer', dense: true }).Sheets['任务台账'];
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(sheet, { defval: '' });
    return rows.map((r) => r['进展状态']);
  })();

  async function overdue(asOf: string) {
    const parsed = await parseFile(path);
    return { parsed, found: findingsOf(rule, parsed, { asOf }) };
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
    expect(found.map((f) => f.taskId)).toEqual(expected);
    expect(found[0].loc).toMatchObject({ sheet: '任务台账' });
  });

  it('as of a later day, more rows are late; as of a day before every deadline, none', async () => {
    const early = await overdue('2018-01-01');
    expect(early.found).toEqual([]);
    const late = await overdue('2021-01-01');
    expect(late.found.length).toBeGreaterThan((await overdue('2020-01-01')).found.length);
    const closed = late.parsed.document.tasks.filter((_, k) => ['已完成', '基本完成', '持续推进', '已办结', '完成', ''].includes(statuses[k])).map((t) => t.id);
    expect(late.found.filter((f) => closed.includes(f.taskId!))).toEqual([]);
  });
});
