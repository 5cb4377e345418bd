import { describe, expect, it } from 'vitest';
import { numeralValue, parseNumberLabel, rowNumberLabel } from '../../src/extract/numbering.js';
import { tasksOf } from './layout/recovered.js';

describe('numbering labels of official documents', () => {
  it.each([
    ['一、工作目标', 'cn-dun', '一、', 1, '工作目标'],
    ['十二、其他', 'cn-dun', '十二、', 12, '其他'],
    ['（一）科学规划引领行动。', 'cn-paren', '（一）', 1, '科学规划引领行动。'],
    ['(二)突出问题。', 'cn-paren', '(二)', 2, '突出问题。'],
    ['1.落实公共文化服务设施免费开放政策。', 'ar-dot', '1.', 1, '落实公共文化服务设施免费开放政策。'],
    ['3. 制定相关功能室使用具体措施。', 'ar-dot', '3.', 3, '制定相关功能室使用具体措施。'],
    ['１．全角数字', 'ar-dot', '１．', 1, '全角数字'],
    ['1、貫徹落實科學發展觀', 'ar-dun', '1、', 1, '貫徹落實科學發展觀'],
    // A 、 after the number ends the label even when the item starts with digits.
    ['6、98年元旦升旗活動相關事宜', 'ar-dun', '6、', 6, '98年元旦升旗活動相關事宜'],
    ['（1）积极争取资金', 'ar-paren', '（1）', 1, '积极争取资金'],
    ['2）半角括号', 'ar-half-paren', '2）', 2, '半角括号'],
    ['③明确责任', 'circled', '③', 3, '明确责任'],
    ['第三条 各单位应当', 'article', '第三条', 3, '各单位应当'],
    ['整改項目5:積極組織和參與', 'label', '整改項目5', 5, '積極組織和參與'],
    // An item may open with a Latin term before its Chinese words.
    ['1.PM2.5平均浓度控制在35微克/立方米以内。', 'ar-dot', '1.', 1, 'PM2.5平均浓度控制在35微克/立方米以内。'],
    ['2、GDP增长6%。', 'ar-dun', '2、', 2, 'GDP增长6%。'],
    // A plan's phases under 实施步骤 name its items.
    ['第二阶段:集中整治(某月某日至某月某日)', 'label', '第二阶段', 2, '集中整治(某月某日至某月某日)'],
    ['第一階段 宣傳發動', 'label', '第一階段', 1, '宣傳發動'],
  ])('%s', (line, style, label, value, rest) => {
    expect(parseNumberLabel(line)).toMatchObject({ style, label, value, rest });
  });

  it.each([
    ['2018年，全县基层群众文艺骨干培训总人数不少于100人。'],
    ['1.88万平方米的建筑面积'],
    ['十九大精神进企业'],
    ['一是高度重视文物保护工作'],
    ['2018.05.07 发布'],
    ['1,000万元的投资'],
    ['640.webp.jpg'],
    ['项目建设要按期完成'],
  ])('is not a label: %s', (line) => {
    expect(parseNumberLabel(line)).toBeNull();
  });

  it('an item whose text opens with its month (1.3月底前，…; 3.11月中旬…) is that item; a decimal before 个月 is no label', () => {
    expect(parseNumberLabel('1.3月底前，完成方案制定。')).toMatchObject({ style: 'ar-dot', label: '1.', value: 1, rest: '3月底前，完成方案制定。' });
    expect(parseNumberLabel('3.11月中旬前完成验收。')).toMatchObject({ style: 'ar-dot', value: 3, rest: '11月中旬前完成验收。' });
    expect(parseNumberLabel('1.3个月内完成。')).toBeNull();
  });

  it('an item whose text opens with a year (4.2024年底前完成…) is item 4; a decimal (4.5万元) is no label', () => {
    expect(parseNumberLabel('4.2024年底前完成河道整治。')).toMatchObject({ style: 'ar-dot', label: '4.', value: 4, rest: '2024年底前完成河道整治。' });
    expect(parseNumberLabel('4.5万元用于设备购置。')).toBeNull();
    expect(parseNumberLabel('1.2024项任务')).toBeNull();
    expect(parseNumberLabel('3.2024年6月底前建成投用。')?.value).toBe(3);
    // So does an item opening with its year and what is done then (3.2024年启动，…; 5.2025年，…).
    expect(parseNumberLabel('3.2024年启动，2025年底前全面完成。')).toMatchObject({ style: 'ar-dot', value: 3, rest: '2024年启动，2025年底前全面完成。' });
    expect(parseNumberLabel('5.2025年，建成示范村10个。')?.value).toBe(5);
  });

  it('a mark after the number that flags a key item (1*.开展…, 2★、…) leaves the number the label; 1*2 is no label', () => {
    expect(parseNumberLabel('1* .开展某项改革。')).toMatchObject({ style: 'ar-dot', value: 1, number: '1', rest: '开展某项改革。' });
    expect(parseNumberLabel('2*.建立某项制度。')).toMatchObject({ style: 'ar-dot', value: 2, rest: '建立某项制度。' });
    expect(parseNumberLabel('3★、推进某项工作。')).toMatchObject({ style: 'ar-dun', value: 3, rest: '推进某项工作。' });
    expect(parseNumberLabel('1*2的矩阵')).toBeNull();
  });

  it('reads the numerals labels use', () => {
    expect([numeralValue('二十三'), numeralValue('十'), numeralValue('一百'), numeralValue('⑳'), numeralValue('１２')]).toEqual([23, 10, 100, 20, 12]);
  });
});

