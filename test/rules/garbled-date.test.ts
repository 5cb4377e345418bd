import { describe, expect, it } from 'vitest';
import { runRuleOnSeed, runRuleOnText, taskIdsOf } from '../support/run-rule.js';
import { SEEDS, truthOf } from '../support/seeds.js';

const ID = 'garbled-date';

describe(ID, () => {
  it.each([
    ['full dates in phases', '三、进度安排\n（一）动员发动阶段（2018年3月10日前）。并于3月10日前报送。\n（二）组织实施阶段（2018年3月10日—12月10日）。7月1日前完成量不少于50%。'],
    ['a phone number, money and a 文号', '二、重点任务\n1.建设乡镇文化站6个，总投资187万元，联系电话0737-4221234。依据益资文旅广体发〔2020〕8号，2020年6月底前完成。'],
    ['a count of days', '二、重点任务\n1.开展安全隐患百日大排查，365日不间断值守，100日内完成。\n完成时限：2020年底前'],
    ['ISO and dotted dates', '发布日期: 2018.05.07\n二、重点任务\n1.完成文化站改造。\n完成时限：2022-09-30'],
    ['digits before 日 that are a plain day', '二、重点任务\n1.每月10日前报送工作动态，25日召开调度会。\n完成时限：2020年12月31日'],
    ['a masked date (unclear-deadline speaks for it)', '三、整改内容\n整改项目3：建设乡镇综合文化站。\n整改时限：2009年1月*'],
    ['bare digits with no date context', '二、重点任务\n1.放映“2131工程”电影，71场次。\n完成时限：2009年'],
  ])('passes: %s', async (_name, text) => {
    expect((await runRuleOnText(ID, text)).found).toEqual([]);
  });

  it('fires once per phase with every repair, with the message', async () => {
    const { found } = await runRuleOnText(ID, '三、进度安排\n（一）动员发动阶段（2018310日前）。制定实施方案，并于310日前将工作安排报送县文广新局。');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'error',
      taskId: 'T1',
      message: 'Task “动员发动阶段（2018310日前）” has dates that lost 年/月 (2018310日前 → 2018年3月10日前？；310日前 → 3月10日前？) and cannot be tracked: check the original and write the year and month in',
    });
  });

  it('writes the message in Chinese', async () => {
    const { found } = await runRuleOnText(ID, '三、进度安排\n（一）总结验收阶段（20181210—1231日）。组织督查验收。', { lang: 'zh' });
    expect(found.map((d) => d.message)).toEqual([
      '任务“总结验收阶段（20181210—1231日）”中的日期缺了“年”“月”字（20181210—1231日 → 2018年12月10日—12月31日？），无法据以督查：请对照原件确认后补全年、月',
    ]);
  });

  it('reads 121日前 inside a phase within the phase’s dates', async () => {
    const { found } = await runRuleOnText(ID, '三、进度安排\n（一）动员发动阶段（2018年1月1日—1月31日）。121日前完成摸底。\n（二）组织实施阶段（2018310—1210日）。71日前完成量不少于50%121日前完成全部任务。');
    expect(found.map((d) => [d.taskId, d.message.slice(d.message.indexOf(' (') + 1, d.message.lastIndexOf(')') + 1)])).toEqual([
      ['T1', '(121日前 → 1月21日前？)'],
      ['T2', '(2018310—1210日 → 2018年3月10日—12月10日？；71日前 → 7月1日前？；121日前 → 12月1日前？)'],
    ]);
  });

  it('shows both readings when nothing decides between them', async () => {
    const { found } = await runRuleOnText(ID, '2018年工作方案\n二、重点任务\n1.完成全部任务，121日前报送总结。（责任单位：文化站）');
    expect(found.map((d) => d.message)).toEqual([
      'Task “完成全部任务，121日前报送总结” has dates that lost 年/月 (121日前 → 12月1日前或1月21日前？) and cannot be tracked: check the original and write the year and month in',
    ]);
  });

  it('fires on a garbled deadline field', async () => {
    const { found } = await runRuleOnText(ID, '二、重点任务\n1.完成文化站改造。\n完成时限：2020630日前');
    expect(found.map((d) => d.message)).toEqual([
      'Task “完成文化站改造” has dates that lost 年/月 (2020630日前 → 2020年6月30日前？) and cannot be tracked: check the original and write the year and month in',
    ]);
  });

  it('fires on a date that does not exist', async () => {
    const { found } = await runRuleOnText(ID, '二、重点任务\n1.完成文化站改造。\n完成时限：2020年2月30日');
    expect(found.map((d) => d.message)).toEqual(['Task “完成文化站改造” has the date “2020年2月30日”, which does not exist: check the month and day in the original']);
  });

  it('seed 001: once per 进度安排 phase, listing the other garbled dates in it', async () => {
    const seed = SEEDS[1];
    const { parsed, found } = await runRuleOnSeed(ID, seed);
    const anchors = (truthOf(seed).expect ?? []).filter((e) => e.rule === ID).map((e) => e.anchor);
    expect(anchors).toEqual(['2018310日前', '2018310—1210日', '20181210—1231日']);
    expect(found.map((d) => d.taskId)).toEqual(taskIdsOf(parsed, anchors));
    expect(found.map((d) => d.message.slice(d.message.indexOf(' (') + 1, d.message.lastIndexOf(')') + 1))).toEqual([
      '(2018310日前 → 2018年3月10日前？；310日前 → 3月10日前？)',
      '(2018310—1210日 → 2018年3月10日—12月10日？；71日前 → 7月1日前？；121日前 → 12月1日前？)',
      '(20181210—1231日 → 2018年12月10日—12月31日？)',
    ]);
  });

  it.each([
    ['000', SEEDS[0]],
    ['002: 2009年1月* is masked, 2131 and 187萬元 are no dates', SEEDS[2]],
    ['003', SEEDS[3]],
    ['004: 〔2020〕8号 is a 文号', SEEDS[4]],
  ])('does not fire on seed %s', async (_name, seed) => {
    expect((await runRuleOnSeed(ID, seed)).found).toEqual([]);
  });
});
