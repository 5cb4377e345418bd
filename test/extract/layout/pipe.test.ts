import { describe, expect, it } from 'vitest';
import { recoverLayout } from '../../../src/extract/layout/index.js';
import { textToBlocks } from '../../../src/read/text.js';
import { tasksOf } from './recovered.js';

/** The table a text yields after layout recovery: its rows as cell texts, merged cells marked ^. */
function table(text: string): string[][] {
  const blocks = recoverLayout(textToBlocks(text).blocks);
  const found = blocks.find((b) => b.kind === 'table');
  if (!found?.rows) throw new Error('no table recovered');
  return found.rows.map((row) => row.map((c) => (c.merged ? `^${c.text}` : c.text)));
}

describe('pipe-flattened tables (web pages that write cells between "|")', () => {
  it('one row per line, ending in "|", cells of the separator kept for the task text', () => {
    const blocks = recoverLayout(textToBlocks('行业 | 时间安排 | 责任单位 |\n危化品 | 2月份 | 安监站 |\n').blocks);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].separator).toBe(' | ');
    expect(blocks[0].rows!.map((r) => r.map((c) => c.text))).toEqual([
      ['行业', '时间安排', '责任单位'],
      ['危化品', '2月份', '安监站'],
    ]);
  });

  it('rows written without edge pipes, one a line, each with as many "|" as the header (序号 | 任务 | 责任单位), are rows', () => {
    expect(table('序号 | 项目名称 | 责任单位 | 完成时限\n1 | 改造小区 | 县住建局 | 2024年11月\n2 | 新建幼儿园 | 县教育局 | 2024年9月')).toEqual([
      ['序号', '项目名称', '责任单位', '完成时限'],
      ['1', '改造小区', '县住建局', '2024年11月'],
      ['2', '新建幼儿园', '县教育局', '2024年9月'],
    ]);
  });

  it('a header row broken over two lines (the second starting with "|") is one row', () => {
    expect(table('工作任务 | 具体要求\n| 责任单位 |\n一、做好公开。 | 1.公开规划。 | 县发改局 |\n')[0]).toEqual(['工作任务', '具体要求', '责任单位']);
  });

  it('a row that lost its merged leading cells is shifted back under its columns, the cells taken from above', () => {
    const rows = table(
      '工作任务 | 具体要求 | 责任部门 |\n一、做好财政公开。 | 1.推进预算决算公开。 | 财务科 |\n2.及时更新网站概况信息。 | 办公室 | |\n',
    );
    expect(rows[2]).toEqual(['^一、做好财政公开。', '2.及时更新网站概况信息。', '办公室']);
  });

  it('a task broken down under its heading task (工作任务 | 细化分工): short rows lost the heading cell, never the breakdown', () => {
    const rows = table(
      [
        '序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 |',
        '1 | 做好疫情信息发布 | 重点围绕精准防控发布权威信息 | 应急处 | 长期推进 |',
        '2 | 做好疫苗接种信息公开 | 疾控处 | 长期推进 |',
        '3 | 政务公开事项 | 强化执法信息公开 | 政法处 | 长期推进 |',
        '4 | 推进预算决算公开 | 财务处 | 2021年8月前 |',
      ].join('\n'),
    );
    expect(rows.slice(1).map((row) => [row[1], row[2]])).toEqual([
      ['做好疫情信息发布', '重点围绕精准防控发布权威信息'],
      ['^做好疫情信息发布', '做好疫苗接种信息公开'],
      ['政务公开事项', '强化执法信息公开'],
      ['^政务公开事项', '推进预算决算公开'],
    ]);
  });

  it('a row that lost its owner cell too (row-spanned) takes it from the row above', () => {
    const rows = table(
      '工作任务 | 具体要求 | 责任单位 |\n一、做好财政公开。 | 1.推进预算决算公开。 | 县财政局牵头，各部门落实 |\n2.深化债务信息公开，定期公开限额、余额。 |\n',
    );
    expect(rows[2]).toEqual(['^一、做好财政公开。', '2.深化债务信息公开，定期公开限额、余额。', '^县财政局牵头，各部门落实']);
  });

  it('rows wider than the header: its first cell was merged over the grouping columns and a 序号 column', () => {
    const rows = table(
      [
        '工作任务 | 具体要求 | 责任单位 | 时限要求 |',
        '一、做好公开。 | （一）加强信息公开。 | 1 | 公开政策文件的决策、解读情况。 | 市政府各有关部门 | 持续推进 |',
        '2 | 开设行业帮扶政策公开专题。 | 市商务局 | 2022年底前 |',
      ].join('\n'),
    );
    expect(rows[0].map((c) => c.replace(/^\^/, ''))).toEqual(['工作任务', '工作任务', '序号', '具体要求', '责任单位', '时限要求']);
    expect(rows[2]).toEqual(['^一、做好公开。', '^（一）加强信息公开。', '2', '开设行业帮扶政策公开专题。', '市商务局', '2022年底前']);
  });

  it('a continuation row ("text | | | |", no number of its own, no owner) adds to the task above', () => {
    const rows = table('序号 | 工作任务 | 责任单位 | 进展情况 |\n1 | 新建中小学校1所 | 教体局 | 顺利推进 |\n新增学位810个 | |||\n2 | 结对帮扶学校2所 | 教体局 | 顺利推进 |\n');
    expect(rows).toHaveLength(3);
    expect(rows[1][1]).toBe('新建中小学校1所\n新增学位810个');
  });

  it('one cell per line with "|" on the lines between, and a 序号 column the header left out', () => {
    const text = ['工作任务', '|', '具体要求', '|', '责任科室', '|', '时限要求', '|', '强化文件公开', '|', '1', '|', '全面清理规范性文件。', '|', '办公室', '|', '年底前', '|', '2', '|', '规范年报编制发布。', '|', '办公室', '|', '持续推进', '|'].join('\n');
    expect(table(text)).toEqual([
      ['工作任务', '序号', '具体要求', '责任科室', '时限要求'],
      ['强化文件公开', '1', '全面清理规范性文件。', '办公室', '年底前'],
      ['^强化文件公开', '2', '规范年报编制发布。', '办公室', '持续推进'],
    ]);
  });

  it('one cell per line between "|" lines: a cell the page broke over lines is one cell up to the next "|"', () => {
    const text = ['序号', '|', '具体要求', '|', '责任科室', '|', '时限要求', '|', '1', '|', '全面清理规范性文件，', '并向社会公布目录。', '|', '办公室', '|', '年底前', '|', '2', '|', '规范年报编制发布。', '|', '办公室', '|', '持续推进', '|'].join('\n');
    expect(table(text)).toEqual([
      ['序号', '具体要求', '责任科室', '时限要求'],
      ['1', '全面清理规范性文件，\n并向社会公布目录。', '办公室', '年底前'],
      ['2', '规范年报编制发布。', '办公室', '持续推进'],
    ]);
  });

  it('one cell per line, each ending in "|": rows found by their 序号 counting up by one', () => {
    const text = ['序号 |', '目标与任务 |', '分管领导 |', '牵头单位 |', '80 |', '新增托位400个以上。 |', '俞 悦 |', '县教育局 |', '81 |', '支持职业教育发展。 |', '陆 明 |', '县教育局 |'].join('\n');
    expect(table(text)).toEqual([
      ['序号', '目标与任务', '分管领导', '牵头单位'],
      ['80', '新增托位400个以上。', '俞 悦', '县教育局'],
      ['81', '支持职业教育发展。', '陆 明', '县教育局'],
    ]);
  });

  it('metadata rows before the header stay as lines; the table starts at the header', () => {
    const blocks = recoverLayout(textToBlocks('发布单位 | 区政府 | 发文日期 | 2022-07-14 |\n序号 | 实事项目 | 责任单位 |\n1 | 新建幼儿园7所 | 教育局 |\n').blocks);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table']);
  });

  it('rows of "|" that hold no task table pass through as they were', () => {
    const blocks = recoverLayout(textToBlocks('索引号 | 000330185 |\n公开方式 | 主动公开 |\n').blocks);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('the page excerpt may stop inside the table: the cut-off last line is the last row', () => {
    const rows = table('工作任务 | 具体要求 | 责任部门 |\n一、做好公开。 | 1.推进预算公开。 | 财务科 |\n2.提前做好解读回应工作\n');
    expect(rows).toHaveLength(3);
    expect(rows[2][1]).toBe('2.提前做好解读回应工作');
  });

  it('on a page that puts a blank line after every line, the cut-off last line after one blank line is still the last row', () => {
    const rows = table('工作任务 | 具体要求 | 责任部门 |\n\n一、做好公开。 | 1.推进预算公开。 | 财务科 |\n\n2.及时更新概况信息。 | 办公室 | |\n\n3.提前做好解读回应工作\n');
    expect(rows).toHaveLength(4);
    expect(rows[3][1]).toBe('3.提前做好解读回应工作');
  });
});

