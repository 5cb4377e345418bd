import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { recoverFlattenedTables } from '../../src/extract/flat-table.js';
import { readTaskTable } from '../../src/extract/tables.js';
import type { Block } from '../../src/model/block.js';
import { parseFile } from '../../src/parse.js';
import { readDocument } from '../../src/read/index.js';
import { useFixtureDocConversions } from '../support/doc-fixtures.js';
import { f1, scoreDocument } from '../support/score.js';
import { FIXTURES, FORMAT_TRUTH, truthOf } from '../support/seeds.js';

const paragraphs = (...texts: string[]): Block[] => texts.map((text, k) => ({ kind: 'paragraph', text, loc: { paragraph: k + 1 } }));

/** Word pads short names ("陈  凯") with one space or two depending on the file: compare without it. */
const unpadded = (text: string) => text.replace(/[ \u3000\u00a0]+/g, '');

async function blocksOf(file: string): Promise<Block[]> {
  const path = join(FIXTURES, file);
  return (await readDocument(readFileSync(path), { fileName: path })).blocks;
}

const tables = (blocks: readonly Block[]) => blocks.filter((b) => b.kind === 'table');

describe('recoverFlattenedTables on a Word table flattened into paragraphs', () => {
  // 000.doc through LibreOffice (where installed) without a start of its own.
  beforeAll(useFixtureDocConversions);

  /** The same table as Word's text export gives it (each cell starts with a TAB there). */
  const exported = async () => tables(await blocksOf('000_d5898165c5e6b752.txt'))[0].rows!.map((row) => row.map((c) => unpadded(c.text)));

  it.each([['formats/000.docx'], ['formats/000.doc']])('%s: one table, cells as in the text export', async (file) => {
    const blocks = await blocksOf(file);
    const recovered = recoverFlattenedTables(blocks);
    const [table] = tables(recovered);
    expect(tables(recovered)).toHaveLength(1);
    const rows = table.rows!;
    expect(rows.map((r) => r.length)).toEqual([7, 7, 7, 7, 7]);
    expect(rows[0].map((c) => c.text)).toEqual(['类别', '序号', '项目名称', '建设内容', '建设年限', '责任领导', '责任科室']);
    expect(rows[1][0].text).toBe('科学规划引领行动');
    expect(unpadded(rows[1][5].text)).toBe('陈忠新\n陈凯');
    expect(rows[4][0].text).toBe('');
    expect(rows[4][1].text).toBe('3');
    expect(rows[4][6].text).toBe('公共文化和文保科\n各直属单位');
    expect(rows.map((row) => row.map((c) => unpadded(c.text)))).toEqual(await exported());

    // Locations: the table at its first header paragraph, a cell at its first paragraph.
    const first = blocks.findIndex((b) => b.text === '类');
    expect(table.loc).toEqual(blocks[first].loc);
    expect(rows[1][5].loc).toEqual(blocks.find((b) => b.text === '陈忠新')!.loc);
    // Everything else passes through: the same objects, in the same order.
    const index = recovered.indexOf(table);
    expect(recovered.slice(0, index)).toEqual(blocks.slice(0, first));
    recovered.slice(0, index).forEach((b, k) => expect(b).toBe(blocks[k]));
    expect(recovered.slice(index + 1)).toEqual([]);
  });

  it.each([['formats/000.docx'], ['formats/000.doc']])('%s: the whole pipeline scores like the text seed', async (file) => {
    const parsed = await parseFile(join(FIXTURES, file));
    const score = scoreDocument(parsed.document, truthOf(FORMAT_TRUTH[file.replace('formats/', '')]));
    expect(score.misses).toEqual([]);
    expect(score.found).toBe(score.truthTasks);
    expect(score.truthTasks).toBe(10);
    expect(f1(score.owners)).toBe(1);
    expect(score.deadlineEnd.exact).toBe(score.deadlineEnd.of);
    expect(f1(score.targets)).toBe(1);
  });
});

