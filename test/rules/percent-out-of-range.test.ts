import { describe, expect, it } from 'vitest';
import { runRuleOnSeed, runRuleOnText } from '../support/run-rule.js';
import { SEEDS } from '../support/seeds.js';

const ID = 'percent-out-of-range';
const ROW = (content: string) => `序号\t工作任务\t具体内容\t责任单位\t完成时间\n5\t全面完成基层综合性文化服务中心建设\t${content}\t文化站\t2019年`;

describe(ID, () => {
  it.each([
    ['coverage at 100%', ROW('行政村（社区）综合性文化服务中心覆盖率达100%。')],
    ['coverage of 100% or more', ROW('无线网络覆盖率达到100%以上。')],
    ['a share in per mille', ROW('注册文化志愿者占常住人口比例达3‰。')],
    ['a share as a fraction', ROW('院线上映不足两年的国产新片比例不低于1/3。')],
    ['growth past 100%', ROW('文化消费总额比上年增长120%。')],
    ['a completion rate past 100%', ROW('年度任务完成率120%。')],
    ['a coverage rate raised by 120%', ROW('数字资源覆盖率比上年提高120%。')],
    ['a range with both signs', ROW('群众满意度达到85%～90%。')],
    ['a count range', ROW('全年开展活动30-50场。')],
    ['千分之三 restated as 3‰', ROW('注册志愿者占常住人口比例达千分之三（3‰）。')],
    ['a matching ratio past 100%', ROW('地方配套比例达到120%。')],
  ])('passes: %s', async (_name, text) => {
    expect((await runRuleOnText(ID, text)).found).toEqual([]);
  });

  it('fires on a coverage rate above 100%, with the message', async () => {
    const { found } = await runRuleOnText(ID, ROW('行政村（社区）综合性文化服务中心覆盖率达120%。'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'error',
      taskId: 'T1',
      message:
        '“行政村综合性文化服务中心覆盖率” is “120%”, more than 100%: a coverage rate or share cannot pass 100%; check the figure, or say 增长/提高 if a growth is meant',
    });
  });

  it('writes the message in Chinese', async () => {
    const { found } = await runRuleOnText(ID, ROW('群众满意度达到85-90%。'), { lang: 'zh' });
    expect(found.map((d) => d.message)).toEqual(['区间“85-90%”省略了前一个“%”，易误读：请写作“85%～90%”']);
  });

  it.each([
    ['a share raised to a level above 100%', ROW('农家书屋覆盖率提高到110%。'), '“农家书屋覆盖率” is “110%”, more than 100%: a coverage rate or share cannot pass 100%; check the figure, or say 增长/提高 if a growth is meant'],
    ['百分之一百二十', ROW('数字电影放映覆盖率达到百分之一百二十。'), '“数字电影放映覆盖率” is “百分之一百二十”, more than 100%: a coverage rate or share cannot pass 100%; check the figure, or say 增长/提高 if a growth is meant'],
    ['a share in per mille above the whole', ROW('志愿者占常住人口比例达1200‰。'), '“志愿者占常住人口比例” is “1200‰”, more than 100%: a coverage rate or share cannot pass 100%; check the figure, or say 增长/提高 if a growth is meant'],
    ['a range with one sign', ROW('群众满意度达到85-90%。'), 'The range “85-90%” drops the first “%” and can be misread: write “85%～90%”'],
    ['a range written with 至', ROW('公共文化设施利用率达30至40%。'), 'The range “30至40%” drops the first “%” and can be misread: write “30%～40%”'],
    ['the same number in ‰ and %', ROW('注册志愿者占常住人口比例达3‰（3%）。'), '“3‰” and the “3%” right after it have the same number in different units (‰ and %), a tenfold difference: check which one is meant'],
  ])('fires: %s', async (_name, text, message) => {
    const { found } = await runRuleOnText(ID, text);
    expect(found.map((d) => [d.taskId, d.message])).toEqual([['T1', message]]);
  });

  it.each([
    ['000', SEEDS[0]],
    ['001: 完成量不少于50%', SEEDS[1]],
    ['002', SEEDS[2]],
    ['003: 覆盖率达100%, 3‰, 不低于1/3', SEEDS[3]],
    ['004', SEEDS[4]],
  ])('stays silent on seed %s', async (_name, seed) => {
    expect((await runRuleOnSeed(ID, seed)).found).toEqual([]);
  });
});
