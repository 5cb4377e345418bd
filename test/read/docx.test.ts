import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Block, Cell } from '../../src/model/block.js';
import { docxToBlocks, readDocx } from '../../src/read/docx.js';
import { formatNumber } from '../../src/read/docx-numbering.js';
import { ReadError } from '../../src/read/types.js';

const fixtureBytes = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
const fixtureText = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const utf8 = (text: string) => new TextEncoder().encode(text);
const squeeze = (text: string) => text.replace(/\s+/g, '');

// ───────────── building small .docx files ─────────────

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:mc="${MC}"><w:body>${body}<w:sectPr/></w:body></w:document>`;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

interface ParaOptions {
  numId?: number;
  ilvl?: number;
  style?: string;
  outline?: number;
  extraPPr?: string;
}

/** One paragraph; `content` is a string (one run) or raw run XML when it starts with "<". */
function para(content: string, options: ParaOptions = {}): string {
  const numPr =
    options.numId === undefined && options.ilvl === undefined
      ? ''
      : `<w:numPr>${options.ilvl === undefined ? '' : `<w:ilvl w:val="${options.ilvl}"/>`}${options.numId === undefined ? '' : `<w:numId w:val="${options.numId}"/>`}</w:numPr>`;
  const style = options.style ? `<w:pStyle w:val="${options.style}"/>` : '';
  const outline = options.outline === undefined ? '' : `<w:outlineLvl w:val="${options.outline}"/>`;
  const runs = content.startsWith('<') ? content : run(content);
  return `<w:p><w:pPr>${style}${numPr}${outline}${options.extraPPr ?? ''}</w:pPr>${runs}</w:p>`;
}

const run = (text: string) => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

interface LevelSpec {
  fmt: string;
  text: string;
  start?: number;
  suff?: 'tab' | 'space' | 'nothing';
  restart?: number;
  isLgl?: boolean;
  pStyle?: string;
}

function level(ilvl: number, spec: LevelSpec): string {
  return (
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${spec.start ?? 1}"/><w:numFmt w:val="${spec.fmt}"/>` +
    (spec.restart === undefined ? '' : `<w:lvlRestart w:val="${spec.restart}"/>`) +
    (spec.pStyle ? `<w:pStyle w:val="${spec.pStyle}"/>` : '') +
    (spec.isLgl ? '<w:isLgl/>' : '') +
    (spec.suff ? `<w:suff w:val="${spec.suff}"/>` : '') +
    `<w:lvlText w:val="${spec.text}"/></w:lvl>`
  );
}

const abstractNum = (id: number, levels: LevelSpec[]) =>
  `<w:abstractNum w:abstractNumId="${id}">${levels.map((l, i) => level(i, l)).join('')}</w:abstractNum>`;
const num = (numId: number, abstractId: number, overrides = '') =>
  `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
const numberingXml = (content: string) => `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}" xmlns:mc="${MC}">${content}</w:numbering>`;
const stylesXml = (content: string) => `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">${content}</w:styles>`;

/** The Chinese government outline: 一、 → （一） → 1. → （1）, numbers followed by nothing. */
const OUTLINE_LEVELS: LevelSpec[] = [
  { fmt: 'chineseCounting', text: '%1、', suff: 'nothing' },
  { fmt: 'chineseCounting', text: '（%2）', suff: 'nothing' },
  { fmt: 'decimal', text: '%3.', suff: 'nothing' },
  { fmt: 'decimal', text: '（%4）', suff: 'nothing' },
];

/** A minimal package: content types, relationships, and the given parts. */
function makeDocx(parts: { document: string; numbering?: string; styles?: string }): Uint8Array {
  const rels = [
    parts.numbering ? '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' : '',
    parts.styles ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' : '',
  ].join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': utf8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': utf8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': utf8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`),
    'word/document.xml': utf8(parts.document),
  };
  if (parts.numbering) files['word/numbering.xml'] = utf8(parts.numbering);
  if (parts.styles) files['word/styles.xml'] = utf8(parts.styles);
  return zipSync(files);
}

const texts = (blocks: Block[]) => blocks.filter((b) => b.kind !== 'table').map((b) => b.text);
const tableOf = (blocks: Block[], n = 1): Cell[][] => blocks.filter((b) => b.kind === 'table')[n - 1].rows!;
const rowTexts = (rows: Cell[][]) => rows.map((row) => row.map((c) => c.text));
const rowMerged = (rows: Cell[][]) => rows.map((row) => row.map((c) => c.merged === true));

