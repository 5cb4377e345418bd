import { describe, expect, it } from 'vitest';
import { runRuleOnSeed, runRuleOnText, taskIdsOf } from '../support/run-rule.js';
import { SEEDS, truthOf } from '../support/seeds.js';

const ID = 'deadline-conflict';

const TABLE_HEAD = '序号\t工作任务\t具体内容\t责任单位\t完成时间\n';

describe(ID, () => {
  it.each([
    ['到2019年底 agrees with 2019年', `${TABLE_HEAD}5\t全面完成基层综合性文化服务中心建设\t到2019年底，所有行政村（社区）均建成基层综合性文化服务中心。\t文化站\t2019年`],
    ['到2020年 agrees with 2020年', `${TABLE_HEAD}2\t加强公共文化设施建设整体规划\t到2020年，全市每千人拥有室内公共文化设施面积达200平方米。\t规划分局\t2020年`],
    ['a plan period inside 《》', `${TABLE_HEAD}2\t加强公共文化设施建设整体规划\t落实《某市公共服务设施专项规划（2012—2020）》\t规划分局\t2019年`],
    ['an unbalanced plan period inside 《》', `${TABLE_HEAD}7\t促进基本公共文化服务标准化\t严格执行《某镇基本公共文化服务实施标准（2016—2020年》。\t文化站\t2019年`],
    ['background before the deadline', '三、整改内容\n整改项目1：建设文化信息资源共享工程。\n整改措施：2009年4月，县委政府投入10万元前期启动经费。\n整改时限：2009年5月――2009年12月'],
    ['a range in the text is context', `${TABLE_HEAD}1\t建立领导小组工作机制\t围绕2018—2020年创建工作，建立例会制度。\t创建办\t2019年`],
    ['a yearless date may be read in the wrong year', `${TABLE_HEAD}1\t建立领导小组工作机制\t12月底前召开总结会。\t创建办\t2019年6月`],
    ['a cadence', `${TABLE_HEAD}1\t建立信息报送制度\t每年12月5日前报送深度工作进展情况。\t创建办\t2019年6月`],
    [
      'phases in order, their steps inside them',
      '三、进度安排\n（一）动员发动阶段（2018年3月10日前）。并于3月10日前将工作安排报送县文广新局。\n（二）组织实施阶段（2018年3月10日—12月10日）。7月1日前完成量不少于50%，12月1日前完成全部任务。每月5日前汇总进展情况。\n（三）总结验收阶段（2018年12月10日—12月31日）。组织督查验收。',
    ],
    ['the plan year inside a phase', '三、进度安排\n（一）组织实施阶段（2018年3月10日—12月10日）。2018年，全县培训文艺骨干不少于100人。'],
  ])('passes: %s', async (_name, text) => {
    expect((await runRuleOnText(ID, text)).found).toEqual([]);
  });

  it('fires on a horizon later than the deadline column, with the message', async () => {
    const { found } = await runRuleOnText(ID, `${TABLE_HEAD}16\t推进数字文化建设\t到2020年镇（区）级图书馆可提供数字资源服务。\t文化站\t2019年`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      taskId: 'T1',
      message: 'Task “到2020年镇（区）级图书馆可提供数字资源服务” says “到2020年” but its deadline is “2019年”: make them agree, or if “到2020年” is the long-term goal, state what is due by “2019年”',
    });
  });

  it('writes the message in Chinese', async () => {
    const { found } = await runRuleOnText(ID, `${TABLE_HEAD}16\t推进数字文化建设\t2021年建成数字文化馆。\t文化站\t2019年至2020年`, { lang: 'zh' });
    expect(found.map((d) => d.message)).toEqual([
      '任务“2021年建成数字文化馆”的内容写“2021年”，完成时间却是“2019年至2020年”，两者不一致：请统一；如“2021年”是远期目标，请写明本项在“2019年至2020年”要完成的阶段任务',
    ]);
  });

  it('fires on a step outside its phase', async () => {
    const { found } = await runRuleOnText(ID, '三、进度安排\n（一）组织实施阶段（2018年3月10日—6月30日）。9月1日前完成全部任务。');
    expect(found.map((d) => d.message)).toEqual([
      'Phase “组织实施阶段（2018年3月10日—6月30日）” runs “2018年3月10日—6月30日”, but “9月1日前” inside it falls outside the phase: check the date or move the step to the right phase',
    ]);
  });

  it('fires on phases out of order', async () => {
    const { found } = await runRuleOnText(ID, '三、进度安排\n（一）组织实施阶段（2018年3月10日—12月10日）。按计划推进。\n（二）动员部署阶段（2018年3月1日前）。制定方案。');
    expect(found.map((d) => [d.taskId, d.message])).toEqual([
      ['T2', 'Phase “动员部署阶段（2018年3月1日前）” ends on 2018-03-01, before the previous phase “组织实施阶段（2018年3月10日—12月10日）” ends on 2018-12-10: check the phase dates'],
    ]);
  });

  it('checks a phase whose dates are a field like any other phase', async () => {
    const { found } = await runRuleOnText(ID, '三、进度安排\n（一）组织实施阶段。2018年9月1日前完成全部任务。\n完成时限：2018年6月30日前\n（二）动员部署阶段。制定方案。\n完成时限：2018年3月1日前');
    expect(found.map((d) => [d.taskId, d.message.split(',')[0]])).toEqual([
      ['T1', 'Phase “组织实施阶段” runs “2018年6月30日前”'],
      ['T2', 'Phase “动员部署阶段” ends on 2018-03-01'],
    ]);
  });

  it('seed 003: the two rows whose 到2020年 outruns 完成时间 2019年, and not rows 7, 14 and 28', async () => {
    const seed = SEEDS[3];
    const { parsed, found } = await runRuleOnSeed(ID, seed);
    const anchors = (truthOf(seed).expect ?? []).filter((e) => e.rule === ID).map((e) => e.anchor);
    expect(anchors).toHaveLength(2);
    expect(found.map((d) => d.taskId)).toEqual(taskIdsOf(parsed, anchors));
    const agreeing = taskIdsOf(parsed, ['到2020年，全市每千人拥有室内公共文化设施面积达200平方米', '到2019年底，所有行政村', '加强本土文化品牌培育，到2020年']);
    expect(found.filter((d) => agreeing.includes(d.taskId!))).toEqual([]);
  });

  it.each([
    ['000', SEEDS[0]],
    ['001: phases 3/10 → 12/10 → 12/31 with 7/1 and 12/1 inside', SEEDS[1]],
    ['002: 2004年, 1998年底 and 2009年4月 are background', SEEDS[2]],
    ['004', SEEDS[4]],
  ])('does not fire on seed %s', async (_name, seed) => {
    expect((await runRuleOnSeed(ID, seed)).found).toEqual([]);
  });
});
