#!/usr/bin/env node
// Writes the small crafted fixtures the sheet and HTML reader tests use:
//   fixtures/sheets/tasks.xlsx, tasks.xls (BIFF8), tasks.ods   one task table, merges, dates, numbers
//   fixtures/sheets/tasks-gb18030.csv, tasks.tsv               the same table as delimited text
//   fixtures/sheets/encrypted.xlsx                             an OLE container as Excel writes for a password
//   fixtures/sheets/filepass.xls                               a BIFF8 workbook with a FILEPASS record
//   fixtures/html/plan-gbk.html, plan-big5.html                pages in legacy encodings with a meta charset
// Run: node scripts/make-reader-fixtures.mjs   (deterministic; the outputs are committed)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sheets = join(root, 'fixtures/sheets');
const html = join(root, 'fixtures/html');
mkdirSync(sheets, { recursive: true });
mkdirSync(html, { recursive: true });

// ---------------------------------------------------------------- workbook

const TITLE = '2024年重点工作任务分解表';
const HEADER = ['序号', '工作任务', '具体内容', '责任单位', '配合单位', '完成时限'];

/** Rows below the header. Dates are real Excel dates; 0.1 + 0.2 is float noise to be hidden. */
function taskRows() {
  return [
    [1, '完善公共文化设施', '新建社区图书室10个', '文化局', '各街道', new Date(Date.UTC(2024, 5, 30))],
    [null, null, '改造文化站3个\n提升服务水平', '住建局', '', '2024年底'],
    [2, '开展群众文化活动', '举办文艺演出20场', '文化局', '财政局', new Date(Date.UTC(2024, 8, 30))],
    [3, '强化资金保障', '落实专项资金', '财政局', '', '长期'],
    [4, '统计指标', '覆盖率', '统计局', '', 0.1 + 0.2],
  ];
}

function taskSheet() {
  const aoa = [[TITLE], HEADER, ...taskRows()];
  const ws = XLSX.utils.aoa_to_sheet(aoa, { cellDates: true });
  ws['!merges'] = [
    XLSX.utils.decode_range('A1:F1'), // title across
    XLSX.utils.decode_range('A3:A4'), // 序号 1 over two rows
    XLSX.utils.decode_range('B3:B4'), // its 工作任务 too
  ];
  ws['F3'].z = 'yyyy"年"m"月"d"日"';
  ws['F5'].z = 'm/d/yy'; // built-in format 14, Excel's locale short date: yyyy/m/d in a Chinese Excel
  return ws;
}

function taskBook() {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, taskSheet(), '任务表');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([[], [null, '说明：本表由办公室汇总']]), '说明');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([]), '空白');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['未开始'], ['推进中']]), '下拉');
  wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 0 }, { Hidden: 0 }, { Hidden: 1 }] };
  return wb;
}

const book = taskBook();
write('tasks.xlsx', XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }));
write('tasks.xls', XLSX.write(book, { type: 'buffer', bookType: 'biff8' }));
write('tasks.ods', XLSX.write(book, { type: 'buffer', bookType: 'ods' }));

// ---------------------------------------------------------------- delimited text

const csvRows = [
  [TITLE],
  HEADER,
  ['1', '完善公共文化设施', '新建社区图书室10个', '文化局', '各街道', '2024年6月30日'],
  ['', '', '改造文化站3个\n提升服务水平', '住建局、"城管局"', '', '2024年底'],
  ['2', '开展群众文化活动', '举办文艺演出20场，每月2场', '文化局', '财政局', '2024年9月'],
  ['001', '编号保留前导零', '', '', '', ''],
];
const csvField = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csvText = `${csvRows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
write('tasks-gb18030.csv', encodeLegacy(csvText, 'gb18030'));
const tsvField = (v) => (/["\t\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
write('tasks.tsv', Buffer.from(`${csvRows.map((r) => r.map(tsvField).join('\t')).join('\n')}\n`, 'utf8'));

// ---------------------------------------------------------------- encrypted

/** What Excel writes when a password is set: an OLE file holding EncryptionInfo + EncryptedPackage. */
function encryptedOoxml() {
  const cfb = XLSX.CFB.utils.cfb_new();
  // Agile encryption header (version 4.4, flags 0x40) followed by a stub XML descriptor.
  const info = Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from('<?xml version="1.0"?><encryption/>')]);
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', info);
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 0x5a));
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }));
}
write('encrypted.xlsx', encryptedOoxml());

/** A BIFF8 workbook whose globals carry FILEPASS (XOR obfuscation), as "password to open" does. */
function filepassXls() {
  const cfb = XLSX.CFB.read(XLSX.write(book, { type: 'buffer', bookType: 'biff8' }), { type: 'buffer' });
  const entry = XLSX.CFB.find(cfb, '/Workbook');
  const stream = Buffer.from(entry.content);
  const bofLength = stream.readUInt16LE(2);
  const filepass = Buffer.from([0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56]);
  entry.content = Buffer.concat([stream.subarray(0, 4 + bofLength), filepass, stream.subarray(4 + bofLength)]);
  entry.size = entry.content.length;
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }));
}
write('filepass.xls', filepassXls());

// ---------------------------------------------------------------- legacy-encoded HTML

const gbkPage = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>通知</title></head>
<body><div class="nav">首页 | 政务公开</div>
<h1>关于做好秋季防火工作的通知</h1>
<p>一、总体要求</p>
<p>（一）落实责任。各乡镇要在10月底前完成排查。</p>
<table border="1"><tr><th>序号</th><th>任务</th><th>责任单位</th></tr>
<tr><td rowspan="2">1</td><td>巡查山林</td><td>林业站</td></tr>
<tr><td>设置宣传牌</td><td>各村</td></tr></table>
</body></html>
`;
writeFileSync(join(html, 'plan-gbk.html'), encodeLegacy(gbkPage, 'gb18030'));

const big5Page = `<html><head><meta charset="big5"><title>計畫</title></head>
<body><h2>推動數位服務實施計畫</h2>
<p>一、計畫目標</p>
<p>（一）於年底前完成線上申辦系統建置。</p>
</body></html>
`;
writeFileSync(join(html, 'plan-big5.html'), encodeLegacy(big5Page, 'big5'));

// ---------------------------------------------------------------- helpers

function write(name, data) {
  writeFileSync(join(sheets, name), data);
}

/**
 * Node decodes GB18030 and Big5 but cannot encode them; invert the decoder over
 * every two-byte code instead (enough for the hanzi and punctuation used here).
 */
function encodeLegacy(text, encoding) {
  const table = new Map();
  const decoder = new TextDecoder(encoding, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const ch = decoder.decode(Uint8Array.from([lead, trail]));
        if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // not a valid pair in this encoding
      }
    }
  }
  const bytes = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else if (table.has(ch)) bytes.push(...table.get(ch));
    else throw new Error(`${encoding} cannot encode ${ch}`);
  }
  return Buffer.from(bytes);
}
