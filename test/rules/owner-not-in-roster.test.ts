import { describe, expect, it } from 'vitest';
import { runRuleOnSeed, runRuleOnText } from '../support/run-rule.js';
import { SEEDS } from '../support/seeds.js';

const ID = 'owner-not-in-roster';
const ROSTER = '一、组织领导\n组  长：李明  局长\n副组长：张  华  副局长\n成  员：刘洋  办公室主任\n二、重点任务\n';

describe(ID, () => {
  it.each([
    ['a leader on the roster, padded there', `${ROSTER}1.推进图书馆建设。（责任领导：张华；责任科室：图书馆）`],
    ['a leader padded in the task', `${ROSTER}1.推进图书馆建设。（责任领导：张  华；责任科室：图书馆）`],
    ['a leader with a title', `${ROSTER}1.推进图书馆建设。（责任领导：张华副局长；责任科室：图书馆）`],
    ['a post, not a name', `${ROSTER}1.推进图书馆建设。（责任领导：分管副局长；责任科室：图书馆）`],
    ['a redaction mark', `${ROSTER}1.推进图书馆建设。（责任领导：*；责任科室：图书馆）`],
    ['a half-masked name', `${ROSTER}1.推进图书馆建设。（责任领导：王*；责任科室：图书馆）`],
    ['no roster in the document', '二、重点任务\n1.推进图书馆建设。（责任领导：王伟；责任科室：图书馆）'],
  ])('passes: %s', async (_name, text) => {
    expect((await runRuleOnText(ID, text)).found).toEqual([]);
  });

  it('fires on a leader missing from the roster, with the message', async () => {
    const { found } = await runRuleOnText(ID, `${ROSTER}1.完善专项规划编制工作。（责任领导：王伟；责任科室：办公室）\n2.推进图书馆建设。（责任领导：张华；责任科室：图书馆）`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      taskId: 'T1',
      message:
        'Task “完善专项规划编制工作” names leader “王伟”, who is not in this plan’s leading-group roster: check the spelling or add them to the roster; ignore this for higher-level leaders or a roster issued separately',
    });
  });

  it('names only the missing leaders of a task, once each, in Chinese', async () => {
    const { found } = await runRuleOnText(ID, `${ROSTER}1.推进图书馆建设。（责任领导：李明、王伟局长、赵强、王伟；责任科室：图书馆）`, { lang: 'zh' });
    expect(found.map((d) => d.message)).toEqual([
      '任务“推进图书馆建设”的责任领导“王伟、赵强”不在本方案的领导小组名单中：请核对姓名是否写错，或将其补入名单；如为上级领导或名单另行印发，可忽略',
    ]);
  });

  it('passes seed 000: 陈忠新, 瞿丹, 陈凯 and 徐叶飞 are all in 附1', async () => {
    const { parsed, found } = await runRuleOnSeed(ID, SEEDS[0]);
    const names = parsed.document.roster.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['陈忠新', '瞿丹', '陈凯', '徐叶飞']));
    const checked = new Set(parsed.document.tasks.flatMap((t) => parsed.facts.tasks.get(t.id)!.lead.leaders.map((l) => l.person)));
    expect([...checked].sort()).toEqual(['徐叶飞', '瞿丹', '陈凯', '陈忠新'].sort());
    expect(found).toEqual([]);
  });

  it.each([[SEEDS[1]], [SEEDS[2]], [SEEDS[3]], [SEEDS[4]]])('does not fire on seed %s', async (seed) => {
    expect((await runRuleOnSeed(ID, seed)).found).toEqual([]);
  });
});
