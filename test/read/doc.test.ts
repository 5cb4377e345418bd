import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Block, Cell } from '../../src/model/block.js';
import { convertDocToDocx, docTextToBlocks, findSoffice, NO_SOFFICE_WARNING, readDoc, readDocText } from '../../src/read/doc.js';
import { ReadError } from '../../src/read/types.js';
import { useFixtureDocConversions } from '../support/doc-fixtures.js';

const fixturePath = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url).pathname;
const fixtureBytes = (name: string) => new Uint8Array(readFileSync(fixturePath(name)));
const fixtureText = (name: string) => readFileSync(fixturePath(name), 'utf8');
const squeeze = (text: string) => text.replace(/\s+/g, '');
const texts = (blocks: Block[]) => blocks.filter((b) => b.kind !== 'table').map((b) => b.text);
const tables = (blocks: Block[]) => blocks.filter((b) => b.kind === 'table');
const rowTexts = (rows: Cell[][]) => rows.map((row) => row.map((c) => c.text));

/** The cells of a Word-exported text file's table: a cell starts with a TAB at the start of a line. */
function textVersionRows(text: string, columns: number): string[][] {
  const cells: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('\t')) cells.push(line.slice(1));
    else if (cells.length && line.trim() !== '') cells[cells.length - 1] += `\n${line}`;
  }
  return Array.from({ length: cells.length / columns }, (_, i) => cells.slice(i * columns, i * columns + columns));
}

/** The body paragraphs of seed 000, list labels included, as the text version prints them. */
const seed000Lines = () => fixtureText('000_d5898165c5e6b752.txt').split('\n').map(squeeze).filter(Boolean);
const LABEL = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/;

// ───────────── whichever way this machine reads .doc ─────────────

describe('readDoc on the real files', async () => {
  const soffice = findSoffice();
  // Converted by LibreOffice once for the whole test run; readDoc finds the conversions by the files' bytes.
  await useFixtureDocConversions();
  const r000 = await readDoc(fixtureBytes('formats/000.doc'), { fileName: '000.doc' });
  const r003 = await readDoc(fixtureBytes('formats/003.doc'), { fileName: '003.doc' });

  it(`reads 000.doc ${soffice ? 'through LibreOffice, list labels regenerated' : 'as text, list labels lost'}`, () => {
    expect(r000.format).toBe('doc');
    const paragraphs = texts(r000.blocks);
    if (soffice) {
      expect(r000.warnings).toEqual([]);
      expect(paragraphs).toContain('一、工作目标');
      expect(paragraphs).toContain('（一）科学规划引领行动。');
      expect(paragraphs.find((t) => t.startsWith('1.'))).toMatch(/^1\.做优做强/);
      expect(paragraphs.map(squeeze)).toEqual(seed000Lines());
    } else {
      expect(r000.warnings).toContain(NO_SOFFICE_WARNING);
      expect(paragraphs).toContain('工作目标');
      expect(paragraphs.some((t) => LABEL.test(t))).toBe(false);
    }
  });

  it(`reads 003.doc ${soffice ? 'through LibreOffice, merged cells resolved' : 'as text, merged cells lost'}`, () => {
    const [table] = tables(r003.blocks);
    const rows = table.rows!;
    expect(rows).toHaveLength(67);
    expect(rowTexts(rows)[0]).toEqual(['序号', '工作任务', '具体内容', '责任单位', '配合单位', '完成时间']);
    if (soffice) {
      expect(rows[3][0]).toMatchObject({ text: '1', merged: true });
      expect(rows[3].slice(3, 6).map((c) => [c.text, c.merged ?? false])).toEqual([['党政办', false], ['', true], ['2018年至2019年', false]]);
    } else {
      expect(rows[3][0]).toEqual({ text: '', loc: { table: 1, row: 4, col: 1 } });
      expect(r003.warnings).toContain(NO_SOFFICE_WARNING);
    }
  });
});

// ───────────── the fallback, always ─────────────

describe('readDocText (word-extractor, no LibreOffice) on 000.doc', async () => {
  const result = await readDocText(fixtureBytes('formats/000.doc'));
  const paragraphs = texts(result.blocks);

  it('warns that numbering and merged cells are lost', () => {
    expect(result.format).toBe('doc');
    expect(result.warnings).toEqual([NO_SOFFICE_WARNING]);
  });

  it('keeps every paragraph of the text version, minus the automatic labels (一、 （一） 1.), which are lost', () => {
    const expected = seed000Lines().map((line) => line.replace(LABEL, ''));
    expect(paragraphs.map(squeeze)).toEqual(expected);
    expect(paragraphs.filter((t) => t === '工作目标' || t === '重点任务' || t === '保障措施')).toHaveLength(3);
    expect(paragraphs).toContain('科学规划引领行动。');
  });

  it('keeps curly quotes as written (word-extractor would make them ASCII)', () => {
    expect(paragraphs[1]).toBe('“城乡提质工程”工作方案');
  });

  it('numbers paragraphs from 1', () => {
    expect(result.blocks[2]).toEqual({ kind: 'paragraph', text: '工作目标', loc: { paragraph: 3 } });
  });
});

