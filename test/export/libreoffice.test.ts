import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerDocument, type LedgerDocument } from '../../src/export/ledger.js';
import { buildLedger } from '../../src/export/xlsx.js';
import { lint } from '../../src/lint.js';
import { parseFile } from '../../src/parse.js';
import { FIXTURES, SEEDS } from '../support/seeds.js';
import { elements, openPackage } from '../support/xlsx.js';

/**
 * The ledger as a person sees it: converted by LibreOffice headless to CSV
 * (what the cells hold) and to PDF (what prints). Runs where soffice and
 * poppler's pdfinfo are installed (.ci/run installs them); elsewhere it says why it did not.
 */
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const missing = ['soffice', 'pdfinfo', 'pdftotext'].filter((command) => !has(command));
if (missing.length > 0) console.warn(`LibreOffice ledger checks not run: ${missing.join(', ')} not installed (.ci/run installs libreoffice-calc and poppler-utils)`);

/** The 101 seed tasks did print as 26 portrait pages; landscape, fit to width, they take a handful. */
const MAX_TASK_PAGES = 10;

describe.runIf(missing.length === 0)('the ledger in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-lo-'));
  let ledgers: LedgerDocument[] = [];
  let xlsx: Uint8Array;

  const convert = (to: string) =>
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', to, '--outdir', dir, join(dir, 'ledger.xlsx')], {
      stdio: 'ignore',
      timeout: 180_000,
    });

  beforeAll(async () => {
    ledgers = await Promise.all(
      SEEDS.map(async (seed) => {
        const parsed = await parseFile(join(FIXTURES, `${seed}.txt`));
        return ledgerDocument(parsed, lint(parsed), 'zh');
      }),
    );
    xlsx = buildLedger(ledgers);
    writeFileSync(join(dir, 'ledger.xlsx'), xlsx);
    // UTF-8 (76), comma-separated, quoted text: the first sheet, 任务台账.
    convert('csv:Text - txt - csv (StarCalc):44,34,76,1');
    convert('pdf');
  }, 400_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows every task’s full text in its 任务 cell', () => {
    const csv = readFileSync(join(dir, 'ledger.csv'), 'utf8');
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(XLSX.read(csv, { type: 'string', raw: true }).Sheets.Sheet1, { raw: false });
    const expected = ledgers.flatMap((doc) => doc.tasks.map((task) => task.task));
    expect(expected).toHaveLength(101);
    expect(rows.map((row) => String(row['任务']))).toEqual(expected);
    expect(rows.map((row) => Number(row['序号']))).toEqual(expected.map((_, k) => k + 1));
  });

  it('stores a height for every row, taller for the rows with more lines', () => {
    const sheet = openPackage(xlsx).sheets.get('任务台账')!;
    const rows = elements(sheet).filter((e) => e.name === 'row').slice(1);
    expect(rows).toHaveLength(101);
    const heights = rows.map((row) => Number(row.attributes.ht));
    expect(rows.every((row) => row.attributes.customHeight === '1')).toBe(true);
    expect(Math.min(...heights)).toBeGreaterThan(0);
    expect(Math.max(...heights)).toBeGreaterThan(Math.min(...heights) * 3);
  });

  it('prints landscape, every column on one page width, the header row and the page header on every page', () => {
    const info = execFileSync('pdfinfo', [join(dir, 'ledger.pdf')], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
    const [width, height] = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info)!.slice(1).map(Number);
    expect(width).toBeGreaterThan(height);
    const texts = Array.from({ length: pages }, (_, k) =>
      execFileSync('pdftotext', ['-f', String(k + 1), '-l', String(k + 1), '-layout', join(dir, 'ledger.pdf'), '-'], { encoding: 'utf8' }),
    );
    const taskPages = texts.filter((text) => text.includes('· 任务台账'));
    expect(taskPages.length).toBeGreaterThan(1);
    expect(taskPages.length).toBeLessThanOrEqual(MAX_TASK_PAGES);
    texts.forEach((text, k) => expect(text).toContain(`第 ${k + 1} 页 共 ${pages} 页`));
    // The header row repeated, and the last column (来源位置) on the page: nothing cut off to the right.
    for (const text of taskPages) expect(text).toMatch(/序号[\s\S]*任务[\s\S]*来源位置/);
  });
});