describe('recoverFlattenedTables on other shapes', () => {
  it('recovers 序号/工作任务/责任单位/完成时限 with wrapped labels and a two-line unit cell', () => {
    const blocks = paragraphs(
      '附件2',
      '重点任务分解表',
      '序号',
      '工作任务',
      '责任',
      '单位',
      '完成',
      '时限',
      '1',
      '制定全县文旅融合发展实施方案，明确各单位职责分工。',
      '县文旅广体局',
      '2021年3月底前',
      '2',
      '开展旅游市场秩序专项整治行动。',
      '县市场监管局',
      '县公安局',
      '2021年6月底前',
      '三、保障措施',
      '各单位要高度重视，切实加强组织领导。',
    );
    const out = recoverFlattenedTables(blocks);
    expect(out.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph', 'paragraph']);
    expect(out[0]).toBe(blocks[0]);
    expect(out[4]).toBe(blocks[18]);
    const rows = out[2].rows!.map((r) => r.map((c) => c.text));
    expect(rows).toEqual([
      ['序号', '工作任务', '责任单位', '完成时限'],
      ['1', '制定全县文旅融合发展实施方案，明确各单位职责分工。', '县文旅广体局', '2021年3月底前'],
      ['2', '开展旅游市场秩序专项整治行动。', '县市场监管局\n县公安局', '2021年6月底前'],
    ]);
    expect(out[2].loc).toEqual({ paragraph: 3 });
    // Table extraction reads it as a task table.
    const table = readTaskTable(out[2], 0, []);
    expect(table?.drafts).toHaveLength(2);
  });

  it('recovers traditional-script labels, an empty grouping cell and a multi-paragraph content cell', () => {
    const blocks = paragraphs(
      '類別',
      '具體內容',
      '責任領導',
      '責任單位',
      '公',
      '共',
      '服',
      '務',
      '完善公共文化服務體系。',
      '王  明',
      '縣文化館',
      '推進圖書館總分館制建設，',
      '年內建成分館10個。',
      '李*',
      '縣圖書館',
      '各鄉鎮',
    );
    const out = recoverFlattenedTables(blocks);
    expect(out).toHaveLength(1);
    expect(out[0].rows!.map((r) => r.map((c) => c.text))).toEqual([
      ['類別', '具體內容', '責任領導', '責任單位'],
      ['公共服務', '完善公共文化服務體系。', '王  明', '縣文化館'],
      ['', '推進圖書館總分館制建設，\n年內建成分館10個。', '李*', '縣圖書館\n各鄉鎮'],
    ]);
  });

  it('stops at an attachment head and at a heading', () => {
    const table = ['序号', '重点任务', '牵头单位', '完成时间', '1', '建成文化礼堂30家。', '县文化局', '2021年底'];
    for (const stop of ['附件3', '四、工作要求']) {
      const out = recoverFlattenedTables(paragraphs(...table, stop, '县财政局'));
      expect(out.map((b) => b.kind)).toEqual(['table', 'paragraph', 'paragraph']);
      expect(out[0].rows).toHaveLength(2);
    }
  });
});

describe('a deadline cell that says only 全年 (the whole year)', () => {
  it('is a time, not a name (全 is also a surname): it fills the last row’s deadline cell', () => {
    const table = ['序号', '工作任务', '责任领导', '牵头单位', '完成时限', '1.', '新建公园2个', '张某', '区住建局', '10月底前', '2.', '新增就业岗位1000个', '王某', '区人社局', '全年'];
    const rows = recoverFlattenedTables(paragraphs(...table))[0].rows ?? [];
    expect(rows.at(-1)?.map((c) => c.text)).toEqual(['2.', '新增就业岗位1000个', '王某', '区人社局', '全年']);
  });
});

describe('recoverFlattenedTables on a real table flattened here', () => {
  /** What Word gives without table markup: one paragraph per cell line; merged continuations and empty cells vanish. */
  function flatten(blocks: readonly Block[]): Block[] {
    let k = 0;
    const out: Block[] = [];
    const push = (kind: Block['kind'], text: string) => out.push({ kind, text, loc: { paragraph: ++k } });
    for (const b of blocks) {
      if (b.kind !== 'table') push(b.kind, b.text);
      else for (const cell of b.rows!.flat()) if (!cell.merged) for (const line of cell.text.split('\n')) if (line.trim()) push('paragraph', line);
    }
    return out;
  }

  it('003.docx: section row, merged 序号/工作任务 cells, empty 配合单位 cells', async () => {
    const read = await readDocument(readFileSync(join(FIXTURES, 'formats/003.docx')), { fileName: '003.docx' });
    const original = tables(read.blocks)[0].rows!;
    const flat = flatten(read.blocks);
    expect(tables(flat)).toHaveLength(0);
    const [table] = tables(recoverFlattenedTables(flat));
    const rows = table.rows!;
    expect(rows).toHaveLength(original.length);
    const content = 2;
    expect(rows.map((r) => r[content].text)).toEqual(original.map((r) => (r[content].merged ? '' : r[content].text)));
    expect(rows.map((r) => r[0].text)).toEqual(original.map((r) => (r[0].merged ? '' : r[0].text)));

    // Through extraction every task is found with its deadline and targets; units and partners
    // share one run of lines once flattened, so only their split may differ.
    const { document } = extractDocument({ ...read, blocks: flat }, '003.docx');
    const score = scoreDocument(document, truthOf(FORMAT_TRUTH['003.docx']));
    expect(score.found).toBe(score.truthTasks);
    expect(score.extra).toBe(0);
    expect(score.deadlineEnd.exact).toBe(score.deadlineEnd.of);
    expect(f1(score.targets)).toBe(1);
    expect(f1(score.owners)).toBeGreaterThan(0.8);
  });
});

describe('recoverFlattenedTables leaves prose alone', () => {
  const unchanged = (blocks: Block[]) => {
    const out = recoverFlattenedTables(blocks);
    expect(out).toHaveLength(blocks.length);
    out.forEach((b, k) => expect(b).toBe(blocks[k]));
  };

  it('a roster', () => {
    unchanged(paragraphs('组  长：陈忠新 党组书记、局长', '副组长：徐叶飞 党组成员、副局长', '陈  凯 副局长', '成  员：唐春艳 办公室主任', '朱  洁 科长'));
  });

  it('a list of names', () => {
    unchanged(paragraphs('参会人员', '王  明', '李  华', '张建国', '赵  丽', '刘洋'));
  });

  it('a poem-like run of short lines', () => {
    unchanged(paragraphs('春', '风', '又', '绿', '江南岸', '明月', '何时', '照我还'));
  });

  it('column labels with no row under them', () => {
    unchanged(
      paragraphs(
        '任务',
        '责任单位',
        '时限',
        '各单位要高度重视，切实加强组织领导，确保各项任务按期完成。',
        '要加强督促检查，严格工作考核，强化责任落实。',
      ),
    );
  });

  it('a header whose rows never get an owner or a deadline', () => {
    unchanged(paragraphs('序号', '工作任务', '责任单位', '完成时限', '1', '加强组织领导。', '2', '加强宣传引导。'));
  });
});

describe('a table one cell a line with no 序号 column', () => {
  it('a 民生实事 table headed 实事项目 (a content column name): rows end where the deadline column is filled', () => {
    const blocks = recoverFlattenedTables(
      paragraphs('实事项目', '牵头单位', '配合单位', '完成时限', '新建某镇公厕5座', '某县城管局', '某县住建局', '某县财政局', '2024年10月底前', '改造某村危房20户', '某县住建局', '各乡镇', '长期坚持'),
    );
    const rows = tables(blocks)[0]?.rows?.map((row) => row.map((c) => c.text));
    expect(rows).toEqual([
      ['实事项目', '牵头单位', '配合单位', '完成时限'],
      ['新建某镇公厕5座', '某县城管局', '某县住建局\n某县财政局', '2024年10月底前'],
      ['改造某村危房20户', '某县住建局', '各乡镇', '长期坚持'],
    ]);
  });
  it('a column name no lexicon lists whole (工作内容及要求), before listed ones broken over lines (责任 ⏎ 单位), names its column by its words', () => {
    const blocks = recoverFlattenedTables(
      paragraphs('工作内容及要求', '责任', '单位', '完成', '时限', '修缮某村道路，硬化村道2公里', '某县住建局', '6月底前', '新建某镇食堂，新增餐位80个', '某县教育局、某镇人民政府', '9月底前'),
    );
    const rows = tables(blocks)[0]?.rows?.map((row) => row.map((c) => c.text));
    expect(rows).toEqual([
      ['工作内容及要求', '责任单位', '完成时限'],
      ['修缮某村道路，硬化村道2公里', '某县住建局', '6月底前'],
      ['新建某镇食堂，新增餐位80个', '某县教育局、某镇人民政府', '9月底前'],
    ]);
  });

  it('a line named by its words alone, with no listed column names beside it, heads no table', () => {
    expect(tables(recoverFlattenedTables(paragraphs('工作内容及要求', '完成时限', '修缮某村道路', '6月底前')))).toEqual([]);
  });
  it('beside a heading-task column (工作任务), a column named only by its words (具体要求) heads no table: which lines head the rows is not to be guessed', () => {
    const blocks = recoverFlattenedTables(
      paragraphs('工作任务', '具体要求', '责任部门', '一、做好某项公开。', '1.及时公开某类信息。', '某县办公室', '二、做好某类解读。', '2.及时解读某类政策。', '某县各科室'),
    );
    expect(tables(blocks)).toEqual([]);
  });

  it('under a heading-task column, rows with no outline numbers (工作任务 | 具体要求 | 责任单位, several 具体要求 a 工作任务) are the table’s', () => {
    const blocks = recoverFlattenedTables(
      paragraphs('工作任务', '具体要求', '责任单位', '推进某类公开', '及时公开某类信息。', '某县司法局', '及时公开某类草案。', '某县政府办', '做好某类解读', '及时解读某类政策。', '各有关单位'),
    );
    expect(tables(blocks)[0]?.rows?.map((row) => row.map((c) => c.text))).toEqual([
      ['工作任务', '具体要求', '责任单位'],
      ['推进某类公开', '及时公开某类信息。', '某县司法局'],
      ['', '及时公开某类草案。', '某县政府办'],
      ['做好某类解读', '及时解读某类政策。', '各有关单位'],
    ]);
  });

  it('a header read partly from its words needs two rows under it', () => {
    expect(tables(recoverFlattenedTables(paragraphs('工作内容及要求', '责任单位', '完成时限', '修缮某村道路，硬化村道2公里', '某县住建局', '6月底前')))).toEqual([]);
  });

  it('负责科室 names the unit column (重点任务 | 工作内容 | 负责科室)', () => {
    const blocks = recoverFlattenedTables(paragraphs('重点任务', '工作内容', '负责科室', '某类解读', '及时解读某类政策文件。', '某科室', '某类公开', '及时公开某类信息。', '办公室'));
    expect(tables(blocks)[0]?.rows?.map((row) => row.map((c) => c.text))).toEqual([
      ['重点任务', '工作内容', '负责科室'],
      ['某类解读', '及时解读某类政策文件。', '某科室'],
      ['某类公开', '及时公开某类信息。', '办公室'],
    ]);
  });
});