describe('pipe-flattened tables: rows marked only by empty cells, rows cut by the excerpt', () => {
  it('rows written with edge pipes (| 序号 | 项目 |) align their cells with the header, and the title line above them is no cell', () => {
    const rows = ['| 序号 | 项目名称 | 牵头单位 | 完成时限 |', '| 1 | 新建某某公园 | 某区住建局 | 2024年8月底 |', '| 2 | 改造某某市场 | 某区商务局 | 下半年 |'];
    const expected = [
      ['序号', '项目名称', '牵头单位', '完成时限'],
      ['1', '新建某某公园', '某区住建局', '2024年8月底'],
      ['2', '改造某某市场', '某区商务局', '下半年'],
    ];
    expect(table(rows.join('\n'))).toEqual(expected);
    const titled = recoverLayout(textToBlocks(['某区2024年民生项目清单', ...rows].join('\n')).blocks);
    expect(titled.map((b) => b.kind)).toEqual(['paragraph', 'table']);
    expect(titled[0].text).toBe('某区2024年民生项目清单');
    expect(table(['某区2024年民生项目清单', ...rows].join('\n'))).toEqual(expected);
  });

  it('an empty cell between rows is all that marks where one ends ("|" ⏎ "|")', () => {
    const text = ['|', '工作任务', '|', '具体内容', '|', '责任部门', '|', '|', '推进政策公开', '|', '常态化公开就业、住房信息。', '|', '财政所', '|', '|', '发布政策文件及工作成果。', '|', '便民服务中心', '|'].join('\n');
    expect(table(text)).toEqual([
      ['工作任务', '具体内容', '责任部门'],
      ['推进政策公开', '常态化公开就业、住房信息。', '财政所'],
      ['^推进政策公开', '发布政策文件及工作成果。', '便民服务中心'],
    ]);
  });

  it('a row the excerpt cut keeps its first cells in order; the columns after them are unknown, not merged', () => {
    const text = ['序号 |', '工作任务 |', '落实措施 |', '负责单位 |', '1 |', '研究制定指导意见 |', '及时制定实施意见。 |', '县民政局 |', '2 |', '将社会救助纳入'].join('\n');
    expect(table(text)[2]).toEqual(['2', '将社会救助纳入', '', '']);
  });

  it('a header cell no lexicon lists (是否达序) does not end a header of known names', () => {
    const text = ['序号 |', '主要任务 |', '分管领导 |', '牵头单位 |', '是否达序 |', '说明 |', '24 |', '优化提升背街后巷50条。 |', '徐国江 |', '城管局 |', '是 |', '||'].join('\n');
    expect(table(text)).toEqual([
      ['序号', '主要任务', '分管领导', '牵头单位', '是否达序', '说明'],
      ['24', '优化提升背街后巷50条。', '徐国江', '城管局', '是', '^'],
    ]);
  });

  it('a portal’s box of facts in pipes (发布机构： | X | 发布日期： | Y) is keys and values, no task table', async () => {
    const page = [
      '索引号: | 000000000/2020-00001 | 信息分类: | 规范性文件 |',
      '发布机构: | 某区政府(办公室) | 主题分类: | 综合政务 |',
      '成文日期: | 发布日期: | 2020-04-09 08:44 | |',
      '发文字号: | 无 | 有 效 性: | 有效 |',
      '标 题: | 某区人民政府办公室关于印发重点工作任务分解表的通知 | ||',
      '各乡镇人民政府,区政府各部门:',
      '现将《重点工作任务分解表》印发给你们,请认真抓好落实。',
    ];
    expect(await tasksOf(page.join('\n'))).toEqual([]);
    // A task table's header has column names, not keys: it is still read.
    const tableRows = ['序号 | 工作任务 | 责任单位 | 完成时限 |', '1 | 新建公园2个 | 区住建局 | 2020年底前 |'];
    expect((await tasksOf(tableRows.join('\n'))).map((t) => t.owners.units)).toEqual([['区住建局']]);
  });
});

