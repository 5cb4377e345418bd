import { describe, expect, it } from 'vitest';
import { runRuleOnSeed, runRuleOnText } from '../support/run-rule.js';
import { SEEDS } from '../support/seeds.js';

const ID = 'reversed-deadline-range';

describe(ID, () => {
  it.each([
    ['a forward range', '三、整改内容\n整改项目1：建设文化信息资源共享工程。\n整改时限：2009年1月――2009年12月'],
    ['a garbled range, after repair', '三、进度安排\n（一）总结验收阶段（20181210—1231日）。组织开展督查验收。'],
    ['次年 names the next year', '二、重点任务\n1.开展冬季送文化下乡活动。\n完成时限：2019年12月至次年3月'],
    ['an end month before the start month probably means the next year', '二、重点任务\n1.开展冬季送文化下乡活动。\n完成时限：2019年12月—3月'],
    ['a compact range', '二、重点任务\n1.开展群众文化活动。\n完成时限：2020年1-6月'],
    ['Big5 dashes', '三、整改內容\n整改項目1：建設文化信息資源共享工程。\n整改時限：2009年1月??2009年12月'],
  ])('passes: %s', async (_name, text) => {
    expect((await runRuleOnText(ID, text)).found).toEqual([]);
  });

  it('fires on a range whose end names an earlier date, with the message', async () => {
    const { found } = await runRuleOnText(ID, '三、整改内容\n整改项目2：规范文化市场管理。\n整改时限：2019年12月—2019年6月');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'error',
      taskId: 'T1',
      message: 'Task “规范文化市场管理”’s period “2019年12月—2019年6月” ends before it starts (2019-12-01 to 2019-06-30): check the order or the years',
    });
  });

  it('writes the message in Chinese', async () => {
    const { found } = await runRuleOnText(ID, '三、整改内容\n整改项目2：规范文化市场管理。\n整改时限：2019年12月—2019年6月', { lang: 'zh' });
    expect(found.map((d) => d.message)).toEqual(['任务“规范文化市场管理”的起止时间“2019年12月—2019年6月”结束早于开始（2019-12-01 至 2019-06-30）：请核对起止顺序或年份']);
  });

  it.each([
    ['days within one month, in the text', '二、重点任务\n1.开展文艺调演。2019年3月15日至10日组织初赛。（责任单位：县文化馆）', '2019年3月15日至10日'],
    ['a garbled range in one month, after repair', '三、进度安排\n（一）总结验收阶段（20181231—1210日）。组织开展督查验收。', '20181231—1210日'],
    ['years written out', '二、重点任务\n1.推进数字文化建设。\n完成时限：2020年至2019年', '2020年至2019年'],
  ])('fires: %s', async (_name, text, range) => {
    const { found } = await runRuleOnText(ID, text);
    expect(found.map((d) => d.taskId)).toEqual(['T1']);
    expect(found[0].message).toContain(`period “${range}” ends before it starts`);
  });

  it.each([
    ['000', SEEDS[0]],
    ['001: (20181210—1231日) and (2018310—1210日) run forwards', SEEDS[1]],
    ['002: 2009年1月――2009年12月', SEEDS[2]],
    ['003', SEEDS[3]],
    ['004', SEEDS[4]],
  ])('does not fire on seed %s', async (_name, seed) => {
    expect((await runRuleOnSeed(ID, seed)).found).toEqual([]);
  });
});
