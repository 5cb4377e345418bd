import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { readSheet } from '../src/read/sheet.js';
import { readMarkdown } from '../src/read/markdown.js';
import { readHtml } from '../src/read/html.js';
import type { Reader } from '../src/read/types.js';

async function bench(label: string, reader: Reader, bytes: Uint8Array, fileName: string) {
  await reader(bytes, { fileName });
  const runs = 5; const t = performance.now();
  let blocks = 0, rows = 0;
  for (let i = 0; i < runs; i++) { const r = await reader(bytes, { fileName }); blocks = r.blocks.length; rows = r.blocks.reduce((n, b) => n + (b.rows?.length ?? 0), 0); }
  const s = (performance.now() - t) / 1000 / runs;
  console.log(`${label}: ${(bytes.length / 1e6).toFixed(2)} MB in ${(s * 1000).toFixed(0)} ms → ${(bytes.length / 1e6 / s).toFixed(2)} MB/s (blocks ${blocks}, rows ${rows})`);
}
const rep = (s: string, n: number) => Buffer.from(Array(n).fill(s).join('\n'));
const csv = readFileSync('fixtures/formats/003.csv', 'utf8').replace(/^\uFEFF/, '');
await bench('csv ×100', readSheet, rep(csv, 100), 'a.csv');
const wb = XLSX.read(readFileSync('fixtures/formats/003.xlsx'), { dense: true });
const aoa: unknown[][] = XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1 });
const big = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(big, XLSX.utils.aoa_to_sheet(Array(100).fill(aoa).flat()), 'S');
const xlsx = XLSX.write(big, { type: 'buffer', bookType: 'xlsx', compression: true });
await bench('xlsx ×100 rows', readSheet, xlsx, 'a.xlsx');
await bench('xlsx 003 original', readSheet, readFileSync('fixtures/formats/003.xlsx'), 'a.xlsx');
const xls = XLSX.write(big, { type: 'buffer', bookType: 'biff8' });
await bench('xls ×100 rows', readSheet, xls, 'a.xls');
await bench('md 003 ×50', readMarkdown, rep(readFileSync('fixtures/formats/003.md', 'utf8'), 50), 'a.md');
await bench('md 004 ×100', readMarkdown, rep(readFileSync('fixtures/formats/004.md', 'utf8'), 100), 'a.md');
const page = readFileSync('fixtures/html/plan.html', 'utf8');
const body = page.slice(page.indexOf('<div class="article">'), page.indexOf('<div class="pages">'));
await bench('html plan ×300', readHtml, Buffer.from(page.replace(body, Array(300).fill(body).join('\n'))), 'a.html');
