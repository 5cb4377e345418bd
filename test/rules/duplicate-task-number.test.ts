import { describe, expect, it } from 'vitest';
import { runRuleOnSeed, runRuleOnText, taskIdsOf } from '../support/run-rule.js';
import { SEEDS, truthOf } from '../support/seeds.js';

const ID = 'duplicate-task-number';
const HEADER = '序号\t工作任务\t具体内容\t责任单位\t完成时间';

describe(ID, () => {
  it.each([
    ['numbers in order', '三、整改内容\n整改项目1：建设文化信息资源共享工程。\n整改时限：2009年\n整改项目2：继续实施农村电影放映工程。\n整改时限：2009年'],
    ['numbering restarting per 类别', '附2\n类别\t序号\t项目名称\t建设年限\t责任科室\n科学规划引领行动\t1\t专项规划编制\t2021年\t各科室\n公共服务保障行动\t1\t文化中心建成投运\t2021年\t建设办\n公共服务保障行动\t2\t公共文化服务下基层\t2021年\t文保科'],
    ['numbering restarting under unnumbered subheadings', '二、重点任务\n推进设施建设\n1.建设图书馆。\n2.建设文化馆。\n加强队伍建设\n1.培训文艺骨干。\n2.建设文艺团队。'],
    ['the same numbers under different headings', '二、重点任务\n（一）推进设施建设。\n1.建设图书馆。\n2.建设文化馆。\n（二）加强队伍建设。\n1.培训文艺骨干。\n2.建设文艺团队。'],
    ['label blocks of two kinds', '一、整改内容\n问题1：文化设施不足。\n措施1：建设图书馆。\n问题2：队伍薄弱。\n措施2：培训骨干。'],
    ['rows whose number comes from the row above', `${HEADER}\n1\t建立领导机制\t党政主要领导牵头。\t创建办\t2019年\n\t\t制定领导小组工作机制。\t创建办\t2019年\n2\t加强整体规划\t落实专项规划。\t规划分局\t2019年`],
  ])('passes: %s', async (_name, text) => {
    expect((await runRuleOnText(ID, text)).found).toEqual([]);
  });

  it('fires on a number used twice for different items, with the message', async () => {
    const { found } = await runRuleOnText(
      ID,
      '三、整改内容\n整改项目5：认真组织和开展全国第三次文物普查工作。\n整改时限：2009年5月\n整改项目5：积极组织和参与第二届新农村文艺调演。\n整改时限：2009年9月\n整改项目6：申报第七批全国重点文物保护单位。\n整改时限：2012年10月底',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'error',
      taskId: 'T2',
      message: 'Number “整改项目5” is used twice: “积极组织和参与第二届新农村文艺调演” has the same number as “认真组织和开展全国第三次文物普查工作” before it: renumber the items so each can be tracked',
    });
  });

  it('writes the message in Chinese', async () => {
    const { found } = await runRuleOnText(ID, '二、重点任务\n1.建设图书馆。\n2.建设文化馆。\n2.建设博物馆。', { lang: 'zh' });
    expect(found.map((d) => [d.taskId, d.message])).toEqual([
      ['T3', '序号“2”重复使用：“建设博物馆”与前面的“建设文化馆”序号相同：请依次重新编号，便于逐项督办'],
    ]);
  });

  it('reports a number repeated outside task sections by its line', async () => {
    const { found } = await runRuleOnText(ID, '三、保障措施\n（一）加强组织领导。\n（二）加强宣传发动。\n（二）加强督导考核。');
    expect(found.map((d) => [d.severity, d.taskId, d.loc?.line])).toEqual([['error', undefined, 4]]);
  });

  it('gives a merged-cell continuation row info severity', async () => {
    const { found } = await runRuleOnText(
      ID,
      `${HEADER}\n6\t完善公共文化服务设施公建配套政策\t明确公共文化设施配套的比例。\t规划分局\t2019年\n6\t完善公共文化服务设施公建配套政策\t建立公示和通报制度。\t规划分局\t2020年`,
    );
    expect(found.map((d) => [d.severity, d.taskId, d.message])).toEqual([
      [
        'info',
        'T2',
        'Number “6” appears again with the same item (“完善公共文化服务设施公建配套政策”): probably a merged cell split into two rows; merge the cells or drop the repeated number',
      ],
    ]);
  });

  it('treats a number repeated within one 类别, with nothing else naming the rows, as a continuation', async () => {
    const { found } = await runRuleOnText(
      ID,
      '序号\t类别\t具体内容\t责任单位\t完成时间\n1\t组织领导\t成立领导小组。\t办公室\t2021年\n2\t设施建设\t建设图书馆。\t文化局\t2021年\n2\t设施建设\t建设文化馆。\t文化局\t2021年',
    );
    expect(found.map((d) => [d.severity, d.taskId])).toEqual([['info', 'T3']]);
  });

  it('reports the second 整改項目5 of seed 002 as an error', async () => {
    const seed = SEEDS[2];
    const { parsed, found } = await runRuleOnSeed(ID, seed);
    const anchors = (truthOf(seed).expect ?? []).filter((e) => e.rule === ID).map((e) => e.anchor);
    expect(anchors).toHaveLength(1);
    expect(found.map((d) => [d.severity, d.taskId])).toEqual([['error', ...taskIdsOf(parsed, anchors)]]);
  });

  it('reports the repeated 序号 6 and 12 of seed 003 as info only', async () => {
    const { parsed, found } = await runRuleOnSeed(ID, SEEDS[3]);
    const ids = taskIdsOf(parsed, ['建立公建配套公共文化设施公示和通报制度', '大力推进文化艺术创作发展']);
    expect(found.map((d) => [d.severity, d.taskId])).toEqual(ids.map((id) => ['info', id]));
  });

  it.each([
    ['000: 附2 restarts per 类别', SEEDS[0]],
    ['001', SEEDS[1]],
    ['004', SEEDS[4]],
  ])('stays silent on seed %s', async (_name, seed) => {
    expect((await runRuleOnSeed(ID, seed)).found).toEqual([]);
  });
});