/**
 * A Word-exported text file's table, as DESIGN describes it: a cell starts
 * with a TAB at the start of a line and continues on the following lines.
 */
function textVersionCells(text: string): string[] {
  const cells: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('\t')) cells.push(line.slice(1));
    else if (cells.length && line.trim() !== '') cells[cells.length - 1] += `\n${line}`;
  }
  return cells;
}

function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));
}

async function readErrorOf(bytes: Uint8Array): Promise<ReadError> {
  try {
    await readDocx(bytes, { fileName: 'x.docx' });
  } catch (error) {
    expect(error).toBeInstanceOf(ReadError);
    return error as ReadError;
  }
  throw new Error('expected a ReadError');
}

// ───────────── the real files ─────────────

describe('readDocx on fixtures/formats/000.docx (automatic numbering)', async () => {
  const result = await readDocx(fixtureBytes('formats/000.docx'), { fileName: '000.docx' });
  const paragraphs = texts(result.blocks);

  it('regenerates the list labels the text version prints', () => {
    expect(paragraphs).toContain('一、工作目标');
    expect(paragraphs).toContain('二、重点任务');
    expect(paragraphs).toContain('（一）科学规划引领行动。');
    expect(paragraphs).toContain('（二）公共服务提升行动。');
    expect(paragraphs).toContain('三、保障措施');
    const labels = paragraphs.map((t) => /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/.exec(t)?.[0]).filter(Boolean);
    expect(labels).toEqual(['一、', '二、', '（一）', '（二）', '1.', '2.', '3.', '4.', '5.', '三、', '（一）', '（二）', '（三）']);
    expect(paragraphs.find((t) => t.startsWith('1.'))).toMatch(/^1\.做优做强/);
  });

  it('restarts （一） after the next 一、-level item', () => {
    const afterThree = paragraphs.slice(paragraphs.indexOf('三、保障措施') + 1);
    expect(afterThree[0]).toMatch(/^（一）加强组织领导，完善工作机制。/);
  });

  it('reads every paragraph as the text version has it, in order', () => {
    const fromText = fixtureText('000_d5898165c5e6b752.txt').split('\n').map(squeeze).filter(Boolean);
    expect(paragraphs.map(squeeze)).toEqual(fromText);
  });

  it('numbers body paragraphs from 1 and yields no warnings', () => {
    expect(result.format).toBe('docx');
    expect(result.warnings).toEqual([]);
    expect(result.blocks[0].loc).toEqual({ paragraph: 1 });
    expect(result.blocks.find((b) => b.text === '一、工作目标')!.loc).toEqual({ paragraph: 3 });
  });

  it('holds 附2 as one paragraph per cell line: this fixture has no w:tbl (see the crafted 附2 table below)', () => {
    expect(result.blocks.some((b) => b.kind === 'table')).toBe(false);
    const at = paragraphs.indexOf('附2');
    expect(paragraphs.slice(at + 2, at + 6)).toEqual(['类', '别', '序', '号']);
  });
});

