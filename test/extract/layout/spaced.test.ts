import { describe, expect, it } from 'vitest';
import { recoverLayout } from '../../../src/extract/layout/index.js';
import { textToBlocks } from '../../../src/read/text.js';
import { table, tasksOf } from './recovered.js';

describe('space-separated tables (rows on lines, spaces between cells, under a line of column names)', () => {
  it('one row per line: cells cut at the spaces by what each column holds', () => {
    expect(table('序号 工作任务 责任单位 完成时限\n1 新建城乡公交候车亭50座 县交通运输局 9月底前\n2 改造农村公路80公里 县交通运输局 年底前\n')).toEqual([
      ['序号', '工作任务', '责任单位', '完成时限'],
      ['1', '新建城乡公交候车亭50座', '县交通运输局', '9月底前'],
      ['2', '改造农村公路80公里', '县交通运输局', '年底前'],
    ]);
  });

  it('header names the export split at spaces are joined again: a wrapped name (牵头  领导, 主体  责任单位), a letter-spaced one (工 作 任 务)', () => {
    const rows = table('序号 工 作 任 务 牵头  领导 牵头    责任单位 主体    责任单位\n1 完成高标准农田建设2万亩 周  涛 县农业农村局 各乡镇\n');
    expect(rows[0]).toEqual(['序号', '工 作 任 务', '牵头  领导', '牵头    责任单位', '主体    责任单位']);
    expect(rows[1]).toEqual(['1', '完成高标准农田建设2万亩', '周  涛', '县农业农村局', '各乡镇']);
  });

  it('a line indented under a cell of the row above is that cell wrapped in its column, its pieces going on with the cells they stand under', () => {
    const text = [
      '序号  工作任务                    责任单位        完成时限',
      '1     修缮某村道路，硬化全部      某县住建局、    2024年6月底前',
      '      村内主干道                  某县财政局',
      '2     新建某镇幼儿园              某县教育局      2024年9月底前',
    ].join('\n');
    expect(table(text).slice(1)).toEqual([
      ['1', '修缮某村道路，硬化全部\n村内主干道', '某县住建局、\n某县财政局', '2024年6月底前'],
      ['2', '新建某镇幼儿园', '某县教育局', '2024年9月底前'],
    ]);
  });

  it('a cell holding a space (the tail of a wrapped cell, "加强生态保 护") stays one cell', () => {
    const rows = table('序号 类别 主要任务 牵头单位\n1 加强生态保 护 推进矿山生态修复治理 市自然资源局\n');
    expect(rows[1]).toEqual(['1', '加强生态保 护', '推进矿山生态修复治理', '市自然资源局']);
  });

  it('a wrapped cell’s pieces fill its column alike, none longer than the first; running text fits a task column whatever its length', () => {
    const measure = '落实用水效率评估体系,把节水目标任务完成情况纳入县级政绩考核';
    const rows = table(`序号 主要任务 细化措施 牵头单位\n1 严守用水 效率控制 红线 ${measure} 市水利局\n`);
    expect(rows[1]).toEqual(['1', '严守用水 效率控制 红线', measure, '市水利局']);
  });

  it('a full stop ends a cell: the names after a sentence are the next column’s', () => {
    const rows = table('序号 重点工作任务 牵头  领导 牵头单位\n5 加强医疗资源建设,减少疫情影响。 周  涛   李晓梅 县卫健委\n');
    expect(rows[1]).toEqual(['5', '加强医疗资源建设,减少疫情影响。', '周  涛   李晓梅', '县卫健委']);
  });

  it('a task ending in a count (新建公办幼儿园3所) is task text, not a unit’s name: the padded name after it stays whole', () => {
    const rows = table('序号 实事项目 牵头  领导 牵头单位\n1 新建公办幼儿园3所 李  明 县教体局\n');
    expect(rows[1]).toEqual(['1', '新建公办幼儿园3所', '李  明', '县教体局']);
  });

  it('a row that leaves out its 类别 cell (merged over several rows) takes it from the row above, marked merged', () => {
    const rows = table('序号 类别 主要任务 牵头单位\n1 民生保障 新增城镇就业3000人 县人社局\n2 发放创业担保贷款5000万元 县人社局\n');
    expect(rows[2]).toEqual(['2', '^民生保障', '发放创业担保贷款5000万元', '县人社局']);
  });

  it('with one space between cells, two spaces stand for an empty cell, but not inside a padded name (陈  刚)', () => {
    const rows = table('序号 类别 主要任务 责任领导 牵头单位\n1 水污染防治 整治入河排污口 陈  刚 市生态环境局\n2  推进城镇污水 管网建设 陈  刚 市住建局\n');
    expect(rows.slice(1)).toEqual([
      ['1', '水污染防治', '整治入河排污口', '陈  刚', '市生态环境局'],
      ['2', '', '推进城镇污水 管网建设', '陈  刚', '市住建局'],
    ]);
  });

  it('a line that does not start with the next 序号 goes on with the row; its line breaks fall inside cells', () => {
    const text = ['序号 重点工作 牵头单位 配合单位 工作评价 进展情况 备注', '12 推进老旧小区改造 县住建局 各镇', '县开发区', '县直有关单位 达到进度 完成改造小区15个', '13 新建城市书房3个 县文旅局 县财政局 已完成 主体完工'].join('\n');
    expect(table(text).slice(1)).toEqual([
      ['12', '推进老旧小区改造', '县住建局', '各镇\n县开发区\n县直有关单位', '达到进度', '完成改造小区15个', ''],
      ['13', '新建城市书房3个', '县文旅局', '县财政局', '已完成', '主体完工', ''],
    ]);
  });

  it('a row of more pieces than its columns can hold keeps them all, after its number, as the task’s text', () => {
    const words = Array.from({ length: 40 }, (_, k) => `第${k + 1}片区`).join(' ');
    const rows = table(`序号 工作任务 责任单位\n1 ${words}\n`);
    expect(rows[1]).toEqual(['1', words, '^']);
  });

  it('a header without a 序号 column gets one: the rows start with their numbers', () => {
    expect(table('重点任务 责任领导 责任单位\n1 创建省级卫生县城 陈  刚 县卫健局\n')).toEqual([
      ['序号', '重点任务', '责任领导', '责任单位'],
      ['1', '创建省级卫生县城', '陈  刚', '县卫健局'],
    ]);
  });

  it('a heading after the rows ends the table', () => {
    const blocks = recoverLayout(textToBlocks('序号 工作任务 责任单位\n1 建设智慧社区10个 区民政局\n二、保障措施\n').blocks);
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
    expect(blocks[0].rows).toHaveLength(2);
  });

  it('after the last row, once it has a piece for every column, a line of prose is not the table’s', () => {
    const blocks = recoverLayout(textToBlocks('序号 工作任务 责任单位 完成时限\n1 改造雨污管网 市水务局 年底前\n各单位要按时报送进展情况。\n').blocks);
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
    expect(blocks[0].rows![1][3].text).toBe('年底前');
  });

  it('a line of column names with no numbered row under it is not a table', () => {
    const blocks = recoverLayout(textToBlocks('工作任务 责任单位 完成时限\n各单位要高度重视，认真抓好落实。\n').blocks);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('end to end: owners come from their columns; a 类别 the row left out is not an owner', async () => {
    const text = ['2024年民生实事任务分解表', '序号 类别 实事项目 牵头  领导 牵头单位 配合单位 完成时限', '1 教育 新建公办幼儿园3所 李  明 县教体局 县自然资源局 10月底前', '2 改扩建中小学校舍2万平方米 李  明 县教体局 县住建局 年底前'].join('\n');
    const tasks = await tasksOf(text);
    expect(tasks.map((t) => [t.owners.leaders, t.owners.units, t.owners.partners, t.deadline?.end])).toEqual([
      [['李明'], ['县教体局'], ['县自然资源局'], '2024-10-31'],
      [['李明'], ['县教体局'], ['县住建局'], '2024-12-31'],
    ]);
  });
});

describe('space-separated tables: headings between the rows', () => {
  it('a heading on a line of its own (一、…) heads the rows below it, each section counting its rows from 1 again', async () => {
    const text = ['某县2025年重点工作任务分解表', '序号 工作任务 牵头单位 完成时限', '一、经济发展', '1 实施重点项目30个 县发改局 12月底前', '2 新增规上企业8家 县工信局 11月底前', '二、民生保障', '1 新建幼儿园1所 县教育局 9月底前', '2 改造老旧小区4个 县住建局 10月底前'].join('\n');
    expect(table(text).map((row) => row[0])).toEqual(['序号', '一、经济发展', '1', '2', '二、民生保障', '1', '2']);
    const tasks = await tasksOf(text);
    expect(tasks.map((t) => [t.number, t.path.at(-1), t.owners.units])).toEqual([
      ['1', '一、经济发展', ['县发改局']],
      ['2', '一、经济发展', ['县工信局']],
      ['1', '二、民生保障', ['县教育局']],
      ['2', '二、民生保障', ['县住建局']],
    ]);
  });

  it('rows as wide as each other are rows, not a page’s wrapped lines: the next 序号 opens a line of its own', () => {
    const rows = ['序号 工作任务 牵头单位 完成时限', '1 实施重点项目30个 县发改局 12月底前', '2 新增规上企业8家 县工信局 11月底前', '3 新建幼儿园1所 县教育局 9月底前', '4 改造老旧小区4个 县住建局 10月底前', '5 新建农村公路9公里 县交通局 8月底前'];
    expect(table(rows.join('\n'))).toHaveLength(rows.length);
  });
});
