import { describe, expect, it } from 'vitest';
import { runRuleOnSeed, runRuleOnText, taskIdsOf } from '../support/run-rule.js';
import { SEEDS } from '../support/seeds.js';

const ID = 'deadline-before-issue-date';

const SIGNED = '\n某县文化局\n2020年6月5日';

describe(ID, () => {
  it.each([
    ['a deadline after the 成文日期', `二、重点任务\n1.完成文化站改造。\n完成时限：2020年9月底前${SIGNED}`],
    ['the 成文日期 itself', `二、重点任务\n1.完成文化站改造。\n完成时限：2020年6月5日${SIGNED}`],
    ['a 整改方案 period that started before it was written', '三、整改内容\n整改项目1：建设文化信息资源共享工程。\n整改时限：2009年1月――2009年12月\n某县文化局\n2009年6月10日'],
    ['a deadline in the 文号 year', '益资文旅广体发〔2020〕8号\n二、重点任务\n1.完成文化站改造。\n完成时限：2020年3月底前'],
    ['no date and no 文号', '二、重点任务\n1.完成文化站改造。\n完成时限：2009年3月底前'],
    ['an upload stamp is no document date', '文化局整改方案\n時間:2022-09-30 10:15:00\n三、整改內容\n整改項目1：建設文化信息資源共享工程。\n整改時限：2009年1月――2009年12月'],
  ])('passes: %s', async (_name, text) => {
    expect((await runRuleOnText(ID, text)).found).toEqual([]);
  });

  it('fires on a deadline before the 成文日期, with the message', async () => {
    const { found } = await runRuleOnText(ID, `二、重点任务\n1.完成文化站改造。\n完成时限：2020年3月底前${SIGNED}`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      taskId: 'T1',
      message:
        'Task “完成文化站改造”’s deadline “2020年3月底前” (2020-03-31) is before the document’s date 2020-06-05, so it had passed when the plan was issued: check for a slip (the next year?) or set a later date',
    });
  });

  it('writes the message in Chinese', async () => {
    const { found } = await runRuleOnText(ID, `二、重点任务\n1.完成文化站改造。\n完成时限：2020年3月底前${SIGNED}`, { lang: 'zh' });
    expect(found.map((d) => d.message)).toEqual([
      '任务“完成文化站改造”的时限“2020年3月底前”（2020-03-31）早于成文日期2020-06-05，印发时已经过期：请核对是否笔误（如年份应为次年），或改为成文日期之后的时间',
    ]);
  });

  it('fires on a yearless date that, read in the signing year, had already passed', async () => {
    const { found } = await runRuleOnText(ID, '二、重点任务\n1.完成文化站改造，3月底前完成。（责任单位：文化站）\n某县文化局\n2020年5月20日');
    expect(found.map((d) => d.message)).toEqual([
      'Task “完成文化站改造，3月底前完成”’s deadline “3月底前” (2020-03-31) is before the document’s date 2020-05-20, so it had passed when the plan was issued: check for a slip (the next year?) or set a later date',
    ]);
  });

  it('a yearless date more than half a year before the document’s date is the next year’s, not a slip', async () => {
    const { found } = await runRuleOnText(ID, '二、重点任务\n1.完成文化站改造，3月底前完成。（责任单位：文化站）\n某县文化局\n2020年11月20日');
    expect(found).toEqual([]);
  });

  it('falls back to the 文号 year', async () => {
    const { found } = await runRuleOnText(ID, '益资文旅广体发〔2020〕8号\n二、重点任务\n1.完成文化站改造。\n完成时限：2019年12月底前');
    expect(found.map((d) => [d.severity, d.message])).toEqual([
      ['warning', 'Task “完成文化站改造”’s deadline “2019年12月底前” is in a year before the document number’s year 2020: check the year'],
    ]);
  });

  it('compares a range by its end', async () => {
    const { found } = await runRuleOnText(ID, `二、重点任务\n1.完成文化站改造。\n完成时限：2020年1月—2020年5月${SIGNED}`);
    expect(found.map((d) => d.taskId)).toEqual(['T1']);
  });

  it('seed 001: the 动员发动阶段 ended before the portal’s 发布日期, as advice only', async () => {
    const { parsed, found } = await runRuleOnSeed(ID, SEEDS[1]);
    expect(found.map((d) => d.taskId)).toEqual(taskIdsOf(parsed, ['2018310日前']));
    expect(found[0]).toMatchObject({
      severity: 'info',
      message:
        'Task “动员发动阶段(2018310日前)”’s deadline “2018310日前” (2018-03-10) is before the portal’s publication date 2018-05-07, which may be later than the document’s own date: check the original, and update the date or report the step as done',
    });
  });

  it.each([
    ['000', SEEDS[0]],
    ['002: 時間:2022-09-30 is an upload stamp', SEEDS[2]],
    ['003', SEEDS[3]],
    ['004: 6月底前 is read in the 文号 year', SEEDS[4]],
  ])('does not fire on seed %s', async (_name, seed) => {
    expect((await runRuleOnSeed(ID, seed)).found).toEqual([]);
  });
});