describe('bullets: lists without numbers', () => {
  it('a bullet mark starts an item; a hyphen or a middle dot before a space (pages write <li> as "- ") or right before Chinese, not before a digit', () => {
    expect(parseNumberLabel('● 推进老旧小区改造')).toMatchObject({ style: 'bullet', rest: '推进老旧小区改造' });
    expect(parseNumberLabel('- 约600个环境卫生黑点于2023年底前消除至少75%。')).toMatchObject({ style: 'bullet', label: '-' });
    expect(parseNumberLabel('· 每年进行约500次联合清洁行动')).toMatchObject({ style: 'bullet', label: '·' });
    expect(parseNumberLabel('-5℃以下停止施工')).toBeNull();
    // Right before Chinese a hyphen or a middle dot opens an item too; so does a triangle.
    expect(parseNumberLabel('-新建农村公厕300座')).toMatchObject({ style: 'bullet', label: '-', rest: '新建农村公厕300座' });
    expect(parseNumberLabel('·开展村庄清洁行动')).toMatchObject({ style: 'bullet', label: '·', rest: '开展村庄清洁行动' });
    expect(parseNumberLabel('▲建成转运站2座')).toMatchObject({ style: 'bullet', rest: '建成转运站2座' });
    expect(parseNumberLabel('——全面落实河长制')).toBeNull();
  });
});

describe('a flattened table row’s 序号 before its text: "3 某社区…"', () => {
  it('reads a number and a space before Chinese text as a row number, and nothing else', () => {
    expect(rowNumberLabel('3 某社区 楼道堆放杂物')).toMatchObject({ style: 'row', value: 3, number: '3', rest: '某社区 楼道堆放杂物' });
    expect(rowNumberLabel('12\u3000某镇农贸市场')).toMatchObject({ value: 12, rest: '某镇农贸市场' });
    expect(rowNumberLabel('3 | 某社区')).toBeNull();
    expect(rowNumberLabel('2023 年底前完成')).toBeNull();
    expect(rowNumberLabel('3.某社区')).toBeNull();
    // Alone it is never a label: parseNumberLabel does not read it.
    expect(parseNumberLabel('3 某社区 楼道堆放杂物')).toBeNull();
  });

  it('rows counting up 1, 2, 3 are items, a cell’s own 1、2、 list is the row’s text; fewer than three, or not from 1, stay text', async () => {
    const page = [
      '一、检查发现的问题',
      '1 某街道 某路口 占道经营现象突出。 区城管局',
      '2 某小区',
      '1、垃圾未及时清运;',
      '2、绿化带破损。 某街道',
      '3 某市场 地面污水横流。 区市场监管局',
    ];
    const tasks = await tasksOf(page.join('\n'));
    expect(tasks.map((t) => t.number)).toEqual(['1', '2', '3']);
    expect(tasks[1].text).toContain('绿化带破损');
    expect(tasks[2].owners.units).toEqual(['区市场监管局']);
    // A row's owner cell may stand on a line of its own under the row's text.
    const celled = await tasksOf([...page, '4 某学校 围墙破损,存在安全隐患。', '区教育局 某街道办事处'].join('\n'));
    expect(celled[3].owners.units).toEqual(['区教育局', '某街道办事处']);
    // Two rows could be chance: they stay the section's text.
    expect((await tasksOf(page.slice(0, 3).join('\n'))).map((t) => t.number)).toEqual(['一']);
  });
});
