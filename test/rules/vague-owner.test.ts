import { describe, expect, it } from 'vitest';
import { runRuleOnSeed, runRuleOnText, taskIdsOf } from '../support/run-rule.js';
import { SEEDS, truthOf } from '../support/seeds.js';

const ID = 'vague-owner';

describe(ID, () => {
  it.each([
    ['a named leader answers for 各科室', '二、重点任务\n1.完善专项规划编制工作。（责任领导：陈某；责任科室：各科室）'],
    ['a named lead with every member as partners', '二、重点任务\n1.开展送戏下乡活动。（县文化局牵头，各成员单位配合）'],
    ['a named lead with every town as partners', '二、重点任务\n1.开展送戏下乡活动。（责任单位：县文化局牵头，各乡镇配合）'],
    ['a named unit listed before a placeholder', '二、重点任务\n1.开展送戏下乡活动。（责任单位：县文化局、各有关单位）'],
    ['各村 beside the town station', '二、重点任务\n1.推进基层综合性文化服务中心建设。（责任单位：文化站、各村）'],
    ['the 通知 addressees, each for its own area', '二、重点任务\n1.制定措施。（责任单位：各乡镇、街道、经开区）'],
    ['各县（市、区） is one distributed owner', '二、重点任务\n1.制定实施细则。（责任单位：各县（市、区）政府）'],
    ['a placeholder only as 配合单位 in a table', '附件\n任务分解表\n序号\t工作任务\t责任单位\t配合单位\n1\t建立领导小组工作机制。\t创建办\t各成员单位'],
  ])('passes: %s', async (_name, text) => {
    expect((await runRuleOnText(ID, text)).found).toEqual([]);
  });

  it('fires on a task owned only by 各成员单位, with the message', async () => {
    const { found } = await runRuleOnText(ID, '二、重点任务\n1.建立信息报送制度。（责任单位：各成员单位）');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      taskId: 'T1',
      message: 'Task “建立信息报送制度” is owned only by “各成员单位”, a placeholder nobody answers for: name the lead unit (e.g. 县文化局牵头，各成员单位配合) or a responsible leader',
    });
  });

  it.each([
    ['有关部门 after a named lead', '二、重点任务\n1.开展送戏下乡活动。（县文化局牵头，各有关部门按职责分工负责）', '各有关部门'],
    ['相关部门 marked 配合 inside the unit field', '二、重点任务\n1.开展送戏下乡活动。（责任单位：县文化局牵头，区级相关部门配合）', '区级相关部门'],
  ])('fires on partners that name no bodies (a reviewer asks which): %s', async (_name, text, owners) => {
    const { found } = await runRuleOnText(ID, text, { lang: 'zh' });
    expect(found.map((d) => d.message)).toEqual([`任务“开展送戏下乡活动”的配合单位“${owners}”没有写明是哪些单位，督查时无法确认谁来配合：请列出具体的配合单位`]);
  });

  it('writes the message in Chinese', async () => {
    const { found } = await runRuleOnText(ID, '二、重点任务\n1.建立信息报送制度。（责任单位：各成员单位）', { lang: 'zh' });
    expect(found.map((d) => d.message)).toEqual([
      '任务“建立信息报送制度”的责任单位只写了“各成员单位”，是泛指，督查时找不到具体责任单位：请写明牵头单位（如“县文化局牵头，各成员单位配合”），或注明责任领导',
    ]);
  });

  it.each([
    ['traditional script', '二、整改措施\n1.加強文化市場監管。（責任單位：各有關單位）', '各有關單位'],
    ['a scope that narrows nothing', '二、重点任务\n1.加强宣传。（责任单位：市直各有关单位）', '市直各有关单位'],
    ['two placeholders', '二、重点任务\n1.加强宣传。（责任单位：相关部门、各科室）', '相关部门、各科室'],
    ['a clause subject', '二、重点任务\n1.加强宣传。各有关部门要加大宣传力度。', '各有关部门'],
    ['a redacted leader does not name anyone', '二、整改措施\n1.规范市场管理。\n责任领导：*\n责任单位：相关单位', '相关单位'],
  ])('fires: %s', async (_name, text, owners) => {
    const { found } = await runRuleOnText(ID, text);
    expect(found.map((d) => d.taskId)).toEqual(['T1']);
    expect(found[0].message).toContain(`owned only by “${owners}”`);
  });

  it('fires on each item that inherits a placeholder from its parent', async () => {
    const { found } = await runRuleOnText(ID, '二、重点任务\n（一）完善设施。（责任单位：各有关单位）\n1.建设图书馆。\n2.建设文化馆。');
    expect(found.map((d) => d.taskId)).toEqual(['T1', 'T2']);
  });

  it('reports exactly the rows of seed 003 whose 责任单位 is only 各成员单位', async () => {
    const seed = SEEDS[3];
    const { parsed, found } = await runRuleOnSeed(ID, seed);
    const anchors = (truthOf(seed).expect ?? []).filter((e) => e.rule === ID).map((e) => e.anchor);
    expect(anchors).toHaveLength(3);
    expect(found.map((d) => d.taskId)).toEqual(taskIdsOf(parsed, anchors));
  });

  it.each([
    ['000: 各科室 under the named leader', SEEDS[0]],
    ['001', SEEDS[1]],
    ['002', SEEDS[2]],
    ['004: 各乡镇、街道、经开区 are the addressees', SEEDS[4]],
  ])('does not fire on seed %s', async (_name, seed) => {
    expect((await runRuleOnSeed(ID, seed)).found).toEqual([]);
  });
});
