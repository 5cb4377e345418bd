import { describe, expect, it } from 'vitest';
import { recoverLayout } from '../../../src/extract/layout/index.js';
import { textToBlocks } from '../../../src/read/text.js';

function table(text: string): string[][] {
  const found = recoverLayout(textToBlocks(text).blocks).find((b) => b.kind === 'table');
  if (!found?.rows) throw new Error('no table recovered');
  return found.rows.map((row) => row.map((c) => (c.merged ? `^${c.text}` : c.text)));
}

describe('one cell per line (web pages that drop the table markup)', () => {
  it('rows start at their 序号, blank lines between cells or not', () => {
    const text = ['序号', '', '内容与要求', '', '进展情况', '', '责任单位', '', '1', '', '确保地区生产总值增长7%左右。', '', '1-2月指标回落。', '', '市发改委', '', '2', '', '持续推进重大项目攻坚。', '', '已安排36个项目。', '', '市发改委'].join('\n');
    expect(table(text)).toEqual([
      ['序号', '内容与要求', '进展情况', '责任单位'],
      ['1', '确保地区生产总值增长7%左右。', '1-2月指标回落。', '市发改委'],
      ['2', '持续推进重大项目攻坚。', '已安排36个项目。', '市发改委'],
    ]);
  });

  it('header names broken over lines (责任 ⏎ 领导) are joined into as many columns as a row has cells', () => {
    const text = ['序号', '重点工作', '责任', '领导', '责任', '科室', '攻坚目标', '任务', '1', '水库工程政策处理', '欧乾震', '政策处理工作组', '完成坟墓迁移。', '2', '美丽城镇创建', '吴宇凡', '乡村振兴办', '创建省级美丽城镇。'].join('\n');
    expect(table(text)[0]).toEqual(['序号', '重点工作', '责任领导', '责任科室', '攻坚目标任务']);
  });

  it('leaves Word’s paragraph tables, whose narrow columns run one character a line, to the Word reader', () => {
    const text = ['序号', '类别', '工作任务', '责任领导', '1', '公', '共', '服', '务', '建成文化礼堂30家。', '徐叶飞'].join('\n');
    const blocks = recoverLayout(textToBlocks(text).blocks);
    const rows = blocks.find((b) => b.kind === 'table')?.rows ?? [];
    expect(rows.flat().some((c) => c.text === '公共服务')).toBe(true);
  });
});

describe('one cell per line: owners a line each, and sub-rows', () => {
  const lines = [
    '序号', '民生实事', '责任单位', '完成时限',
    '1', '启动建设城区段综合治理工程。', '县水务局', '县住建局', '县护城河指挥部', '12月底前',
    '2', '新建2座人行天桥。', '县住建局', '9月投入使用',
    '3', '开工建设县老年养护楼。', '县民政局', '5月底前动工', '开工建设老年大学。', '12月底前',
    '4', '建成县残疾人综合服务中心。', '县残联', '5月底前',
    '5', '迁建县政务服务中心。', '县政务服务中心', '县代建中心', '12月底前',
  ];

  it('a row that lists several owners a line each is one row: the owners are one cell (the last row’s too)', () => {
    const rows = table(lines.join('\n\n'));
    expect(rows[1]).toEqual(['1', '启动建设城区段综合治理工程。', '县水务局\n县住建局\n县护城河指挥部', '12月底前']);
    expect(rows.at(-1)).toEqual(['5', '迁建县政务服务中心。', '县政务服务中心\n县代建中心', '12月底前']);
  });

  it('a sentence after a complete row is a sub-row under the same number and owner (民生实事 names the task column)', () => {
    const rows = table(lines.join('\n\n'));
    expect(rows.slice(3, 5)).toEqual([
      ['3', '开工建设县老年养护楼。', '县民政局', '5月底前动工'],
      ['^3', '开工建设老年大学。', '^县民政局', '12月底前'],
    ]);
  });
});

