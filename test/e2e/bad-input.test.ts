import { closeSync, copyFileSync, openSync, ftruncateSync, statSync, } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LintReport, ROOT, STACK_LINE, ensureBuilt, lines, lint, lintInProcess, planlintInProcess, removeWorkspace, workspace } from '../support/cli.js';
import { SEEDS } from '../support/seeds.js';

/**
 * Issue 2, bad input: an empty file, a binary file, a 200 MB file, invalid
 * UTF-8 that is not GB18030 either, a .docx that is a PDF, a zip bomb, and
 * (issue 9) a .xlsx that is text. Each,
 * linted beside a good plan: exit 2, a one-line message naming the file, never
 * a stack trace, an `errors` entry in the JSON, and the good plan still reported.
 * One file at a time the CLI runs in this process (main); all at once, spawned.
 */

/** Deterministic "random" bytes (a linear congruential generator), so a failure can be reproduced. */
function noise(length: number, seed = 12345): Buffer {
  const bytes = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

/** Lines of bytes that are invalid in UTF-8, GB18030 and Big5 alike (0xFF never starts a character in any of them). */
function undecodable(): Buffer {
  const line = Buffer.concat([Buffer.from([0xff, 0xff, 0xc0, 0xff, 0xfe, 0xff, 0x80, 0xff]), Buffer.from(' 1. \n', 'ascii')]);
  return Buffer.concat(Array.from({ length: 200 }, () => line));
}

/** A .docx whose document part is 20 MB of zeros: 1000:1, far past any real Word file. */
function zipBomb(): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      'word/document.xml': new Uint8Array(20 * 1024 * 1024),
    },
    { level: 9 },
  );
}

const PDF = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');

interface BadCase {
  file: string;
  code: string;
  /** What the one-line message must say. */
  says: RegExp;
}

const CASES: BadCase[] = [
  { file: 'empty.txt', code: 'empty', says: /empty/ },
  { file: 'random.txt', code: 'binary', says: /binary/ },
  { file: 'huge.txt', code: 'too-large', says: /200 MB.*limit/ },
  { file: 'garbled.txt', code: 'encoding', says: /does not decode/ },
  { file: 'report.docx', code: 'unsupported', says: /PDF/ },
  { file: 'bomb.docx', code: 'too-large', says: /compression ratio/ },
  { file: 'ledger.xlsx', code: 'unsupported', says: /named \.xlsx \(an Excel workbook\) but holds plain text/ },
];

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = workspace({
    'empty.txt': '',
    'random.txt': noise(64 * 1024),
    'garbled.txt': undecodable(),
    'report.docx': PDF,
    'bomb.docx': Buffer.from(zipBomb()),
    // Once read as CSV: one "task", 1,测试.
    'ledger.xlsx': '序号,任务\n1,测试\n',
  });
  copyFileSync(join(ROOT, 'fixtures', `${SEEDS[1]}.txt`), join(dir, 'good.txt'));
  // 200 MB without writing 200 MB: a sparse file.
  const fd = openSync(join(dir, 'huge.txt'), 'w');
  ftruncateSync(fd, 200 * 1024 * 1024);
  closeSync(fd);
});
afterAll(() => removeWorkspace(dir));

describe('the bad files', () => {
  it('are what they claim to be', () => {
    expect(statSync(join(dir, 'empty.txt')).size).toBe(0);
    expect(statSync(join(dir, 'huge.txt')).size).toBe(200 * 1024 * 1024);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(undecodable())).toThrow();
    expect(() => new TextDecoder('gb18030', { fatal: true }).decode(undecodable())).toThrow();
    expect(() => new TextDecoder('big5', { fatal: true }).decode(undecodable())).toThrow();
    expect(statSync(join(dir, 'bomb.docx')).size).toBeLessThan(100 * 1024);
  });
});

describe.each(CASES)('$file beside a good plan', ({ file, code, says }) => {
  it('--format json: exit 2, an errors entry, a line on stderr, and the good plan’s findings', async () => {
    const r = await lintInProcess([file, 'good.txt', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK_LINE);
    const stderr = lines(r.stderr);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(new RegExp(`^${file.replace('.', '\\.')}: could not be processed: `));
    expect(stderr[0]).toMatch(says);
    const { documents } = LintReport.parse(JSON.parse(r.stdout));
    const bad = documents.find((d) => d.file === file)!;
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0].code).toBe(code);
    expect(bad.errors[0].message).toMatch(says);
    expect(bad.errors[0].message).not.toContain('\n');
    expect(bad.diagnostics).toEqual([]);
    const good = documents.find((d) => d.file === 'good.txt')!;
    expect(good.errors).toEqual([]);
    expect(good.diagnostics.map((d) => d.ruleId)).toContain('missing-owner');
  });

  it('stylish: exit 2, the file named with its one-line reason, the good plan still reported', async () => {
    const r = await lintInProcess([file, 'good.txt', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    const out = lines(r.stdout);
    const header = out.indexOf(file);
    expect(header).toBeGreaterThanOrEqual(0);
    expect(out[header + 1]).toMatch(/^\s+error\s+could not be processed: /);
    expect(out[header + 1]).toMatch(says);
    expect(out).toContain('good.txt');
    expect(r.stdout).toContain('missing-owner');
    expect(r.stdout).not.toMatch(STACK_LINE);
  });
});

/** Eight files: the built CLI, spawned, reads them on its worker threads. */
describe('all the bad files in one run', () => {
  it('each gets its own error, the good plan its findings, exit 2', () => {
    const files = CASES.map((c) => c.file);
    const r = lint([...files, 'good.txt', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(lines(r.stderr).map((l) => l.slice(0, l.indexOf(':'))).sort()).toEqual([...files].sort());
    const report = JSON.parse(r.stdout) as { documents: Array<{ file: string; errors: Array<{ code: string }>; diagnostics: unknown[] }>; summary: { documents: number } };
    expect(report.summary.documents).toBe(files.length + 1);
    for (const c of CASES) expect(report.documents.find((d) => d.file === c.file)?.errors.map((e) => e.code)).toEqual([c.code]);
    expect(report.documents.find((d) => d.file === 'good.txt')?.diagnostics.length).toBeGreaterThan(0);
  });

  it('a directory search reports them too', () => {
    const r = lint(['.', '--format', 'github'], { cwd: dir });
    expect(r.code).toBe(2);
    const out = lines(r.stdout);
    for (const c of CASES) expect(out.filter((l) => l.startsWith(`::error file=${c.file},title=planlint::`))).toHaveLength(1);
    expect(out.some((l) => l.startsWith('::error file=good.txt,line='))).toBe(true);
  });

  it('export and show refuse them the same way', async () => {
    const exported = await planlintInProcess(['export', 'garbled.txt', 'good.txt', '--lang', 'en'], { cwd: dir });
    expect(exported.code).toBe(2);
    expect(lines(exported.stderr)).toEqual([expect.stringMatching(/^garbled\.txt: could not be processed: .*does not decode/)]);
    expect(JSON.parse(exported.stdout).documents.find((d: { file: string }) => d.file === 'good.txt').tasks.length).toBeGreaterThan(0);
    const shown = await planlintInProcess(['show', 'bomb.docx', '--lang', 'en'], { cwd: dir });
    expect(shown.code).toBe(2);
    expect(lines(shown.stderr)).toEqual([expect.stringMatching(/^bomb\.docx: could not be processed: .*compression ratio/)]);
    expect(shown.stdout).toBe('');
  });
});