describe('readDocx on fixtures/formats/003.docx (merged cells)', async () => {
  const result = await readDocx(fixtureBytes('formats/003.docx'), { fileName: '003.docx' });
  const tables = result.blocks.filter((b) => b.kind === 'table');
  const rows = tables[0].rows!;
  const textRows = chunk(textVersionCells(fixtureText('003_5a35171835c4a9ae.txt')), 6);

  it('yields the title paragraphs, one table and the paragraph after it, in order', () => {
    expect(result.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
    expect(result.blocks[0].text).toBe('附件：');
    expect(result.blocks[2].loc).toEqual({ table: 1 });
    expect(result.blocks[3]).toMatchObject({ text: '（表后段落）', loc: { paragraph: 3 } });
  });

  it('has the header, a spanning section row and 65 data rows of 6 columns', () => {
    expect(rows).toHaveLength(67);
    expect(rows.every((r) => r.length === 6)).toBe(true);
    expect(rowTexts(rows)[0]).toEqual(['序号', '工作任务', '具体内容', '责任单位', '配合单位', '完成时间']);
    expect(rows[1][0]).toMatchObject({ text: '一、组织保障（合并单元格示例）', loc: { table: 1, row: 2, col: 1 } });
    expect(rows[1].slice(1)).toEqual([2, 3, 4, 5, 6].map((col) => ({ text: '', merged: true, loc: { table: 1, row: 2, col } })));
    expect(textRows).toHaveLength(66);
  });

  it('repeats vertically merged 序号/工作任务 cells, marked merged, where the text version leaves them empty', () => {
    expect(rows[3][0]).toEqual({ text: '1', merged: true, loc: { table: 1, row: 4, col: 1 } });
    expect(rows[3][1]).toMatchObject({ text: '建立和完善领导机制，落实政府创建主体责任', merged: true });
    expect(rows[2][0].merged).toBeUndefined();
    const data = rows.slice(2);
    const mergedCount = data.flat().filter((c) => c.merged).length;
    expect(mergedCount).toBe(62 + 1); // 62 w:vMerge continuations, and the cell the gridSpan=2 covers
    data.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.merged && c < 2) {
          expect(textRows[r + 1][c]).toBe('');
          expect(cell.text).toBe(data[r - 1][c].text);
        }
      }),
    );
  });

  it('matches the text version cell by cell (whitespace aside), the gridSpan=2 cell excepted', () => {
    const data = rows.slice(2);
    data.forEach((row, r) => {
      const expected = textRows[r + 1];
      row.forEach((cell, c) => {
        if (cell.merged) return;
        expect(squeeze(cell.text), `row ${r + 1} col ${c + 1}`).toBe(squeeze(expected[c]));
      });
    });
    // The Word file merges 责任单位 and 配合单位 in its second data row; the text version has both.
    expect(data[1].slice(3, 5)).toEqual([
      { text: '党政办', loc: { table: 1, row: 4, col: 4 } },
      { text: '', merged: true, loc: { table: 1, row: 4, col: 5 } },
    ]);
    expect(textRows[2].slice(3, 5)).toEqual(['党政办', '各成员单位']);
  });

  it('keeps a multi-paragraph cell as lines', () => {
    expect(rows.flat().map((c) => c.text)).toContain('国土分局\n规划分局');
    expect(tables[0].text.split('\n')[0]).toBe('序号\t工作任务\t具体内容\t责任单位\t配合单位\t完成时间');
  });
});

// ───────────── crafted documents ─────────────