describe('readDocText (word-extractor, no LibreOffice) on 003.doc', async () => {
  const result = await readDocText(fixtureBytes('formats/003.doc'));
  const [table] = tables(result.blocks);
  const rows = table.rows!;
  const textRows = textVersionRows(fixtureText('003_5a35171835c4a9ae.txt'), 6);

  it('rebuilds the table from the cell marks, between the paragraphs around it', () => {
    expect(result.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
    expect(result.blocks[3]).toEqual({ kind: 'paragraph', text: '（表后段落）', loc: { paragraph: 3 } });
    expect(rows).toHaveLength(67);
    expect(rows.every((r) => r.length === 6)).toBe(true);
    expect(table.loc).toEqual({ table: 1 });
  });

  it('treats the one-cell row as spanning the table', () => {
    expect(rows[1][0].text).toBe('一、组织保障（合并单元格示例）');
    expect(rows[1].slice(1).every((c) => c.merged === true && c.text === '')).toBe(true);
  });

  it('loses vertical merges: continuation cells are empty and unmarked, as in the text version', () => {
    expect(rows[3][0]).toEqual({ text: '', loc: { table: 1, row: 4, col: 1 } });
    expect(rows.flat().filter((c) => c.merged)).toHaveLength(5);
  });

  it('misplaces the cells of a row with a horizontal merge, and says so', () => {
    expect(rowTexts(rows)[3].slice(3)).toEqual(['党政办', '2018年至2019年', '']);
    expect(result.warnings).toContain('table 1: 1 row(s) have fewer cells than the others (merged cells?); their cells may sit in the wrong columns');
  });

  it('otherwise matches the text version cell by cell, multi-line cells included', () => {
    const data = rows.slice(2);
    expect(data).toHaveLength(textRows.length - 1);
    data.forEach((row, r) => {
      if (r === 1) return; // the horizontally merged row above
      row.forEach((cell, c) => expect(squeeze(cell.text), `row ${r + 1} col ${c + 1}`).toBe(squeeze(textRows[r + 1][c])));
    });
    expect(rows.flat().map((c) => c.text)).toContain('国土分局\n规划分局');
  });
});

describe('docTextToBlocks', () => {
  it('turns TAB-terminated rows into a table and other lines into paragraphs', () => {
    const body = '标题\n序号\t任务\t单位\t\n1\t第一项\t甲局\n乙局\t\n\t\t丙局\t\n正文\n';
    const { blocks, warnings } = docTextToBlocks(body);
    expect(warnings).toEqual([]);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '标题', loc: { paragraph: 1 } },
      {
        kind: 'table',
        text: '序号\t任务\t单位\n1\t第一项\t甲局\n乙局\n\t\t丙局',
        loc: { table: 1 },
        rows: [
          [{ text: '序号', loc: { table: 1, row: 1, col: 1 } }, { text: '任务', loc: { table: 1, row: 1, col: 2 } }, { text: '单位', loc: { table: 1, row: 1, col: 3 } }],
          [{ text: '1', loc: { table: 1, row: 2, col: 1 } }, { text: '第一项', loc: { table: 1, row: 2, col: 2 } }, { text: '甲局\n乙局', loc: { table: 1, row: 2, col: 3 } }],
          [{ text: '', loc: { table: 1, row: 3, col: 1 } }, { text: '', loc: { table: 1, row: 3, col: 2 } }, { text: '丙局', loc: { table: 1, row: 3, col: 3 } }],
        ],
      },
      { kind: 'paragraph', text: '正文', loc: { paragraph: 2 } },
    ]);
  });

  it('gives a multi-line first cell inside a table to its row, but body text between tables stays paragraphs', () => {
    const body = 'a\tb\t\n第一\n第二\tc\t\n中间段落\nx\ty\tz\t\n';
    const { blocks } = docTextToBlocks(body);
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph', 'table']);
    expect(rowTexts(blocks[0].rows!)).toEqual([['a', 'b'], ['第一\n第二', 'c']]);
    expect(blocks[1]).toEqual({ kind: 'paragraph', text: '中间段落', loc: { paragraph: 1 } });
    expect(rowTexts(blocks[2].rows!)).toEqual([['x', 'y', 'z']]);
    expect(blocks[2].loc).toEqual({ table: 2 });
  });

  it('leaves a line with an inner TAB and no row end as a paragraph', () => {
    const { blocks } = docTextToBlocks('组长：\t张三\n成员：\t李四\n');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', '组长：\t张三'],
      ['paragraph', '成员：\t李四'],
    ]);
  });

  it('skips blank lines but counts them', () => {
    expect(docTextToBlocks('一\n\n三\r\n').blocks).toEqual([
      { kind: 'paragraph', text: '一', loc: { paragraph: 1 } },
      { kind: 'paragraph', text: '三', loc: { paragraph: 3 } },
    ]);
  });
});

describe('readDocText errors', () => {
  it('reports a file word-extractor cannot read as corrupt', async () => {
    const bytes = new Uint8Array(2048).fill(7);
    await expect(readDocText(bytes)).rejects.toSatisfy(
      (e: unknown) => e instanceof ReadError && e.code === 'corrupt' && e.message.startsWith('not a valid Word .doc file: '),
    );
  });
});

