import { describe, expect, it } from 'vitest';
import { runRuleOnSeed, runRuleOnText } from '../support/run-rule.js';
import { SEEDS } from '../support/seeds.js';

const ID = 'numbering-gap';

describe(ID, () => {
  it.each([
    ['a complete outline', '一、工作目标\n全面提升服务水平。\n二、重点任务\n（一）科学规划引领行动。\n（二）公共服务提升行动。\n1.建成文化礼堂30家。\n2.完成送书4万册。\n三、保障措施\n加强组织领导。'],
    ['numbering going on across sections', '一、总体要求\n（一）指导思想。略。\n（二）工作目标。略。\n二、重点任务\n（三）建设设施。略。\n（四）开展活动。略。'],
    ['numbering restarting in an attachment', '一、工作目标\n略。\n二、重点任务\n略。\n附件\n长效机制\n一、工作目标\n略。\n二、管理制度\n略。'],
    ['a table restarting per 类别', '附2\n类别\t序号\t项目名称\t建设年限\t责任科室\n科学规划引领行动\t1\t专项规划编制\t2021年\t各科室\n公共服务保障行动\t1\t文化中心建成投运\t2021年\t建设办\n公共服务保障行动\t2\t公共文化服务下基层\t2021年\t文保科'],
    ['a table numbering on across 类别', '附件\n任务清单\n类别\t序号\t工作任务\t责任单位\t完成时间\n设施建设\t1\t建设图书馆\t县文化局\t2021年\n设施建设\t2\t建设文化馆\t县文化局\t2021年\n活动开展\t3\t开展送戏下乡\t县文化局\t2021年'],
    ['a repeated number (duplicate-task-number reports it)', '一、整改内容\n整改项目1：申报历史文化名城。\n整改时限：2009年\n整改项目2：开展文物普查。\n整改时限：2009年\n整改项目2：参与文艺调演。\n整改时限：2009年\n整改项目3：申报文物保护单位。\n整改时限：2009年'],
  ])('passes: %s', async (_name, text) => {
    expect((await runRuleOnText(ID, text)).found).toEqual([]);
  });

  it('fires on 一、…三、 with no 二、, with the message', async () => {
    const { found } = await runRuleOnText(ID, '一、工作目标\n全面提升服务水平。\n三、重点任务\n1.建成文化礼堂30家。（责任科室：文保科）\n四、保障措施\n加强组织领导。');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      loc: { line: 3, column: 1 },
      message: 'Numbering jumps from “一、” to “三、”, so “二、” is missing: add the missing item or renumber',
    });
  });

  it('writes the message in Chinese and reports a skipped task on the task', async () => {
    const { found } = await runRuleOnText(ID, '一、重点任务\n（一）推进设施网络建设。\n1.落实免费开放政策。\n2.建设服务点。\n4.建设乡镇服务点。', { lang: 'zh' });
    expect(found.map((d) => [d.taskId, d.message])).toEqual([['T3', '序号从“2.”跳到“4.”，缺少“3.”：请补上缺少的条目，或重新依次编号']]);
  });

  it.each([
    ['several numbers missing', '一、工作目标\n略。\n五、保障措施\n略。', 'Numbering jumps from “一、” to “五、”, so “二、”“三、”“四、” is missing: add the missing item or renumber'],
    ['a long run missing', '一、工作目标\n略。\n十二、保障措施\n略。', 'Numbering jumps from “一、” to “十二、”, so “二、”…“十一、” is missing: add the missing item or renumber'],
    ['a table row number skipped', '序号\t工作任务\t具体内容\t责任单位\t完成时间\n1\t建立领导机制\t党政主要领导牵头。\t创建办\t2019年\n3\t加强整体规划\t落实专项规划。\t规划分局\t2019年', 'Numbering jumps from “1” to “3”, so “2” is missing: add the missing item or renumber'],
    ['a list that neither starts at 1 nor goes on from the one before', '一、重点任务\n（一）推进设施网络建设。\n1.落实免费开放政策。\n2.建设服务点。\n（二）加强队伍建设。\n2.培训文艺骨干。\n3.建设文艺团队。', 'The sequence starts at “2.” with no “1.” before it: number the items from “1.”'],
  ])('fires: %s', async (_name, text, message) => {
    const { found } = await runRuleOnText(ID, text);
    expect(found.map((d) => d.message)).toEqual([message]);
  });

  it.each([
    ['000: 附2 restarts per 类别', SEEDS[0]],
    ['001', SEEDS[1]],
    ['002: 整改項目 1–5, 5, 6–9', SEEDS[2]],
    ['003: 序号 1–32 with continuation rows', SEEDS[3]],
    ['004', SEEDS[4]],
  ])('stays silent on seed %s', async (_name, seed) => {
    expect((await runRuleOnSeed(ID, seed)).found).toEqual([]);
  });
});
