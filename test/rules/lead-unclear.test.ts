import { describe, expect, it } from 'vitest';
import { runRuleOnSeed, runRuleOnText, taskIdsOf } from '../support/run-rule.js';
import { SEEDS } from '../support/seeds.js';

const ID = 'lead-unclear';

describe(ID, () => {
  it.each([
    ['one unit', '二、重点任务\n1.推进图书馆建设。（责任单位：县图书馆）'],
    ['a 牵头/配合 phrase', '二、重点任务\n1.开展送戏下乡活动。（县文化局牵头，县财政局配合）'],
    ['a 牵头单位 label', '二、重点任务\n1.完善设施用地保障。（牵头单位：县国土局、县规划局）'],
    ['a （牵头） mark', '二、重点任务\n1.完善设施用地保障。（责任单位：县国土局（牵头）、县规划局）'],
    ['a separate 配合 field', '二、重点任务\n1.完善设施用地保障。（责任单位：县国土局、县规划局；配合单位：县财政局）'],
    ['各村 beside the town station', '二、重点任务\n1.推进基层综合性文化服务中心建设。（责任单位：文化站、各村）'],
    ['placeholders beside one named unit', '二、重点任务\n1.推进文化惠民。（责任单位：县文化局、各直属单位）'],
    ['clause subjects, not an owner field', '二、重点任务\n1.组织学习。区文旅局及各乡镇、街道、经开区要认真组织专题学习一次。'],
    ['redacted leaders', '二、整改措施\n整改项目1：规范文化市场管理。\n责任领导：*、*、*\n责任单位：县文化局'],
    ['a 牵头领导 label', '二、重点任务\n1.完成规划编制。（牵头领导：陈某、王某；责任科室：办公室）'],
  ])('passes: %s', async (_name, text) => {
    expect((await runRuleOnText(ID, text)).found).toEqual([]);
  });

  it('fires on two units with no lead, naming the first as the conventional lead', async () => {
    const { found } = await runRuleOnText(ID, '二、重点任务\n1.完善设施用地保障。（责任单位：县国土局、县规划局）');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'info',
      taskId: 'T1',
      message: 'Task “完善设施用地保障” lists several owning units (县国土局、县规划局) and marks no lead: by convention the first, “县国土局”, leads; if not, write 牵头单位：… and 配合单位：…',
    });
  });

  it('fires on two leaders with no lead, in Chinese', async () => {
    const { found } = await runRuleOnText(ID, '二、重点任务\n1.完成规划编制。（责任领导：陈某、王某；责任科室：办公室）', { lang: 'zh' });
    expect(found.map((d) => d.message)).toEqual([
      '任务“完成规划编制”列了多名责任领导（陈某、王某），未标明谁牵头：按惯例视首位的“陈某”为牵头领导；如非如此，请注明牵头领导',
    ]);
  });

  it('reports units and leaders separately when both are unsorted', async () => {
    const { found } = await runRuleOnText(ID, '二、重点任务\n1.完成规划编制。（责任领导：陈某、王某；责任科室：办公室、规划科）');
    expect(found.map((d) => d.message.match(/lists several (\w+ \w+) \(([^)]*)\)/)?.slice(1))).toEqual([
      ['owning units', '办公室、规划科'],
      ['responsible leaders', '陈某、王某'],
    ]);
  });

  it('reports seed 003 rows with two or more named units and no 配合 cell', async () => {
    const { parsed, found } = await runRuleOnSeed(ID, SEEDS[3]);
    const expected = taskIdsOf(parsed, [
      '细化公共文化设施的土地利用', // 国土分局 / 规划分局
      '整合基层文化资源', // 宣传办 / 文化站 / 各村 (RULES.md example)
      '结合美丽宜居乡村建设', // 农业局 / 文化站 / 各村
      '提升中国合唱基地的建设水平', // 文化站 / 教指中心 / 社区学院
      '构建艺术普及场馆和人才共享体系', // 社会事务局文化站 / 教指中心
      '大力推进文化艺术创作发展', // 文化站 / 社区学院
    ]);
    expect(found.map((d) => d.taskId)).toEqual(expected);
    expect(found[1].message).toContain('(宣传办、文化站)');
  });

  it('leaves seed 003 rows alone when a 配合单位 cell sorts the owners (宣传办 / 文化站 with 经信局 as partner)', async () => {
    const { parsed, found } = await runRuleOnSeed(ID, SEEDS[3]);
    const [row] = taskIdsOf(parsed, ['通过补贴和支持文化消费']);
    expect(found.map((d) => d.taskId)).not.toContain(row);
  });

  it('reports seed 000: 附2 "陈忠新 / 陈  凯" and the body items listing several 科室', async () => {
    const { parsed, found } = await runRuleOnSeed(ID, SEEDS[0]);
    const [table, item3, item5] = taskIdsOf(parsed, ['全面完成 “十四五”文化旅游专项规划编制工作', '巩固基层综合文化服务中心建成率', '加强文艺创作生产']);
    expect(found.map((d) => [d.taskId, d.message.match(/\(([^)]*)\)/)?.[1]])).toEqual([
      [item3, '文化中心建设办、图书馆、海门山歌艺术剧院'],
      [item5, '公共文化和文保科、江海艺术研究院'],
      [table, '陈忠新、陈凯'],
    ]);
  });

  it.each([[SEEDS[1]], [SEEDS[4]]])('does not fire on seed %s', async (seed) => {
    expect((await runRuleOnSeed(ID, seed)).found).toEqual([]);
  });
});