describe('automatic numbering', () => {
  const numbering = numberingXml(abstractNum(1, OUTLINE_LEVELS) + num(1, 1));

  it('nests 一、 → （一） → 1. and restarts deeper levels when a shallower one advances', () => {
    const document = documentXml(
      [
        para('工作目标', { numId: 1, ilvl: 0 }),
        para('重点任务', { numId: 1, ilvl: 0 }),
        para('第一项行动', { numId: 1, ilvl: 1 }),
        para('任务甲', { numId: 1, ilvl: 2 }),
        para('细项', { numId: 1, ilvl: 3 }),
        para('任务乙', { numId: 1, ilvl: 2 }),
        para('不编号的说明'),
        para('第二项行动', { numId: 1, ilvl: 1 }),
        para('任务丙', { numId: 1, ilvl: 2 }),
        para('保障措施', { numId: 1, ilvl: 0 }),
        para('加强领导', { numId: 1, ilvl: 1 }),
        para('细化分工', { numId: 1, ilvl: 2 }),
      ].join(''),
    );
    expect(texts(docxToBlocks({ document, numbering }))).toEqual([
      '一、工作目标', '二、重点任务', '（一）第一项行动', '1.任务甲', '（1）细项', '2.任务乙', '不编号的说明',
      '（二）第二项行动', '1.任务丙', '三、保障措施', '（一）加强领导', '1.细化分工',
    ]);
  });

  it('counts past ten in Chinese: 十、 十一、 二十、', () => {
    const document = documentXml(Array.from({ length: 21 }, (_, i) => para(`第${i + 1}项`, { numId: 1, ilvl: 0 })).join(''));
    const out = texts(docxToBlocks({ document, numbering }));
    expect(out[9]).toBe('十、第10项');
    expect(out[10]).toBe('十一、第11项');
    expect(out[19]).toBe('二十、第20项');
    expect(out[20]).toBe('二十一、第21项');
  });

  it('separates the label from the text by nothing after full-width punctuation, else by one space (suff tab/space)', () => {
    const defs = numberingXml(
      abstractNum(2, [
        { fmt: 'decimal', text: '%1.' },
        { fmt: 'chineseCounting', text: '%2、', suff: 'space' },
        { fmt: 'decimal', text: '%3', suff: 'nothing' },
      ]) + num(2, 2),
    );
    const document = documentXml(para('Tab', { numId: 2, ilvl: 0 }) + para('空格', { numId: 2, ilvl: 1 }) + para('无', { numId: 2, ilvl: 2 }));
    expect(texts(docxToBlocks({ document, numbering: defs }))).toEqual(['1. Tab', '一、空格', '1无']);
  });

  it('honours w:start, w:startOverride, shared counters, w:lvlRestart and w:isLgl', () => {
    const defs = numberingXml(
      abstractNum(1, [
        { fmt: 'decimal', text: '%1.', start: 3, suff: 'nothing' },
        { fmt: 'lowerLetter', text: '%1.%2', suff: 'nothing', isLgl: true },
        { fmt: 'decimal', text: '(%3)', suff: 'nothing', restart: 0 },
      ]) +
        num(1, 1) +
        num(2, 1) +
        num(3, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride>'),
    );
    const document = documentXml(
      [
        para('a', { numId: 1, ilvl: 0 }),
        para('b', { numId: 1, ilvl: 1 }),
        para('c', { numId: 1, ilvl: 2 }),
        para('d', { numId: 2, ilvl: 0 }), // another instance of the same list: continues
        para('e', { numId: 2, ilvl: 1 }),
        para('f', { numId: 2, ilvl: 2 }), // lvlRestart 0: never restarts
        para('g', { numId: 3, ilvl: 0 }), // startOverride: a list of its own
        para('h', { numId: 1, ilvl: 0 }),
      ].join(''),
    );
    expect(texts(docxToBlocks({ document, numbering: defs }))).toEqual(['3.a', '3.1b', '(1)c', '4.d', '4.1e', '(2)f', '7.g', '5.h']);
  });

  it('turns bullets into their printed character and numFmt none into no label', () => {
    const defs = numberingXml(
      abstractNum(1, [
        { fmt: 'bullet', text: '\uF0B7' },
        { fmt: 'bullet', text: '●' },
        { fmt: 'none', text: '', suff: 'nothing' },
      ]) + num(1, 1),
    );
    const document = documentXml(para('一点', { numId: 1, ilvl: 0 }) + para('二点', { numId: 1, ilvl: 1 }) + para('无号', { numId: 1, ilvl: 2 }));
    expect(texts(docxToBlocks({ document, numbering: defs }))).toEqual(['• 一点', '● 二点', '无号']);
  });

  it('reads a custom zero-padded format from mc:AlternateContent and ignores numId 0', () => {
    const defs = numberingXml(
      `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>` +
        num(1, 1),
    );
    const document = documentXml(para('甲', { numId: 1, ilvl: 0 }) + para('乙', { numId: 0, ilvl: 0 }) + para('丙', { numId: 1, ilvl: 0 }));
    expect(texts(docxToBlocks({ document, numbering: defs }))).toEqual(['001、甲', '乙', '002、丙']);
  });

  it('takes numbering from the paragraph style, through basedOn, and binds a level by w:lvl/w:pStyle', () => {
    const defs = numberingXml(
      abstractNum(1, [
        { fmt: 'chineseCounting', text: '%1、', suff: 'nothing', pStyle: 'H1' },
        { fmt: 'chineseCounting', text: '（%2）', suff: 'nothing', pStyle: 'H2' },
        { fmt: 'decimal', text: '%3.', suff: 'nothing' },
      ]) + num(5, 1),
    );
    const styles = stylesXml(
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
        '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:basedOn w:val="H1"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Item"><w:name w:val="List Item"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="5"/></w:numPr></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Item2"><w:name w:val="List Item 2"/><w:basedOn w:val="Item"/></w:style>',
    );
    const document = documentXml(
      [
        para('总体要求', { style: 'H1' }),
        para('主要目标', { style: 'H2' }),
        para('完成清单编制', { style: 'Item' }),
        para('完成台账', { style: 'Item2' }),
        para('重点任务', { style: 'H1' }),
        para('不再编号', { style: 'H2', numId: 0 }),
        para('正文'),
      ].join(''),
    );
    const blocks = docxToBlocks({ document, numbering: defs, styles });
    expect(blocks.map((b) => [b.kind, b.level, b.text])).toEqual([
      ['heading', 1, '一、总体要求'],
      ['heading', 2, '（一）主要目标'],
      ['paragraph', undefined, '1.完成清单编制'],
      ['paragraph', undefined, '2.完成台账'],
      ['heading', 1, '二、重点任务'],
      ['heading', 2, '不再编号'],
      ['paragraph', undefined, '正文'],
    ]);
  });

  it('gives a heading level from a paragraph outline level or a "heading N" style name', () => {
    const styles = stylesXml('<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="heading 3"/></w:style>');
    const document = documentXml(para('三级', { style: 'a3' }) + para('大纲二级', { outline: 1 }) + para('正文级', { outline: 9 }));
    expect(docxToBlocks({ document, styles }).map((b) => [b.kind, b.level])).toEqual([
      ['heading', 3],
      ['heading', 2],
      ['paragraph', undefined],
    ]);
  });

  it('numbers paragraphs inside table cells too, and labels join the cell text', () => {
    const cell = (content: string) => `<w:tc>${content}</w:tc>`;
    const document = documentXml(
      para('目标', { numId: 1, ilvl: 0 }) +
        `<w:tbl><w:tr>${cell(para('甲', { numId: 1, ilvl: 2 }) + para('乙', { numId: 1, ilvl: 2 }))}${cell(para('说明'))}</w:tr></w:tbl>` +
        para('任务', { numId: 1, ilvl: 0 }),
    );
    const blocks = docxToBlocks({ document, numbering });
    expect(rowTexts(tableOf(blocks))).toEqual([['1.甲\n2.乙', '说明']]);
    expect(texts(blocks)).toEqual(['一、目标', '二、任务']);
    expect(blocks[2].loc).toEqual({ paragraph: 2 }); // table paragraphs are not counted
  });
});

describe('formatNumber', () => {
  const cases: [string, number, string][] = [
    ['decimal', 12, '12'],
    ['decimalZero', 7, '07'],
    ['decimalZero', 12, '12'],
    ['decimalFullWidth', 12, '１２'],
    ['chineseCounting', 1, '一'],
    ['chineseCounting', 10, '十'],
    ['chineseCounting', 15, '十五'],
    ['chineseCounting', 20, '二十'],
    ['chineseCounting', 99, '九十九'],
    ['chineseCounting', 100, '一百'],
    ['chineseCounting', 101, '一百零一'],
    ['chineseCounting', 110, '一百一十'],
    ['chineseCountingThousand', 1010, '一千零一十'],
    ['chineseCountingThousand', 10001, '一万零一'],
    ['taiwaneseCountingThousand', 3, '三'],
    ['taiwaneseCountingThousand', 12, '十二'],
    ['taiwaneseCountingThousand', 20000, '二萬'],
    ['chineseLegalSimplified', 3, '叁'],
    ['chineseLegalSimplified', 10, '壹拾'],
    ['chineseLegalSimplified', 23, '贰拾叁'],
    ['ideographLegalTraditional', 2, '貳'],
    ['ideographTraditional', 1, '甲'],
    ['ideographTraditional', 10, '癸'],
    ['ideographZodiac', 3, '寅'],
    ['ideographZodiacTraditional', 2, '乙丑'],
    ['ideographDigital', 10, '一〇'],
    ['decimalEnclosedCircle', 1, '①'],
    ['decimalEnclosedCircle', 20, '⑳'],
    ['decimalEnclosedCircle', 21, '㉑'],
    ['decimalEnclosedCircleChinese', 3, '③'],
    ['decimalEnclosedParen', 1, '⑴'],
    ['decimalEnclosedParen', 21, '(21)'],
    ['decimalEnclosedFullstop', 2, '⒉'],
    ['ideographEnclosedCircle', 1, '㈠'],
    ['upperLetter', 1, 'A'],
    ['upperLetter', 27, 'AA'],
    ['lowerLetter', 2, 'b'],
    ['upperRoman', 14, 'XIV'],
    ['lowerRoman', 9, 'ix'],
    ['ordinal', 2, '2nd'],
    ['none', 5, ''],
    ['bullet', 5, ''],
    ['someFutureFormat', 5, '5'],
  ];
  it.each(cases)('%s(%i) = %s', (fmt, n, expected) => {
    expect(formatNumber(n, fmt)).toBe(expected);
  });
});

describe('tables', () => {
  const tc = (text: string, tcPr = '') => `<w:tc><w:tcPr>${tcPr}</w:tcPr>${para(text)}</w:tc>`;
  const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

  it('resolves gridSpan into merged empty cells and vMerge into repeated merged cells', () => {
    const document = documentXml(
      '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>' +
        tr(tc('序号'), tc('任务'), tc('责任单位'), tc('时限')) +
        tr(tc('一、总体', '<w:gridSpan w:val="4"/>')) +
        tr(tc('1', '<w:vMerge w:val="restart"/>'), tc('建设', '<w:vMerge w:val="restart"/>'), tc('甲局、乙局', '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>')) +
        tr(tc('', '<w:vMerge/>'), tc('', '<w:vMerge w:val="continue"/>'), tc('', '<w:gridSpan w:val="2"/><w:vMerge/>')) +
        tr(tc('2'), tc('管理'), tc('丙局'), tc('2021年')) +
        '</w:tbl>',
    );
    const rows = tableOf(docxToBlocks({ document }));
    expect(rowTexts(rows)).toEqual([
      ['序号', '任务', '责任单位', '时限'],
      ['一、总体', '', '', ''],
      ['1', '建设', '甲局、乙局', ''],
      ['1', '建设', '甲局、乙局', ''],
      ['2', '管理', '丙局', '2021年'],
    ]);
    expect(rowMerged(rows)).toEqual([
      [false, false, false, false],
      [false, true, true, true],
      [false, false, false, true],
      [true, true, true, true],
      [false, false, false, false],
    ]);
    expect(rows[3][0].loc).toEqual({ table: 1, row: 4, col: 1 });
    expect(rows[4][3].loc).toEqual({ table: 1, row: 5, col: 4 });
  });

  it('handles w:gridBefore, ragged rows and a continuation without a start', () => {
    const document = documentXml(
      '<w:tbl>' +
        tr(tc('a'), tc('b'), tc('c')) +
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('x')}${tc('y', '<w:vMerge/>')}</w:tr>` +
        tr(tc('short')) +
        '</w:tbl>',
    );
    expect(rowTexts(tableOf(docxToBlocks({ document })))).toEqual([
      ['a', 'b', 'c'],
      ['', 'x', 'y'],
      ['short', '', ''],
    ]);
  });

  it('flattens a nested table into its cell and counts tables in document order', () => {
    const inner = `<w:tbl>${tr(tc('内1'), tc('内2'))}${tr(tc('内3'), tc('内4'))}</w:tbl>`;
    const document = documentXml(
      `<w:tbl>${tr(`<w:tc>${para('外')}${inner}<w:p/></w:tc>`, tc('旁'))}</w:tbl>${para('中间')}<w:tbl>${tr(tc('二'))}</w:tbl>`,
    );
    const blocks = docxToBlocks({ document });
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph', 'table']);
    expect(rowTexts(tableOf(blocks, 1))).toEqual([['外\n内1 内2\n内3 内4\n', '旁']]);
    expect(tableOf(blocks, 2)[0][0].loc).toEqual({ table: 2, row: 1, col: 1 });
    expect(blocks[2].loc).toEqual({ table: 2 });
  });
});

describe('tracked changes and inline markup', () => {
  it('reads the accepted text: insertions in, deletions and moved-away text out', () => {
    const document = documentXml(
      para(
        run('完成') +
          '<w:ins w:id="1" w:author="a">' + run('全部') + '</w:ins>' +
          '<w:del w:id="2" w:author="a"><w:r><w:delText>部分</w:delText></w:r></w:del>' +
          run('任务') +
          '<w:moveFrom w:id="3"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>' +
          '<w:moveTo w:id="4"><w:r><w:t>，新位置</w:t></w:r></w:moveTo>',
      ),
    );
    expect(texts(docxToBlocks({ document }))).toEqual(['完成全部任务，新位置']);
  });

  it('joins a paragraph whose mark was deleted to the next, and ignores the old numbering in w:pPrChange', () => {
    const numbering = numberingXml(abstractNum(1, OUTLINE_LEVELS) + num(1, 1));
    const document = documentXml(
      para('前半句', { extraPPr: '<w:rPr><w:del w:id="9" w:author="a"/></w:rPr>' }) +
        para('后半句', { numId: 1, ilvl: 0 }) +
        para('正文', { extraPPr: '<w:pPrChange w:id="5"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange>' }) +
        para('下一项', { numId: 1, ilvl: 0 }),
    );
    const blocks = docxToBlocks({ document, numbering });
    expect(texts(blocks)).toEqual(['一、前半句后半句', '正文', '二、下一项']);
    expect(blocks[0].loc).toEqual({ paragraph: 1 });
  });

  it('drops a deleted table row', () => {
    const document = documentXml(
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>留</w:t></w:r></w:p></w:tc></w:tr>' +
        '<w:tr><w:trPr><w:del w:id="1" w:author="a"/></w:trPr><w:tc><w:p><w:del w:id="2"><w:r><w:delText>删</w:delText></w:r></w:del></w:p></w:tc></w:tr>' +
        '<w:tr><w:tc><w:p><w:r><w:t>也留</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
    );
    expect(rowTexts(tableOf(docxToBlocks({ document })))).toEqual([['留'], ['也留']]);
  });

  it('reads runs inside w:sdt, w:hyperlink, w:smartTag, w:fldSimple and field results, with tabs and breaks', () => {
    const document = documentXml(
      '<w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent>' + para('控件内文字') + '</w:sdtContent></w:sdt>' +
        para(
          '<w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' + run('链接') + '</w:hyperlink>' +
            '<w:smartTag w:element="place">' + run('智能') + '</w:smartTag>' +
            '<w:r><w:tab/></w:r>' + run('制表') + '<w:r><w:br/></w:r>' + run('换行') +
            '<w:r><w:br w:type="page"/></w:r>' +
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run('3') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
            '<w:fldSimple w:instr=" NUMPAGES ">' + run('9') + '</w:fldSimple>',
        ) +
        '<w:p><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>' + run('单击或点击此处输入文字。') + '</w:sdtContent></w:sdt>' + run('实际内容') + '</w:p>' +
        para(`<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>${run('可见')}<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>也可见</w:t></w:r>`),
    );
    expect(texts(docxToBlocks({ document }))).toEqual(['控件内文字', '链接智能\t制表\n换行39', '实际内容', '可见也可见']);
  });

  it('skips text boxes (with a warning) and the mc:Fallback twin of an mc:Choice', () => {
    const document = documentXml(
      para(
        run('正文') +
          '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:txbxContent>' +
          para('框内') +
          '</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:t>旧版</w:t></w:pict></mc:Fallback></mc:AlternateContent></w:r>' +
          run('续'),
      ),
    );
    const warnings: string[] = [];
    expect(texts(docxToBlocks({ document }, warnings))).toEqual(['正文续']);
    expect(warnings).toEqual(['1 text box(es) were not read']);
  });

  it('does not take DrawingML a:t text, and works with any prefix for the Word namespace', () => {
    const document = `<?xml version="1.0"?><x:document xmlns:x="${W}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><x:body><x:p><x:r><x:t>字</x:t></x:r><x:r><a:p><a:r><a:t>图中文字</a:t></a:r></a:p></x:r></x:p></x:body></x:document>`;
    expect(texts(docxToBlocks({ document }))).toEqual(['字']);
  });

  it('skips empty paragraphs but still counts them', () => {
    const document = documentXml(`<w:p/>${para('  ')}${para('第三段')}`);
    expect(docxToBlocks({ document })).toEqual([{ kind: 'paragraph', text: '第三段', loc: { paragraph: 3 } }]);
  });
});

describe('crafted 附2-style table (vertical text in merged cells)', () => {
  it('comes out with rows equal to the text version cells of seed 000 附2', () => {
    const cells = chunk(textVersionCells(fixtureText('000_d5898165c5e6b752.txt')), 7);
    const tcOf = (text: string) => `<w:tc>${text.split('\n').map((line) => para(line)).join('')}</w:tc>`;
    const document = documentXml(`<w:tbl>${cells.map((row) => `<w:tr>${row.map(tcOf).join('')}</w:tr>`).join('')}</w:tbl>`);
    const rows = tableOf(docxToBlocks({ document }));
    expect(rows).toHaveLength(5);
    expect(rowTexts(rows)).toEqual(cells);
    expect(rows[0][0].text).toBe('类\n别');
    expect(rows[4][6].text).toBe('公共文化和文保科\n各直属单位');
  });
});

describe('readDocx package layout', () => {
  const numbering = numberingXml(abstractNum(1, OUTLINE_LEVELS) + num(1, 1));
  const document = documentXml(para('目标', { numId: 1, ilvl: 0 }));

  it('follows _rels/.rels to a main part that is not word/document.xml, and its numbering relationship', async () => {
    const bytes = zipSync({
      '_rels/.rels': utf8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/doc/main.xml"/></Relationships>'),
      'doc/_rels/main.xml.rels': utf8("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id='r2' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering' Target='lists/n.xml'/></Relationships>"),
      'doc/main.xml': utf8(document),
      'doc/lists/n.xml': utf8(numbering),
    });
    expect(texts((await readDocx(bytes, { fileName: 'x.docx' })).blocks)).toEqual(['一、目标']);
  });

  it('uses word/numbering.xml when the package has no relationships for the document', async () => {
    const bytes = zipSync({ 'word/document.xml': utf8(document), 'word/numbering.xml': utf8(numbering) });
    expect(texts((await readDocx(bytes, { fileName: 'x.docx' })).blocks)).toEqual(['一、目标']);
  });
});

describe('readDocx errors', () => {
  it('rejects bytes that are not a ZIP as corrupt', async () => {
    const error = await readErrorOf(utf8('just some text, not a zip'));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/^not a valid Word \.docx file: /);
  });

  it('rejects a truncated file as corrupt', async () => {
    const bytes = fixtureBytes('formats/003.docx');
    const error = await readErrorOf(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/^not a valid Word \.docx file: /);
  });

  it('rejects a ZIP without word/document.xml as corrupt', async () => {
    const error = await readErrorOf(zipSync({ 'word/styles.xml': utf8('<x/>') }));
    expect(error.code).toBe('corrupt');
    expect(error.message).toBe('not a valid Word .docx file: word/document.xml is missing');
  });

  it('names a main part whose name is garbage (line breaks, escapes, kilobytes) in one short line', async () => {
    const garbage = `word\n\u001b]0;title\u0007${'\u001a\r'.repeat(600)}/document.xml`;
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/${garbage}"/></Relationships>`;
    const error = await readErrorOf(zipSync({ '_rels/.rels': utf8(rels), 'word/document.xml': utf8(documentXml(para('目标'))) }));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/^not a valid Word \.docx file: word\\n.*… is missing$/);
    expect(error.message).not.toMatch(/[\x00-\x1f\x7f]/);
    expect(error.message.length).toBeLessThan(400); // 80 characters of the name, each escaped as at most \xNN
  });

  it('rejects malformed XML and a DOCTYPE as corrupt', async () => {
    const broken = await readErrorOf(makeDocx({ document: documentXml('<w:p><w:r><w:t>x</w:r></w:p>') }));
    expect(broken.code).toBe('corrupt');
    expect(broken.message).toMatch(/word\/document\.xml is not well-formed XML/);
    const laughs = await readErrorOf(makeDocx({ document: `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><w:document xmlns:w="${W}"><w:body/></w:document>` }));
    expect(laughs.code).toBe('corrupt');
  });

  it('says encrypted for a password-protected (CFB) file', async () => {
    // A minimal CFB whose directory names the EncryptionInfo and EncryptedPackage streams.
    const sector = 512;
    const bytes = new Uint8Array(sector * 3);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const view = new DataView(bytes.buffer);
    view.setUint16(0x1e, 9, true); // sector shift
    view.setUint32(0x2c, 1, true); // one FAT sector
    view.setUint32(0x30, 1, true); // directory starts at sector 1
    view.setUint32(0x4c, 0, true); // FAT is sector 0
    for (let i = 1; i < 109; i++) view.setUint32(0x4c + i * 4, 0xffffffff, true);
    const fat = sector;
    view.setUint32(fat, 0xfffffffd, true);
    view.setUint32(fat + 4, 0xfffffffe, true);
    const dirEntry = (index: number, name: string, type: number) => {
      const at = sector * 2 + index * 128;
      for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
      view.setUint16(at + 0x40, (name.length + 1) * 2, true);
      view.setUint8(at + 0x42, type);
    };
    dirEntry(0, 'Root Entry', 5);
    dirEntry(1, 'EncryptionInfo', 2);
    dirEntry(2, 'EncryptedPackage', 2);
    const error = await readErrorOf(bytes);
    expect(error.code).toBe('encrypted');
  });
});
