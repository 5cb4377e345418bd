import { describe, expect, it } from 'vitest';
import { runRuleOnSeed, runRuleOnText } from '../support/run-rule.js';
import { SEEDS } from '../support/seeds.js';

const ID = 'sum-mismatch';
const TASK = (text: string) => `一、重点任务\n1.建设乡镇综合文化站。${text}（责任单位：县文化局；完成时限：2021年）`;

describe(ID, () => {
  it.each([
    ['地上 + 地下 = 总建筑面积, all 约', TASK('总建筑面积约1.88万平方米，其中地上面积约1.43万平方米，地下面积约0.45万平方米。')],
    ['a second breakdown in the same cell', TASK('总建筑面积约4.77万平方米，其中地上约3.16万平方米，地下约1.61万平方米。')],
    ['约 allows a digit either way', TASK('总面积约1.9万平方米，其中地上约1.43万平方米，地下约0.45万平方米。')],
    ['parts in 亿元 and 万元', TASK('总投资1.2亿元，其中中央补助5000万元，地方配套7000万元。')],
    ['a funding source sentence that adds up', TASK('总投资187万元。资金来源为：申请国债资金共计96万元，地方配套资金共计91万元。')],
    ['其中 naming only some parts', TASK('总投资500万元，其中中央资金200万元，省级资金100万元。')],
    ['a single remainder part', TASK('总投资187万元，其中地方配套91万元。')],
    ['a per-item figure among the parts', TASK('总投资187万元，其中中央资金每个乡镇16万元，地方配套91万元。')],
    ['an aside in brackets', TASK('总投资1000万元，其中甲项目600万元（含设备200万元），乙项目400万元。')],
    ['a rounded 亩 among square metres', TASK('总建筑面积3000平方米，其中地上2000平方米，地下1亩。')],
    ['new and rebuilt stations that add up', TASK('共建设文化站50个，其中新建20个、改扩建30个。')],
    ['a count that matches its list', TASK('实施3项工程：文化惠民工程、文化品牌工程、文化人才工程。')],
    ['quoted items with 、 inside', TASK('重点打造2个品牌：“一门式办理、一站式服务”、“一室多用”。')],
    ['a list that goes on after a comma', TASK('实施2项工程：文化惠民、文化品牌，文化人才工程另行安排。')],
    ['a list closed with 等', TASK('建设3个示范点：城关镇、河口乡、新华镇、白云乡等。')],
    ['a bracket qualifying the noun', TASK('选取3个乡镇（街道、经开区）开展试点。')],
    ['a bracket naming only some', TASK('建设文化站3个（含城关镇、河口乡）。')],
    ['a count stated with 以上', TASK('建设示范点3个以上：城关镇、河口乡、新华镇、白云乡。')],
    ['a progress figure beside a part', TASK('总投资500万元，其中申请上级资金300万元，已到位资金250万元。')],
    ['people counted in overlapping groups', TASK('共培训500人次，其中党员200人次，青年350人次。')],
    ['a count followed by enumerated clauses', TASK('重点抓好3项工作：一是建设图书馆、文化馆；二是开展送戏下乡；三是培训骨干。')],
  ])('passes: %s', async (_name, text) => {
    expect((await runRuleOnText(ID, text)).found).toEqual([]);
  });

  it('fires on parts that fall short of an exhaustive funding split, with the message', async () => {
    const { found } = await runRuleOnText(ID, TASK('总投资187万元，其中国债资金96万元、地方配套资金81万元。'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'error',
      taskId: 'T1',
      message: 'The parts do not add up: the total is “总投资187万元” but “国债资金96万元”＋“地方配套资金81万元” make 177万元: check the total and each part',
    });
  });

  it('writes the message in Chinese', async () => {
    const { found } = await runRuleOnText(ID, TASK('总建筑面积约1.88万平方米，其中地上面积约1.43万平方米，地下面积约0.65万平方米。'), { lang: 'zh' });
    expect(found.map((d) => d.message)).toEqual([
      '分项之和与总数不符：“总建筑面积约1.88万平方米”，而“地上面积约1.43万平方米”＋“地下面积约0.65万平方米”合计2.08万平方米：请核对总数和各分项',
    ]);
  });

  it.each([
    ['parts that exceed a total, exhaustive or not', TASK('总投资500万元，其中设备购置300万元，工程建设250万元。'), 'The parts do not add up: the total is “总投资500万元” but “设备购置300万元”＋“工程建设250万元” make 550万元: check the total and each part'],
    ['new and rebuilt stations that do not add up', TASK('共建设文化站50个，其中新建20个、改扩建40个。'), 'The parts do not add up: the total is “共建设文化站50个” but “新建20个”＋“改扩建40个” make 60个: check the total and each part'],
    ['a funding source sentence that falls short', TASK('总投资187万元。资金来源为：申请国债资金共计96万元，地方配套资金共计81万元。'), 'The parts do not add up: the total is “总投资187万元” but “申请国债资金96万元”＋“地方配套资金81万元” make 177万元: check the total and each part'],
    ['a list longer than its count', TASK('今年共建设示范文化站3个：城关镇、河口乡、新华镇、白云乡。'), 'The count does not match the list: “今年共建设示范文化站3个” is stated but 4 items are listed (城关镇、河口乡、新华镇、白云乡): check the count or complete the list'],
    ['a list in brackets shorter than its count', TASK('建设示范点4个（城关镇、河口乡、新华镇）。'), 'The count does not match the list: “建设示范点4个” is stated but 3 items are listed (城关镇、河口乡、新华镇): check the count or complete the list'],
  ])('fires: %s', async (_name, text, message) => {
    const { found } = await runRuleOnText(ID, text);
    expect(found.map((d) => [d.taskId, d.message])).toEqual([['T1', message]]);
  });

  it.each([
    ['000: 1.88万 = 1.43万 + 0.45万 and 4.77万 = 3.16万 + 1.61万', SEEDS[0]],
    ['001', SEEDS[1]],
    ['002: 187萬元 = 96萬元 + 91萬元; 共計鄉鎮文化站9個 = 6 + 3', SEEDS[2]],
    ['003', SEEDS[3]],
    ['004', SEEDS[4]],
  ])('stays silent on seed %s', async (_name, seed) => {
    expect((await runRuleOnSeed(ID, seed)).found).toEqual([]);
  });

  it('reads both breakdowns of seed 000 and the funding split of seed 002', async () => {
    const { parsed: p0 } = await runRuleOnSeed(ID, SEEDS[0]);
    const breakdowns0 = [...p0.facts.tasks.values()].flatMap((f) => f.sums.map((s) => [s.kind, s.exhaustive, s.parts.length]));
    expect(breakdowns0).toEqual([
      ['breakdown', 'pair', 2],
      ['breakdown', 'pair', 2],
    ]);
    const { parsed: p2 } = await runRuleOnSeed(ID, SEEDS[2]);
    const breakdowns2 = [...p2.facts.tasks.values()].flatMap((f) => f.sums.map((s) => [s.kind, s.exhaustive, s.parts.length]));
    expect(breakdowns2).toEqual([['breakdown', 'remainder', 2]]);
  });
});