describe('pipe-flattened tables: headings across the table between rows', () => {
  const rows = (first: string, second: string) => [
    '某县2025年重点工作任务分解表',
    '序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限',
    first,
    '1 | 实施重点项目20个 | 县发改局 | 县财政局 | 12月底前',
    '2 | 新增规上企业6家 | 县工信局 | | 11月底前',
    second,
    '1 | 新建幼儿园1所 | 县教育局 | 县住建局 | 9月底前',
  ];
  const summary = async (lines: readonly string[]) => (await tasksOf(lines.join('\n'))).map((t) => [t.number, t.path.at(-1), t.owners.units]);
  const expected = [
    ['1', '一、经济发展', ['县发改局']],
    ['2', '一、经济发展', ['县工信局']],
    ['1', '二、民生保障', ['县教育局']],
  ];

  it('rows without edge pipes: a heading padded with its empty cells ("一、经济发展 | | | |") is a row across the table', async () => {
    expect(await summary(rows('一、经济发展 | | | |', '二、民生保障 | | | |'))).toEqual(expected);
  });

  it('rows with edge pipes: a heading alone between them ("| 二、民生保障 |") is a row across the table, not a task', async () => {
    const edged = rows('| 一、经济发展 |', '| 二、民生保障 |').map((line, k) => (k === 0 || line.startsWith('|') ? line : `| ${line} |`));
    expect(await summary(edged)).toEqual(expected);
  });
  it('a whole table run onto one line (| 序号 | 任务 | 单位 | 时限 | 1 | … | 2 | …): rows found by their 序号', () => {
    const line = '| 序号 | 工作任务 | 责任单位 | 完成时限 | | 1 | 修缮某村道路 | 某县住建局 | 6月底前 | | 2 | 新建某镇幼儿园 | 某县教育局、某县财政局 | 9月底前 |';
    expect(table(`某县2024年工作清单\n${line}`)).toEqual([
      ['序号', '工作任务', '责任单位', '完成时限'],
      ['1', '修缮某村道路', '某县住建局', '6月底前'],
      ['2', '新建某镇幼儿园', '某县教育局、某县财政局', '9月底前'],
    ]);
    expect(table('序号 | 工作任务 | 责任单位 | 完成时限 | 1 | 修缮某村道路 | 某县住建局 | 6月底前 | 2 | 新建某镇幼儿园 | 某县教育局 | 9月底前')[2]).toEqual([
      '2',
      '新建某镇幼儿园',
      '某县教育局',
      '9月底前',
    ]);
  });
  it('a table run onto one line keeps its headings (一、经济发展) as rows across it, and its title run onto the header’s line as a line of its own', async () => {
    const line = '| 序号 | 工作任务 | 责任单位 | 完成时限 | 一、经济发展 | 1 | 修缮某村道路 | 某县住建局 | 6月底前 | 二、民生保障 | 2 | 新建某镇幼儿园 | 某县教育局 | 9月底前 |';
    expect(table(line).map((row) => row[0])).toEqual(['序号', '一、经济发展', '1', '二、民生保障', '2']);
    const tasks = await tasksOf(`某县2024年工作清单 ${line}`);
    expect(tasks.map((t) => [t.path.at(-1), t.deadline?.end])).toEqual([
      ['一、经济发展', '2024-06-30'],
      ['二、民生保障', '2024-09-30'],
    ]);
  });
});

