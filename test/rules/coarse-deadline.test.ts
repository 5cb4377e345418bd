import { describe, expect, it } from 'vitest';
import { runRuleOnSeed, runRuleOnText, taskIdsOf } from '../support/run-rule.js';
import { SEEDS } from '../support/seeds.js';

const ID = 'coarse-deadline';

const TABLE_HEAD = '附件\n任务分解表\n序号\t工作任务\t责任单位\t完成时间\n';

describe(ID, () => {
  it.each([
    ['twelve months', '三、整改内容\n整改项目1：规范文化市场管理。\n整改时限：2009年1月――2009年12月\n责任科室：文化市场稽查队'],
    ['a month', '二、重点任务\n1.完成文化站改造。\n完成时限：2019年6月底前'],
    ['a long span with a reporting cadence', '二、重点任务\n1.建立信息报送制度，各成员单位每月10日前报送工作动态。\n完成时限：2018年至2020年'],
    ['a long span with a dated step', '二、重点任务\n1.推进数字文化建设，2019年底前完成50%。\n完成时限：2018年至2020年'],
    ['a bare year under a dated 进度安排', '二、重点任务\n1.建设基层群众文艺团队。2018年，全县基层群众文艺团队不少于20支。\n三、进度安排\n（一）组织实施阶段（2018年3月10日—12月10日）。7月1日前完成量不少于50%。'],
    ['a yearless date under a 成文日期', '二、重点任务\n1.完成文化站改造，6月底前完成。\n某县文化局\n2020年6月5日'],
    ['a vague field (unclear-deadline speaks for it)', '二、重点任务\n1.完成文化站改造。\n完成时限：长期坚持'],
    ['a masked field', '三、整改内容\n整改项目3：建设乡镇综合文化站。\n整改时限：2009年1月*'],
  ])('passes: %s', async (_name, text) => {
    expect((await runRuleOnText(ID, text)).found).toEqual([]);
  });

  it('fires on a bare year, with the message', async () => {
    const { found } = await runRuleOnText(ID, '三、整改内容\n整改项目7：规范文化市场管理。\n整改时限：2009年\n责任科室：文化市场稽查队');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'info',
      taskId: 'T1',
      message: 'Task “规范文化市场管理” has the deadline “2009年”, a bare year that cannot be tracked month by month: give a month such as 2009年6月底前, or quarterly milestones',
    });
  });

  it('fires on a span of more than 12 months, in Chinese', async () => {
    const { found } = await runRuleOnText(ID, '三、整改内容\n整改项目6：申报第七批全国重点文物保护单位。\n整改时限：2009年7月――2012年10月底', { lang: 'zh' });
    expect(found.map((d) => d.message)).toEqual([
      '任务“申报第七批全国重点文物保护单位”的完成时限“2009年7月――2012年10月底”跨40个月，中间没有阶段节点：请分年度或分阶段写明要完成的内容，如“2009年底前完成……”',
    ]);
  });

  it('fires on a date whose year comes only from the 文号', async () => {
    const { found } = await runRuleOnText(ID, '益资文旅广体发〔2020〕8号\n四、工作措施\n（四）制定措施。各乡镇要结合实际制定具体措施，6月底前切实落实措施与任务。', { lang: 'zh' });
    expect(found.map((d) => d.message)).toEqual(['任务“工作措施”的时限“6月底前”没有写年份，只能按“益资文旅广体发〔2020〕8号”推定为2020年：请写明年份，如“2020年6月底前”']);
  });

  it('fires on a date whose year comes from a portal 发布日期', async () => {
    const { found } = await runRuleOnText(ID, '发布日期: 2018.05.07\n二、重点任务\n1.完成文化站改造，9月底前完成。');
    expect(found.map((d) => d.message)).toEqual([
      'Task “完成文化站改造，9月底前完成”’s deadline “9月底前” has no year; it is read as 2018 only from “2018-05-07”: write the year, e.g. 2018年9月底前',
    ]);
  });

  it('leaves a date with no year in a document that has none either to unclear-deadline', async () => {
    const { found } = await runRuleOnText(ID, '二、重点任务\n1.完成文化站改造。\n完成时限：6月底前');
    expect(found).toEqual([]);
  });

  it('summarises a table whose every deadline is a year, on its widest row', async () => {
    const { found } = await runRuleOnText(ID, `${TABLE_HEAD}1\t建立领导小组工作机制。\t创建办\t2018年至2019年\n2\t细化公共文化设施用地。\t国土分局\t2019年\n3\t开展全民阅读活动。\t宣传办\t2018年至2020年\n4\t建立信息报送制度，每月10日前报送。\t创建办\t2018年至2020年`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      taskId: 'T3',
      message:
        'All 4 tasks of this table give only years as deadlines (e.g. “2018年至2020年”), which cannot be tracked month by month: give months or quarters such as 2020年6月底前, and yearly milestones for multi-year tasks',
    });
  });

  it('reports row by row when the table also has months', async () => {
    const { found } = await runRuleOnText(ID, `${TABLE_HEAD}1\t建立领导小组工作机制。\t创建办\t2018年6月底前\n2\t细化公共文化设施用地。\t国土分局\t2019年\n3\t开展全民阅读活动。\t宣传办\t2018年至2020年\n4\t打造阅读空间。\t宣传办\t2019年`);
    expect(found.map((d) => [d.taskId, d.message.split(':')[0]])).toEqual([
      ['T2', 'Task “细化公共文化设施用地” has the deadline “2019年”, a bare year that cannot be tracked month by month'],
      ['T3', 'Task “开展全民阅读活动”’s deadline “2018年至2020年” spans 36 months with no milestone'],
      ['T4', 'Task “打造阅读空间” has the deadline “2019年”, a bare year that cannot be tracked month by month'],
    ]);
  });

  it('reports a bare year inherited by several items once', async () => {
    const { found } = await runRuleOnText(ID, '二、重点任务\n（一）完善设施。（完成时限：2021年）\n1.建设图书馆。\n2.建设文化馆。');
    expect(found.map((d) => d.taskId)).toEqual(['T1']);
  });

  it('seed 000: one summary for the four 2021年 rows of 附2', async () => {
    const { parsed, found } = await runRuleOnSeed(ID, SEEDS[0]);
    expect(found.map((d) => d.taskId)).toEqual(taskIdsOf(parsed, ['全面完成 “十四五”文化旅游专项规划编制']));
    expect(found[0].message).toContain('All 4 tasks of this table give only years as deadlines (e.g. “2021年”)');
  });

  it('seed 001: the 2018年 targets are timed by the 进度安排 phases', async () => {
    expect((await runRuleOnSeed(ID, SEEDS[1])).found).toEqual([]);
  });

  it('seed 002: the two long spans and the three bare years', async () => {
    const { parsed, found } = await runRuleOnSeed(ID, SEEDS[2]);
    expect(found.map((d) => d.taskId)).toEqual(
      taskIdsOf(parsed, ['2009年1月――2010年12月', '2009年7月――2012年10月底', '規范文化市場管理', '加強支部及文化系統的學習', '進一步加大工作落實力度']),
    );
    expect(found.map((d) => d.message.split(':')[0])).toEqual([
      'Task “繼續實施農村電影2131放映工程”’s deadline “2009年1月――2010年12月” spans 24 months with no milestone',
      'Task “積極組織和落實申報第七批全國重點文物保護單位工作”’s deadline “2009年7月――2012年10月底” spans 40 months with no milestone',
      'Task “規范文化市場管理,著力提高文化市場監管能力” has the deadline “2009年”, a bare year that cannot be tracked month by month',
      'Task “加強支部及文化系統的學習” has the deadline “2009年”, a bare year that cannot be tracked month by month',
      'Task “進一步加大工作落實力度” has the deadline “2009年”, a bare year that cannot be tracked month by month',
    ]);
  });

  it('seed 003: one summary for the 65 year-only rows, on the first 2018年至2020年 row', async () => {
    const { parsed, found } = await runRuleOnSeed(ID, SEEDS[3]);
    expect(found.map((d) => d.taskId)).toEqual(taskIdsOf(parsed, ['着力打造“伟人故里 书香中山”系列品牌阅读活动']));
    expect(found[0].message).toBe(
      'All 65 tasks of this table give only years as deadlines (e.g. “2018年至2020年”), which cannot be tracked month by month: give months or quarters such as 2020年6月底前, and yearly milestones for multi-year tasks',
    );
  });

  it('seed 004: 6月中旬 and 6月底前 take their year from 〔2020〕', async () => {
    const { parsed, found } = await runRuleOnSeed(ID, SEEDS[4]);
    expect(found.map((d) => d.taskId)).toEqual(taskIdsOf(parsed, ['6月中旬召开', '6月底前切实落']));
    expect(found[1].message).toBe('Task “制定措施”’s deadline “6月底前” has no year; it is read as 2020 only from “益资文旅广体发〔2020〕8号”: write the year, e.g. 2020年6月底前');
  });
});
