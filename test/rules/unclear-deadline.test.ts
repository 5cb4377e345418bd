import { describe, expect, it } from 'vitest';
import { runRuleOnSeed, runRuleOnText, taskIdsOf } from '../support/run-rule.js';
import { SEEDS, truthOf } from '../support/seeds.js';

const ID = 'unclear-deadline';

describe(ID, () => {
  it.each([
    ['a dated field', '二、重点任务\n1.完善文化市场监管机制。\n完成时限：2019年6月底前\n责任单位：县文化局'],
    ['适时 later in a dated row describes the mechanism', '序号\t工作任务\t具体内容\t责任单位\t完成时间\n7\t促进基本公共文化服务标准化\t严格执行相关标准。建立公共文化服务标准动态调整机制，适时调整完善相关标准和衡量指标。\t文化站\t2019年'],
    ['及时 in the main clause of a reactive duty', '二、重点任务\n1.及时报送工作进展情况。（责任单位：文化站）'],
    ['尽快 after the main clause of a dated task', '二、重点任务\n1.建设乡镇文化站。积极争取资金，尽快开工建设，2021年底前建成。（责任单位：文化站）'],
    ['尽快 under a dated 进度安排', '二、重点任务\n1.尽快完成村级文化室改造。\n三、进度安排\n（一）组织实施阶段（2018年3月10日—12月10日）。按计划推进。'],
    ['a recurring field', '二、重点任务\n1.建立信息报送制度。\n完成时限：每月10日前\n责任单位：创建办'],
    ['长期以来 is not a time word', '二、重点任务\n1.长期以来形成的文化设施短板要补齐。\n完成时限：2020年底前'],
    ['a range whose start names its month', '三、整改内容\n整改项目1：建设文化信息资源共享工程。\n整改时限：2009年1月――2009年12月'],
    ['a multi-year range of bare years', '序号\t工作任务\t责任单位\t完成时间\n1\t建立领导小组工作机制。\t创建办\t2018年至2019年'],
    ['a bare-year start in an earlier year', '二、重点任务\n1.推进数字文化建设。\n完成时限：2018年至2019年6月'],
  ])('passes: %s', async (_name, text) => {
    expect((await runRuleOnText(ID, text)).found).toEqual([]);
  });

  it('fires on a standing-duty word in the deadline field, with the message', async () => {
    const { found } = await runRuleOnText(ID, '二、重点任务\n1.建立文化志愿服务长效机制。\n完成时限：长期坚持\n责任单位：县文化馆');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      taskId: 'T1',
      message:
        'Task “建立文化志愿服务长效机制” has the deadline “长期坚持”, which is not a date, so nobody can tell whether it is late: give a date such as 2021年6月底前, or for a standing duty a checkpoint such as 每季度末前报送进展',
    });
  });

  it('writes the message in Chinese', async () => {
    const { found } = await runRuleOnText(ID, '二、重点任务\n1.建立文化志愿服务长效机制。\n完成时限：尽快', { lang: 'zh' });
    expect(found.map((d) => d.message)).toEqual([
      '任务“建立文化志愿服务长效机制”的完成时限写的是“尽快”，不是具体日期，督查时无法判断是否按期：请写明截止日期，如“2021年6月底前”；常态化工作请写明检查节点，如“每季度末前报送进展”',
    ]);
  });

  it.each([
    ['及时 in a field is still no date', '二、重点任务\n1.报送进展情况。\n完成时限：及时', 'deadline “及时”, which is not a date'],
    ['a field no grammar reads', '二、重点任务\n1.完成文化站改造。\n完成时限：按上级要求', 'Task “完成文化站改造”’s deadline “按上级要求” cannot be read as a date: write it as year, month and day, e.g. 2021年6月底前'],
    ['a masked end', '三、整改内容\n整改项目3：积极争取资金建设乡镇综合文化站。\n整改时限：2009年1月*\n责任股室：*', 'Part of task “积极争取资金建设乡镇综合文化站”’s deadline “2009年1月*” is masked, so its end cannot be read: write the full end date'],
    ['a start that lost its month', '三、整改内容\n整改项目6：积极组织和参与新农村文艺调演。\n整改时限：2009年――2009年9月', 'Task “积极组织和参与新农村文艺调演”’s period “2009年――2009年9月” starts with a bare year, as if the month was lost: add the start month, as in 2009年3月—2009年9月'],
    ['a vague main clause and no date', '二、重点任务\n1.尽快完成村级综合文化服务中心改造。（责任单位：文化站）', 'Task “尽快完成村级综合文化服务中心改造” says only “尽快” about time and has no deadline: give a date, e.g. 完成时限：2021年6月底前'],
    ['traditional script', '二、重點任務\n1.適時調整文化設施布局。（責任單位：文化局）', 'says only “適時” about time'],
  ])('fires: %s', async (_name, text, message) => {
    const { found } = await runRuleOnText(ID, text);
    expect(found.map((d) => d.taskId)).toEqual(['T1']);
    expect(found[0].message).toContain(message);
  });

  it('reports a vague deadline inherited by several items once, on the first', async () => {
    const { found } = await runRuleOnText(ID, '二、重点任务\n（一）完善设施。（完成时限：尽快）\n1.建设图书馆。\n2.建设文化馆。');
    expect(found.map((d) => d.taskId)).toEqual(['T1']);
  });

  it('reports the masked and month-lost 整改时限 of seed 002, and nothing else', async () => {
    const seed = SEEDS[2];
    const { parsed, found } = await runRuleOnSeed(ID, seed);
    const anchors = (truthOf(seed).expect ?? []).filter((e) => e.rule === ID).map((e) => e.anchor);
    expect(anchors).toEqual(['2009年1月*', '2009年5月*', '2009年――2009年9月']);
    expect(found.map((d) => d.taskId)).toEqual(taskIdsOf(parsed, anchors));
    expect(found.map((d) => d.message.split(':')[0])).toEqual([
      'Part of task “積極爭取資金建設鄉鎮綜合文化站”’s deadline “2009年1月*” is masked, so its end cannot be read',
      'Part of task “認真組織和開展全國第三次文物普查工作”’s deadline “2009年5月*” is masked, so its end cannot be read',
      'Task “積極組織和參與第二屆新農村文藝調演”’s period “2009年――2009年9月” starts with a bare year, as if the month was lost',
    ]);
  });

  it.each([
    ['000', SEEDS[0]],
    ['001', SEEDS[1]],
    ['003: 适时调整 and 常态化 stand in rows with a 完成时间', SEEDS[3]],
    ['004: 及时掌握 describes a reactive duty', SEEDS[4]],
  ])('does not fire on seed %s', async (_name, seed) => {
    expect((await runRuleOnSeed(ID, seed)).found).toEqual([]);
  });

  it('fires on 尽快 further on in a task that gives no date at all', async () => {
    const { found } = await runRuleOnText(ID, '二、重点任务\n1.建设乡镇文化站。积极争取资金，尽快开工建设。（责任单位：文化站）');
    expect(found.map((d) => d.taskId)).toEqual(['T1']);
  });

  it('fires on a date with no year in a document that has none either: its end cannot be known', async () => {
    const { found } = await runRuleOnText(ID, '二、重点任务\n1.完成文化站改造。\n完成时限：6月底前', { lang: 'zh' });
    expect(found.map((d) => d.message)).toEqual(['任务“完成文化站改造”的时限“6月底前”没有写年份，文件也没有成文日期或文号可以推定年份，截止时间无法确定：请写明年份，如“××××年6月底前”']);
  });
});