describe('pipe-flattened tables: a sub-task row that lost the owner cells merged over it', () => {
  it('its progress note, clauses a comma joins, goes under the progress column, not the leader’s: the owners are the task’s above', () => {
    expect(
      table(
        [
          '重点工作 | 细化任务 | 季度目标 | 分管领导 | 牵头单位 | 落实情况 | 是否达序 |',
          '1.推进某项治理,建成某中心。 | ①建成某处理中心。 | 完成主体建设。 | 张某 | 某局 | 已完成主体建设。 | 是 |',
          '②实现某类设施全覆盖。 | 完成80%点位改造。 | 推进缓慢,正在协调 | 否 |',
        ].join('\n'),
      ),
    ).toEqual([
      ['重点工作', '细化任务', '季度目标', '分管领导', '牵头单位', '落实情况', '是否达序'],
      ['1.推进某项治理,建成某中心。', '①建成某处理中心。', '完成主体建设。', '张某', '某局', '已完成主体建设。', '是'],
      ['^1.推进某项治理,建成某中心。', '②实现某类设施全覆盖。', '完成80%点位改造。', '^张某', '^某局', '推进缓慢,正在协调', '否'],
    ]);
  });
});

describe('pipe-flattened tables one cell a line, with neither 序号 nor empty cells between rows', () => {
  it('rows end at their owner cell (工作任务 | 具体要求 | 责任单位): a row under the same 工作任务 lost that merged cell and takes it from above', () => {
    const lines = ['某县政务公开工作任务分工', '工作任务 |', '具体要求 |', '责任单位 |', '推进某类公开 |', '及时公开某类信息。 |', '某县司法局 |', '及时公开某类草案。 |', '某县政府办 |', '做好某类解读 |', '及时解读某类政策。 |', '各有关单位 |'];
    expect(table(lines.join('\n'))).toEqual([
      ['工作任务', '具体要求', '责任单位'],
      ['推进某类公开', '及时公开某类信息。', '某县司法局'],
      ['^推进某类公开', '及时公开某类草案。', '某县政府办'],
      ['做好某类解读', '及时解读某类政策。', '各有关单位'],
    ]);
  });
});

