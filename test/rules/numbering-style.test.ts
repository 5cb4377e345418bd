import { describe, expect, it } from 'vitest';
import { runRuleOnSeed, runRuleOnText } from '../support/run-rule.js';
import { SEEDS } from '../support/seeds.js';

const ID = 'numbering-style';

describe(ID, () => {
  it.each([
    ['一、 （一） 1. in order', '一、工作目标\n全面提升服务水平。\n二、重点任务\n（一）科学规划引领行动。\n（二）公共服务提升行动。\n1.建成文化礼堂30家。\n2.完成送书4万册。\n三、保障措施\n（一）加强组织领导。'],
    ['a skipped level used throughout', '一、工作目标\n全面提升服务水平。\n二、重点任务\n1.建成文化礼堂30家。\n2.完成送书4万册。\n三、保障措施\n1.加强组织领导。'],
    ['（1） below 1.', '一、重点任务\n（一）推进设施建设。\n1.建设图书馆。\n（1）完成选址。\n（2）完成设计。'],
    ['1． with a full-width point', '一、重点任务\n1．建设图书馆。\n2．建设文化馆。'],
    ['label blocks beside numbered items', '二、总体目标\n1.服务水平得到提升。\n三、整改内容\n整改项目1：建设文化信息资源共享工程。\n整改时限：2009年\n四、具体要求\n1.加强组织领导。'],
    ['an attachment with its own scheme', '一、工作目标\n略。\n二、重点任务\n（一）建设设施。\n附件\n长效机制\n一、工作目标\n1.统一管理。'],
  ])('passes: %s', async (_name, text) => {
    expect((await runRuleOnText(ID, text)).found).toEqual([]);
  });

  it('fires once for every 1、 in a document, with the message', async () => {
    const { found } = await runRuleOnText(ID, '二、總體目標\n1、貫徹落實科學發展觀的自覺性得到增強。\n2、突出問題得到解決。\n四、具體要求\n1、加強組織領導。');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      loc: { line: 2, column: 1 },
      message: 'Hierarchy marker “1、” should be written “1.” (3 places): change them all',
    });
  });

  it('writes the message in Chinese', async () => {
    const { found } = await runRuleOnText(ID, '一、工作思路和目标\n(一)总体思路。深入贯彻落实党的十九大精神。\n(二)工作目标。全年培养文艺骨干100人以上。', { lang: 'zh' });
    expect(found.map((d) => d.message)).toEqual([
      '层次序数“(一)”用了半角括号，应写作全角“（一）”（共2处）：从网页转存的文本常有此问题，定稿时请统一改为全角',
    ]);
  });

  it.each([
    ['一. instead of 一、', '一.工作目标\n略。\n二.重点任务\n略。', ['Hierarchy marker “一.” should be written “一、” (2 places): change them all']],
    ['1） instead of （1）', '一、重点任务\n1.建设图书馆。\n1）完成选址。\n2）完成设计。', ['Hierarchy marker “1）” should be written “（1）” (2 places): change them all']],
    ['a mark after the brackets', '一、重点任务\n（一）、建设设施。\n（二）、开展活动。', ['Hierarchy marker “（一）、” should be written “（一）” (2 places): change them all']],
    [
      'forms mixed at one depth',
      '三、指标任务\n1. 将村级图书室与旅游咨询点整合进综合服务平台。\n2. 制定相关功能室使用具体措施。\n四、工作措施\n（一）组织学习。\n（二）召开会议。\n五、工作要求\n（一）加强领导。',
      ['Items under “三、指标任务” are numbered “1.” while the other items at this depth use “（一）”: use one form per depth'],
    ],
    [
      'levels inverted',
      '一、重点任务\n1.建设设施。\n（一）建设图书馆。\n（二）建设文化馆。\n2.开展活动。',
      ['“（一）” is used below “1.”, which inverts the levels (2 places): the order is 一、, （一）, 1., （1）'],
    ],
  ])('fires: %s', async (_name, text, messages) => {
    const { found } = await runRuleOnText(ID, text);
    expect(found.map((d) => d.message)).toEqual(messages);
  });

  it.each([
    ['001: (一) with half-width brackets', SEEDS[1], 17, 'Hierarchy marker “(一)” uses half-width brackets; write “（一）” (13 places). Text copied from web pages often has this: fix it in the final copy'],
    ['002: 1、', SEEDS[2], 8, 'Hierarchy marker “1、” should be written “1.” (7 places): change them all'],
    ['004: 1. under 三、 where 四、 and 五、 use （一）', SEEDS[4], 39, 'Items under “三、指标任务” are numbered “1.” while the other items at this depth use “（一）”: use one form per depth'],
  ])('reports seed %s once', async (_name, seed, line, message) => {
    const { found } = await runRuleOnSeed(ID, seed);
    expect(found.map((d) => [d.loc?.line, d.message])).toEqual([[line, message]]);
  });

  it.each([
    ['000', SEEDS[0]],
    ['003: a table only', SEEDS[3]],
  ])('stays silent on seed %s', async (_name, seed) => {
    expect((await runRuleOnSeed(ID, seed)).found).toEqual([]);
  });
});
