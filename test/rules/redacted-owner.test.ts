import { describe, expect, it } from 'vitest';
import { runRuleOnSeed, runRuleOnText, taskIdsOf } from '../support/run-rule.js';
import { SEEDS, truthOf } from '../support/seeds.js';

const ID = 'redacted-owner';
const ITEM = '二、整改措施\n整改项目1：规范文化市场管理，提高监管能力。\n整改措施：加强执法检查。\n';

describe(ID, () => {
  it.each([
    ['a masked county inside a real name', `${ITEM}责任领导：陈某\n责任单位：××县建设局、××县文化局`],
    ['a half-masked leader', `${ITEM}责任领导：陈*\n责任单位：县文化局`],
    ['a masked date is not an owner', `${ITEM}责任领导：陈某\n责任单位：县文化局\n整改时限：2009年1月*`],
    ['no owner at all (missing-owner reports it)', `${ITEM}整改时限：2009年12月`],
  ])('passes: %s', async (_name, text) => {
    expect((await runRuleOnText(ID, text)).found).toEqual([]);
  });

  it('fires once per task, naming the redacted fields as written', async () => {
    const { found } = await runRuleOnText(ID, `${ITEM}责任领导：*、*\n责任股室：*\n整改时限：2009年12月`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      taskId: 'T1',
      message:
        'Task “规范文化市场管理，提高监管能力” has its owner redacted to placeholder marks (责任领导：*、*；责任股室：*), so nobody can be held to it: ignore this in a deliberately redacted public copy, otherwise fill in the leader’s name and the unit',
    });
  });

  it.each([
    ['XXX', '（责任领导：XXX；责任单位：县图书馆）', '责任领导：XXX'],
    ['××', '（责任领导：陈某；责任单位：××）', '责任单位：××'],
    ['某某', '（责任领导：某某；责任单位：县图书馆）', '责任领导：某某'],
    ['a redacted partner', '（责任单位：县图书馆；配合单位：＊＊）', '配合单位：＊＊'],
  ])('fires on %s', async (_name, note, fields) => {
    const { found } = await runRuleOnText(ID, `二、重点任务\n1.推进图书馆总分馆建设。${note}`);
    expect(found.map((d) => d.taskId)).toEqual(['T1']);
    expect(found[0].message).toContain(`(${fields})`);
  });

  it('is an error with a placeholder message in a draft', async () => {
    const { found } = await runRuleOnText(ID, `${ITEM}责任领导：*\n责任单位：县文化局`, { draft: true, lang: 'zh' });
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].message).toBe('草稿中任务“规范文化市场管理，提高监管能力”的责任人仍是占位符（责任领导：*）：定稿前请填写责任领导姓名和具体责任单位');
  });

  it('reports all ten 整改项目 of seed 002 (責任領導 "*、*、*")', async () => {
    const seed = SEEDS[2];
    const { parsed, found } = await runRuleOnSeed(ID, seed);
    const anchors = (truthOf(seed).expect ?? []).filter((e) => e.rule === ID).map((e) => e.anchor);
    expect(anchors).toHaveLength(10);
    expect(found.map((d) => d.taskId)).toEqual(taskIdsOf(parsed, anchors));
    expect(found.every((d) => d.severity === 'warning')).toBe(true);
    expect(found[0].message).toContain('(責任領導：*、*、*)');
  });

  it('keeps ××縣建設局 in seed 002 as a name: 整改项目4 lists only its leaders', async () => {
    const { parsed, found } = await runRuleOnSeed(ID, SEEDS[2]);
    const [item4] = taskIdsOf(parsed, ['積極爭創國家級歷史文化名城']);
    expect(found.find((d) => d.taskId === item4)?.message).toContain('(責任領導：*、*、*、*)');
  });

  it.each([[SEEDS[0]], [SEEDS[1]], [SEEDS[3]], [SEEDS[4]]])('does not fire on seed %s', async (seed) => {
    expect((await runRuleOnSeed(ID, seed)).found).toEqual([]);
  });
});
