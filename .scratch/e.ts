import { readFileSync } from 'node:fs';
import { readSheet } from '../src/read/sheet.js';
const x = readFileSync('fixtures/formats/003.xlsx');
const cases: [string, Uint8Array][] = [
  ['trunc.xlsx', x.subarray(0, 20000)],
  ['trunc2.xlsx', x.subarray(0, x.length - 30)],
  ['garbage.xlsx', Buffer.from('hello world this is not a workbook')],
  ['doc.xls', readFileSync('fixtures/formats/000.doc')],
  ['docx.xlsx', readFileSync('fixtures/formats/000.docx')],
  ['rand.xls', Buffer.from(Array.from({length: 3000}, (_, i) => (i * 7919) % 256))],
  ['empty.csv', Buffer.alloc(0)],
  ['blank.csv', Buffer.from('\r\n,,\r\n')],
  ['html.xls', Buffer.from('<table><tr><td>序号</td><td rowspan=2>任务</td></tr><tr><td>1</td></tr></table>')],
  ['trunc.xls', readFileSync('fixtures/sheets/tasks.xls').subarray(0, 3000)],
];
for (const [n, b] of cases) {
  try { const r = await readSheet(b, { fileName: n }); console.log(n, 'OK', JSON.stringify(r.blocks.map(b => b.rows!.map(r => r.map(c => c.text + (c.merged ? '*' : ''))))).slice(0, 200)); }
  catch (e: any) { console.log(n, e.code, e.message, e.stack?.split('\n')[1]); }
}
