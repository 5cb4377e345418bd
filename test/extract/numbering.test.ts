import { describe, expect, it } from 'vitest';
import { numeralValue, parseNumberLabel } from '../../src/extract/numbering.js';

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

  it('reads the numerals labels use', () => {
    expect([numeralValue('二十三'), numeralValue('十'), numeralValue('一百'), numeralValue('⑳'), numeralValue('１２')]).toEqual([23, 10, 100, 20, 12]);
  });
});

describe('bullets: lists without numbers', () => {
  it('a bullet mark starts an item; a hyphen or a middle dot only before a space (pages write <li> as "- ")', () => {
    expect(parseNumberLabel('● 推进老旧小区改造')).toMatchObject({ style: 'bullet', rest: '推进老旧小区改造' });
    expect(parseNumberLabel('- 约600个环境卫生黑点于2023年底前消除至少75%。')).toMatchObject({ style: 'bullet', label: '-' });
    expect(parseNumberLabel('· 每年进行约500次联合清洁行动')).toMatchObject({ style: 'bullet', label: '·' });
    expect(parseNumberLabel('-5℃以下停止施工')).toBeNull();
    expect(parseNumberLabel('——全面落实河长制')).toBeNull();
  });
});
