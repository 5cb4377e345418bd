#!/usr/bin/env node
// Writes fixtures/ledger/edited-ledger.xlsx: the ledger planlint exports for
// seed 003 (a 任务分解表), with its 进展状态 column filled in the way a clerk
// fills it in Excel — the drop-down's values and the wording people type
// instead. The cells are added to the sheet XML, so everything else in the
// workbook (frozen header, styles, drop-down) stays as planlint wrote it.
// Run after `npm run build`: node scripts/make-ledger-fixture.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'fixtures', 'ledger', 'edited-ledger.xlsx');

/** Row k of the ledger (k = 0 for the first task) gets STATUSES[k % STATUSES.length]; '' leaves it empty. */
export const STATUSES = ['已完成', '推进中', '未开始', '已逾期', '基本完成', '持续推进', '预计年底完成', '', '已办结', '正在推进', '完成', '尚未完成'];

const temp = mkdtempSync(join(tmpdir(), 'planlint-ledger-'));
try {
  const exported = join(temp, 'ledger.xlsx');
  execFileSync(process.execPath, [join(root, 'bin', 'planlint.js'), 'export', 'fixtures/003_5a35171835c4a9ae.txt', '-o', exported, '--as-of', '2018-01-01', '--lang', 'zh'], {
    cwd: root,
    stdio: 'inherit',
  });
  const files = unzipSync(readFileSync(exported));
  const path = 'xl/worksheets/sheet1.xml';
  const sheet = strFromU8(files[path]);
  const header = /<row r="1">([\s\S]*?)<\/row>/.exec(sheet)[1];
  const statusColumn = /<c r="([A-Z]+)1"[^>]*><v>进展状态<\/v>/.exec(header)[1];
  const edited = sheet.replace(/<row r="(\d+)">([\s\S]*?)<\/row>/g, (row, number, cells) => {
    const status = Number(number) >= 2 ? STATUSES[(Number(number) - 2) % STATUSES.length] : '';
    if (!status) return row;
    const cell = `<c r="${statusColumn}${number}" t="inlineStr"><is><t>${status}</t></is></c>`;
    // Cells stand in column order: the status goes before the first cell to its right.
    const after = [...cells.matchAll(/<c r="([A-Z]+)\d+"/g)].find((m) => m[1].length > statusColumn.length || (m[1].length === statusColumn.length && m[1] > statusColumn));
    const at = after ? after.index : cells.length;
    return `<row r="${number}">${cells.slice(0, at)}${cell}${cells.slice(at)}</row>`;
  });
  files[path] = strToU8(edited);
  writeFileSync(out, zipSync(files, { level: 6, mtime: new Date('2024-01-01T00:00:00Z') }));
  console.log(`wrote ${out}`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