describe('one cell per line: a two-level header read line by line', () => {
  it('责任单位 over 牵头单位 and 配合单位 names no column of its own: the rows fill the parts', () => {
    const lines = ['序号', '工作任务', '责任单位', '牵头单位', '配合单位', '完成时限', '1', '实施重点项目20个', '县发改局', '县财政局', '12月底前', '2', '新建幼儿园1所', '县教育局', '县住建局', '9月底前'];
    const rows = table(lines.join('\n'));
    expect(rows[0]).toEqual(['序号', '工作任务', '牵头单位', '配合单位', '完成时限']);
    expect(rows[2]).toEqual(['2', '新建幼儿园1所', '县教育局', '县住建局', '9月底前']);
  });
});

describe('one cell per line: sections that count their own rows', () => {
  it('a section heading between rows may start the 序号 from 1 again: the rows after it are the same table’s', () => {
    const lines = ['序号', '工作任务', '牵头单位', '完成时限', '一、经济发展', '1', '实施重点项目20个', '县发改局', '12月底前', '2', '新增规上企业5家', '县工信局', '12月底前', '二、民生保障', '1', '新建幼儿园1所', '县教育局', '9月底前', '2', '改造老旧小区3个', '县住建局', '10月底前'];
    const rows = table(lines.join('\n'));
    expect(rows.map((row) => row[0])).toEqual(['序号', '一、经济发展', '1', '2', '二、民生保障', '1', '2']);
    expect(rows.at(-1)).toEqual(['2', '改造老旧小区3个', '县住建局', '10月底前']);
  });
});

describe('one cell per line: a task row that names its own lead unit', () => {
  it('lacks a partner cell because it had none: the partners of the task above are not merged into it', () => {
    const lines = ['序号', '工作任务', '责任领导', '牵头单位', '配合单位', '完成时限', '1', '实施重点项目50个。', '张某', '县发改局', '县财政局', '12月底前', '2', '新开工项目20个。', '张某', '县发改局', '6月底前', '3', '改造老旧小区10个。', '李某', '县住建局', '各街道', '10月底前'];
    expect(table(lines.join('\n')).slice(1)).toEqual([
      ['1', '实施重点项目50个。', '张某', '县发改局', '县财政局', '12月底前'],
      ['2', '新开工项目20个。', '张某', '县发改局', '', '6月底前'],
      ['3', '改造老旧小区10个。', '李某', '县住建局', '各街道', '10月底前'],
    ]);
  });

  it('a row whose lead unit is merged too keeps the partners merged with it', () => {
    const lines = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限', '1', '实施重点项目50个。', '县发改局', '县财政局', '12月底前', '2', '新开工项目20个。', '6月底前', '3', '改造老旧小区10个。', '县住建局', '各街道', '10月底前'];
    expect(table(lines.join('\n'))[2]).toEqual(['2', '新开工项目20个。', '^县发改局', '^县财政局', '6月底前']);
  });
});