// ───────────── the LibreOffice wrapper, with a fake soffice ─────────────

describe('convertDocToDocx and readDoc with a fake soffice on PATH', () => {
  const work = mkdtempSync(join(tmpdir(), 'planlint-test-soffice-'));
  const savedPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = savedPath;
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** A shell script named soffice in its own folder; `action` runs with $OUTDIR and $INPUT set. */
  function fakeSoffice(name: string, action: string): { dir: string; bin: string; log: string } {
    const dir = join(work, name);
    const bin = join(dir, 'soffice');
    const log = join(dir, 'args.log');
    mkdirSync(dir);
    writeFileSync(
      bin,
      [
        '#!/bin/sh',
        'PATH=/usr/bin:/bin',
        `printf '%s\\n' "$$" "$@" > '${log}'`,
        'OUTDIR=""; INPUT=""',
        'while [ $# -gt 0 ]; do',
        '  case "$1" in --outdir) OUTDIR="$2"; shift 2;; -*) shift;; *) INPUT="$1"; shift;; esac',
        'done',
        action,
      ].join('\n'),
    );
    chmodSync(bin, 0o755);
    return { dir, bin, log };
  }

  /** The fixture with bytes after its end: prepareDocs above has not seen these bytes, so readDoc must convert them itself. */
  const unprepared = (name: string) => new Uint8Array(Buffer.concat([fixtureBytes(name), Buffer.from('unprepared')]));
  const copy003 = `mkdir -p "$OUTDIR" && cp '${fixturePath('formats/003.docx')}' "$OUTDIR/$(basename "$INPUT" .doc).docx"`;
  /** The temp folder of the input that the fake soffice was given (its last argument); other processes' folders are no concern. */
  const inputFolder = (log: string) => dirname(readFileSync(log, 'utf8').trim().split('\n').pop()!);

  it("runs soffice headless with this worker's profile and a private outdir, returns the .docx and removes its temp folder", async () => {
    const fake = fakeSoffice('ok', copy003);
    const docx = await convertDocToDocx(fixtureBytes('formats/003.doc'), fake.bin);
    expect(Buffer.from(docx).equals(readFileSync(fixturePath('formats/003.docx')))).toBe(true);
    const [, ...args] = readFileSync(fake.log, 'utf8').trim().split('\n');
    const tmp = args[args.length - 1].replace(/\/1\.doc$/, '');
    expect(tmp.startsWith(join(tmpdir(), 'planlint-doc-'))).toBe(true);
    const profile = args[0].replace('-env:UserInstallation=file://', '');
    expect(profile.startsWith(join(tmpdir(), `planlint-soffice-${process.pid}-`))).toBe(true);
    expect(args).toEqual([
      `-env:UserInstallation=file://${profile}`,
      '--headless', '--norestore', '--nolockcheck', '--nodefault',
      '--convert-to', 'docx', '--outdir', `${tmp}/out-1`, `${tmp}/1.doc`,
    ]);
    expect(existsSync(tmp)).toBe(false);
  });

  it('is what readDoc uses when soffice is on PATH', async () => {
    const fake = fakeSoffice('path', copy003);
    process.env.PATH = fake.dir;
    expect(findSoffice()).toBe(fake.bin);
    const result = await readDoc(unprepared('formats/003.doc'), { fileName: '003.doc' });
    expect(result.format).toBe('doc');
    expect(result.warnings).toEqual([]);
    expect(tables(result.blocks)[0].rows![3][0]).toMatchObject({ text: '1', merged: true });
  });

  it('falls back to word-extractor, with both warnings, when soffice fails', async () => {
    const fake = fakeSoffice('fails', 'echo "Error: source file could not be loaded" >&2; exit 1');
    process.env.PATH = fake.dir;
    const result = await readDoc(unprepared('formats/000.doc'), { fileName: '000.doc' });
    expect(result.warnings).toEqual([
      'LibreOffice could not convert the file (exit 1: Error: source file could not be loaded); it was read as plain text instead',
      NO_SOFFICE_WARNING,
    ]);
    expect(texts(result.blocks)).toContain('工作目标');
  });

  it('reports a conversion that writes nothing', async () => {
    const fake = fakeSoffice('silent', 'exit 0');
    await expect(convertDocToDocx(fixtureBytes('formats/000.doc'), fake.bin)).rejects.toThrow('LibreOffice wrote no .docx');
  });

  it('kills a hung soffice at the timeout and still removes its temp folder', async () => {
    const fake = fakeSoffice('hangs', 'sleep 30');
    await expect(convertDocToDocx(fixtureBytes('formats/000.doc'), fake.bin, { timeoutMs: 500 })).rejects.toThrow('timed out after 1 s');
    const pid = Number(readFileSync(fake.log, 'utf8').split('\n')[0]);
    expect(() => process.kill(pid, 0)).toThrow();
    expect(existsSync(inputFolder(fake.log))).toBe(false);
  });

  it('finds nothing when PATH has no soffice', () => {
    process.env.PATH = work;
    expect(findSoffice()).toBeNull();
  });
});
