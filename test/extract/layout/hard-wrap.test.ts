import { describe, expect, it } from 'vitest';
import { joinHardWraps } from '../../../src/extract/layout/hard-wrap.js';
import type { Block } from '../../../src/model/block.js';
import { textToBlocks } from '../../../src/read/text.js';
import { tasksOf } from './recovered.js';

/** A plan as a PDF's text gives it: every line of a paragraph broken at the page width (27 characters here). */
const PRINTED = [
  '某区2024年社区治理工作任务分解方案',
  '为进一步加强和改进社区治理工作,提升基层服务管理水平,结合',
  '我区实际,制定如下任务分解方案。',
  '一、健全基层组织体系,加强党对社区治理的全面领导和统筹协调',
  '1.完善社区党组织领导下的居民自治机制,规范议事协商程序,优',
  '化社区事务决策流程,涉及居民切身利益的重要事项由社区党组织',
  '研究决定,全面提升社区组织动员群众和服务群众的能力和水平。',
  '牵头单位:区委社会工作部',
  '协办单位:区民政局、区司法局、区财政局、区城管委、某某街道',
  '办事处、各街道党工委',
  '— 3 —',
  '2.推进社区网格化服务管理,合理划分网格,配齐配强网格员队伍,',
  '— 4 —',
  '建立网格事项准入清单和动态调整机制,年底前实现社区网格全覆',
  '盖。',
  '牵头单位:区民政局',
];

const texts = (lines: readonly string[]) => joinHardWraps(textToBlocks(lines.join('\n')).blocks).map((b) => b.text);

describe('a text broken at the page width (PDF exports): lines that reach the width and end no sentence go on in the next line', () => {
  it('an item and its owner list wrapped mid-name are read whole', async () => {
    const tasks = await tasksOf(PRINTED.join('\n'));
    expect(tasks.map((t) => t.number)).toEqual(['1', '2']);
    expect(tasks[0].text).toContain('优化社区事务决策流程');
    expect(tasks[0].owners.partners).toEqual(['区民政局', '区司法局', '区财政局', '区城管委', '某某街道办事处', '各街道党工委']);
    expect(tasks[1].deadline?.end).toBe('2024-12-31');
  });

  it('a paragraph of three lines and more is one: each line joined is measured, not the text joined so far', () => {
    expect(texts(PRINTED)).toContain('1.完善社区党组织领导下的居民自治机制,规范议事协商程序,优化社区事务决策流程,涉及居民切身利益的重要事项由社区党组织研究决定,全面提升社区组织动员群众和服务群众的能力和水平。');
  });

  it('a line that opens with a pause or a closing mark (、，。）”) was broken off the line above, on any page', () => {
    const lines = ['一、主要任务', '责任单位：县发改局、县财政局、县住建局', '、县交通局（列第一位的为牵头单位）', '', '、另起一段'];
    expect(texts(lines)).toEqual(['一、主要任务', '责任单位：县发改局、县财政局、县住建局、县交通局（列第一位的为牵头单位）', '、另起一段']);
  });

  it('a page number between a line and its continuation is the page’s, and is dropped', () => {
    const joined = texts(PRINTED);
    expect(joined.some((t) => t.includes('配齐配强网格员队伍,建立网格事项准入清单'))).toBe(true);
    expect(joined).toContain('— 3 —');
    expect(joined).not.toContain('— 4 —');
  });

  it('a full line that ends its sentence, or a next line that opens an item or a field, keeps its break', () => {
    const joined = texts(PRINTED);
    expect(joined).toContain('为进一步加强和改进社区治理工作,提升基层服务管理水平,结合我区实际,制定如下任务分解方案。');
    expect(joined).toContain('一、健全基层组织体系,加强党对社区治理的全面领导和统筹协调');
    expect(joined).toContain('牵头单位:区委社会工作部');
    expect(joined.filter((t) => /^[12]\./.test(t))).toHaveLength(2);
  });

  it('a web page whose lines are whole paragraphs of any width is left as it came', () => {
    const web: Block[] = [
      '1.加强组织领导。各街道成立工作专班,明确专人负责,建立工作台账,每月调度一次工作进展,及时研究解决推进中遇到的困难和问题',
      '2.强化督查考核。区督查室定期督查通报',
      '3.做好宣传引导。通过报纸、电视、网站、微信公众号等多种渠道广泛宣传社区治理的好经验好做法,营造全社会共同参与的良好氛围',
      '4.落实经费保障。区财政局统筹安排工作经费',
      '5.健全长效机制。总结推广试点经验,完善制度',
      '6.推进信息共享。打通部门数据壁垒,实现社区治理数据一网统管、一屏通览、一键调度,提高治理效率',
    ].map((text, k) => ({ kind: 'paragraph', text, loc: { line: k + 1 } }));
    expect(joinHardWraps(web)).toEqual(web);
  });
});

describe('a table aligned with spaces, its rows as wide as each other', () => {
  it('is no page-wrapped prose: a line whose words are parted by runs of spaces is a row of its own', async () => {
    const lines = [
      '某镇2025年重点工作任务分解表',
      '序号  工作任务                          责任领导    责任单位        完成时限',
      '1     完成高标准农田建设3000亩          张某        镇农业服务中心  10月底前',
      '2     新建村级综合服务中心2个           李某某      镇党政办        12月底前',
      '3     开展人居环境整治                  王某        镇城建办        持续推进',
      '4     推进集镇污水管网建设2公里         张某        镇城建办        6月底前',
      '5     新建农村公路5公里                 赵某        镇交通站        9月底前',
    ];
    expect(texts(lines)).toHaveLength(lines.length);
    const tasks = await tasksOf(lines.join('\n'));
    expect(tasks.map((t) => [t.number, t.owners.leaders, t.owners.units])).toEqual([
      ['1', ['张某'], ['镇农业服务中心']],
      ['2', ['李某某'], ['镇党政办']],
      ['3', ['王某'], ['镇城建办']],
      ['4', ['张某'], ['镇城建办']],
      ['5', ['赵某'], ['镇交通站']],
    ]);
  });
});
