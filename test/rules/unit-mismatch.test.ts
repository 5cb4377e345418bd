import { describe, expect, it } from 'vitest';
import { runRuleOnSeed, runRuleOnText, taskIdsOf } from '../support/run-rule.js';
import { SEEDS, truthOf } from '../support/seeds.js';

const ID = 'unit-mismatch';
const ROW = (content: string) => `序号\t工作任务\t具体内容\t责任单位\t完成时间\n9\t打造图书馆总分馆服务体系\t${content}\t文化站\t2019年`;
const BODY_AND_TABLE = (body: string, row: string) =>
  `二、重点任务\n1.${body}（责任科室：公共文化科）\n附2\n序号\t项目名称\t建设内容\t建设年限\t责任科室\n1\t公共文化服务下基层\t${row}\t2021年\t公共文化科`;

describe(ID, () => {
  it.each([
    ['a coverage rate in percent', ROW('综合性文化服务中心覆盖率达100%。')],
    ['a share in per mille', ROW('注册文化志愿者占常住人口比例达3‰。')],
    ['a share as a fraction', ROW('国产新片比例不低于1/3。')],
    ['a library turnover rate counted in 次', ROW('每册图书年均流通率1次以上，人均到馆1次以上。')],
    ['growth of an investment in percent', ROW('全镇文化投资增长10%。')],
    ['money per head', ROW('人均文化经费达到1200元/人。')],
    ['matching funds as a percentage', ROW('县级配套资金不低于30%。')],
    ['an area in 亩 and in square metres', ROW('总用地面积约44亩，总建筑面积约1.88万平方米。')],
    ['a count of persons', ROW('培训总人数不少于100人。')],
    ['a number with no metric name', ROW('建成文化礼堂、百姓舞台30家。')],
    [
      'the same figures in the body and 附2',
      BODY_AND_TABLE('推进公共文化服务下基层，完成送书4万册、送戏300场、送培训20000人次。', '完成送书4万册、送戏300场、送培训20000人次。'),
    ],
    ['4万册 in the body is 40000册 in 附2', BODY_AND_TABLE('推进公共文化服务下基层，完成送书4万册。', '完成送书40000册。')],
  ])('passes: %s', async (_name, text) => {
    expect((await runRuleOnText(ID, text)).found).toEqual([]);
  });

  it('fires on a coverage rate stated in persons per library, with the message', async () => {
    const { found } = await runRuleOnText(ID, ROW('人均藏书达到1.5册以上，公共图书馆（室）目标人群覆盖率达1.5万人/个。'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      taskId: 'T1',
      message:
        '“公共图书馆目标人群覆盖率” is a rate but is stated in 人/个 (“1.5万人/个”): state it as a percentage (%) or per mille (‰), or rename the metric to match its unit',
    });
  });

  it('writes the message in Chinese', async () => {
    const { found } = await runRuleOnText(ID, ROW('公共图书馆（室）目标人群覆盖率达1.5万人/个。'), { lang: 'zh' });
    expect(found.map((d) => d.message)).toEqual([
      '“公共图书馆目标人群覆盖率”是比率指标，却以“人/个”为单位（“1.5万人/个”）：请改用百分数（%）或千分数（‰）表述，或将指标名称改为与单位相符的说法',
    ]);
  });

  it.each([
    ['an area in 个', ROW('新增文化活动用房面积3个。'), '“新增文化活动用房面积” is an area but is stated in 个 (“3个”): use square metres (m²), mu or hectares'],
    ['an investment in 个', ROW('总投资5个。'), '“总投资” is an amount of money but is stated in 个 (“5个”): use yuan (元 or 万元)'],
    ['a head count in square metres', ROW('参训人数达200平方米。'), '“参训人数” is a count but is stated in 平方米 (“200平方米”): use a counting unit such as 人, 个 or 场'],
    ['a rate in 次', ROW('数字文化设施配备率（含上网终端、宽带网络等）达到3次。'), '“数字文化设施配备率” is a rate but is stated in 次 (“3次”): state it as a percentage (%) or per mille (‰), or rename the metric to match its unit'],
    ['a unit typed as m2', ROW('建筑面积3050m2。'), 'Non-standard unit symbol “m2” in “3050m2”: write 平方米（m²）'],
    ['平米', ROW('建筑面积3050平米。'), 'Non-standard unit symbol “平米” in “3050平米”: write 平方米（m²）'],
  ])('fires: %s', async (_name, text, message) => {
    const { found } = await runRuleOnText(ID, text);
    expect(found.map((d) => [d.taskId, d.message])).toEqual([['T1', message]]);
  });

  it('fires on a body figure its 附表 row restates differently', async () => {
    const { found } = await runRuleOnText(ID, BODY_AND_TABLE('推进公共文化服务下基层，完成送书4万册、送戏300场。', '完成送书3万册、送戏300场。'));
    expect(found.map((d) => [d.taskId, d.message])).toEqual([['T1', '“完成送书” is “4万册” in the body but “3万册” in the table: check the figure and make both agree']]);
  });

  it('reports the coverage rate of seed 003 and nothing else there', async () => {
    const seed = SEEDS[3];
    const { parsed, found } = await runRuleOnSeed(ID, seed);
    const anchors = (truthOf(seed).expect ?? []).filter((e) => e.rule === ID).map((e) => e.anchor);
    expect(anchors).toEqual(['目标人群覆盖率达1.5万人/个']);
    expect(found.map((d) => d.taskId)).toEqual(taskIdsOf(parsed, anchors));
  });

  it('reports the m2 of seed 002 only', async () => {
    const { parsed, found } = await runRuleOnSeed(ID, SEEDS[2]);
    expect(found.map((d) => d.taskId)).toEqual(taskIdsOf(parsed, ['建筑面積3050m2']));
    expect(found[0].message).toBe('Non-standard unit symbol “m2” in “3050m2”: write 平方米（m²）');
  });

  it.each([
    ['000: 送书4万册…送培训20000人次 is the same in the body and 附2; 1.88万 and 44亩 are areas', SEEDS[0]],
    ['001: 100人以上 and 不少于100人', SEEDS[1]],
    ['004: no quantities', SEEDS[4]],
  ])('stays silent on seed %s', async (_name, seed) => {
    expect((await runRuleOnSeed(ID, seed)).found).toEqual([]);
  });
});