describe('one cell per line: sections and excerpts', () => {
  it('a numbered heading between rows is a section row; a page’s excerpt may skip row numbers', () => {
    const text = ['序号', '重点工作任务', '主要责任单位', '协同配合单位', '一、主要预期目标', '3', '固定资产投资增长7.5%左右。', '区发改委', '区工信局、区住建局。', '二、惠民生增福祉', '68', '推进学前教育普及普惠。', '区教育局', '各乡镇人民政府。'].join('\n');
    const rows = table(text);
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['序号', '重点工作任务'],
      ['一、主要预期目标', '^'],
      ['3', '固定资产投资增长7.5%左右。'],
      ['二、惠民生增福祉', '^'],
      ['68', '推进学前教育普及普惠。'],
    ]);
  });

  it('a group heading may run long, listing the fields it covers and its leaders, before the first row', () => {
    const heading = '一、主要经济指标、发改、财政、行政审批、生态环境、营商环境、交通、金融、安全生产等工作目标（牵头领导：张某、李某、王某）';
    const text = ['序号', '目标任务', '牵头单位', '责任单位', '责任人', heading, '1', '地区生产总值增长8%。', '区发改局', '区统计局', '赵某', '2', '工业增加值增长9%。', '区经信局', '各乡镇', '钱某'].join('\n');
    expect(table(text).map((r) => r.slice(0, 3))).toEqual([
      ['序号', '目标任务', '牵头单位'],
      [heading, '^', '^'],
      ['1', '地区生产总值增长8%。', '区发改局'],
      ['2', '工业增加值增长9%。', '区经信局'],
    ]);
  });

  it('one row that the page’s end cuts short is as wide as the header: it only lost its last cells', () => {
    const text = ['序号', '目标任务', '牵头单位', '责任单位', '责任人', '1', '地区生产总值增长8%。', '区发改局'].join('\n');
    expect(table(text)).toEqual([
      ['序号', '目标任务', '牵头单位', '责任单位', '责任人'],
      ['1', '地区生产总值增长8%。', '区发改局', '', ''],
    ]);
  });
});

describe('one cell per line: where the header starts and ends, and what a row’s extra line is', () => {
  it('the header starts at its 序号: a portal’s box of facts above it (发布单位 ⏎ 区政府 ⏎ …) stays lines', () => {
    const text = ['发布单位', '区政府', '发文日期', '2022-07-14', '序号', '实事项目', '责任单位', '配合单位', '1', '新建幼儿园3所。', '教育局', '财政局', '2', '新增托位500个。', '卫生健康局', '财政局'].join('\n');
    const blocks = recoverLayout(textToBlocks(text).blocks);
    expect(blocks.slice(0, 4).map((b) => b.text)).toEqual(['发布单位', '区政府', '发文日期', '2022-07-14']);
    expect(table(text)[0]).toEqual(['序号', '实事项目', '责任单位', '配合单位']);
  });

  it('a long column name the lexicon knows stands whole on its line (进展情况、存在问题及下一步打算)', () => {
    const text = ['序号', '工作任务', '责任单位', '进展情况、存在问题及下一步打算', '1', '新建学校1所。', '教体局', '主体完工。', '2', '结对帮扶学校2所。', '教体局', '已互派人员。'].join('\n');
    expect(table(text)[0]).toEqual(['序号', '工作任务', '责任单位', '进展情况、存在问题及下一步打算']);
  });

  it('a line after a row’s last cell that counts something (新增学位810个) is a sub-row going on with the row’s task, not a heading', () => {
    const text = ['序号', '工作任务', '责任单位', '目标完成情况', '1', '新改扩建学校1所。', '教体局', '顺利推进', '新增学位810个', '2', '结对帮扶学校2所。', '教体局', '顺利推进', '3', '保障随迁子女入学。', '教体局', '顺利推进'].join('\n');
    expect(table(text)[1]).toEqual(['1', '新改扩建学校1所。\n新增学位810个', '教体局', '顺利推进']);
  });

  it('rows one line longer than the header end in the next group’s heading (…年底前 ⏎ 深化政策解读 ⏎ 2 ⏎ …)', () => {
    const text = ['工作任务', '具体要求', '责任科室', '时限要求', '强化规范性文件公开', '1', '全面清理规范性文件。', '办公室', '年底前', '深化政策解读', '2', '丰富解读形式。', '各科室', '持续推进', '3', '做好解读回应。', '各科室', '持续推进', '做好主动公开', '4', '规范发布主动公开内容。', '各科室', '持续推进'].join('\n');
    const rows = table(text);
    expect(rows.filter((row) => row.slice(1).every((c) => c.startsWith('^'))).map((row) => row[0])).toEqual(['强化规范性文件公开', '深化政策解读', '做好主动公开']);
    expect(rows.find((row) => row[0] === '4')).toEqual(['4', '规范发布主动公开内容。', '各科室', '持续推进']);
  });
});