describe('pipe-flattened tables: a portal’s fact cells run onto the table', () => {
  const facts = '索引号 | 0000/2023-00001 | 发布单位 | 某县政府 | 发文日期 | 2023-05-06';
  const header = '序号 | 工作任务 | 责任单位 | 完成时限';
  const rows = ['1 | 修缮某村道路 | 某县住建局 | 6月底前', '2 | 新建某镇幼儿园 | 某县教育局 | 9月底前'];
  const deadlines = async (text: string) => (await tasksOf(text)).map((t) => [t.owners.units, t.deadline?.end]);
  const expected = [
    [['某县住建局'], '2023-06-30'],
    [['某县教育局'], '2023-09-30'],
  ];

  it('a page run onto one line: the header starts at the first column name after the fact cells, which stay the page’s facts (its date, its year)', async () => {
    const line = `${facts} | ${header} | ${rows.join(' | ')} |`;
    expect(table(line)[0]).toEqual(['序号', '工作任务', '责任单位', '完成时限']);
    expect(await deadlines(line)).toEqual(expected);
  });

  it('fact cells on the header’s line, the rows on lines of their own: the header starts at its first column name', async () => {
    const text = [`${facts} | ${header} |`, ...rows.map((r) => `${r} |`)].join('\n');
    expect(table(text)[0]).toEqual(['序号', '工作任务', '责任单位', '完成时限']);
    expect(await deadlines(text)).toEqual(expected);
  });

  it('a fact label followed by a column name is no fact: a header that starts with 发布单位 keeps it', () => {
    expect(table(`发布单位 | 工作任务 | 完成时限 | 某县政府 | 修缮某村道路 | 6月底前 | 某县政府 | 新建某镇幼儿园 | 9月底前`)[0][0]).toBe('发布单位');
  });
});
