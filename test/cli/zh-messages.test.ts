import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/cli/config.js';
import { explain } from '../../src/cli/main.js';
import { sayLocation } from '../../src/i18n/location.js';
import { describeFileError, describeFileWarning } from '../../src/i18n/translate.js';
import type { PlanDocument } from '../../src/model/plan.js';
import { parseBytes, parseFile } from '../../src/parse.js';
import { stylish } from '../../src/report/stylish.js';
import { planlintInProcess } from '../support/cli.js';
import { FIXTURES, SEEDS } from '../support/seeds.js';

/**
 * In --lang zh no English reaches the user: every error path, formatted in
 * process (one CLI run per path would make the suite slower, not faster).
 */

/** Names a Chinese sentence may hold: products, formats, option values. */
const NAMES = /\b(planlint|PLANLINT_DEBUG|PDF|Word|Excel|Markdown|JSON|ZIP|Office|LibreOffice|stylish|json|sarif|github|junit|xlsx|jsonl|utf-8|gb18030|gbk|big5|utf-16le|utf-16be|zh|en)\b/g;

/** English words left once file names, option names and the names above are set aside. */
function englishWords(text: string, files: readonly string[]): string[] {
  let rest = text;
  for (const file of files) rest = rest.split(file).join(' ');
  // Commands to type (planlint rules) are names too.
  rest = rest.replace(/planlint (?:lint|export|show|rules|init)\b/g, ' ').replace(/--?[\w-]+/g, ' ').replace(NAMES, ' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

const dir = mkdtempSync(join(tmpdir(), 'planlint-zh-'));
const seed = join(FIXTURES, `${SEEDS[0]}.txt`);
/** Under a file, so no folder can be made for it. */
const UNWRITABLE = join(dir, 'planlint.config.json', 'report.txt');

/** A .docx whose one entry says it is encrypted (general-purpose flag bit 0), in its local and central headers. */
function encryptedDocx(): Uint8Array {
  const zip = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>') });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let k = 0; k + 4 <= zip.length; k++) {
    const signature = view.getUint32(k, true);
    if (signature === 0x04034b50) view.setUint16(k + 6, view.getUint16(k + 6, true) | 1, true);
    if (signature === 0x02014b50) view.setUint16(k + 8, view.getUint16(k + 8, true) | 1, true);
  }
  return zip;
}

describe('file errors in Chinese', () => {
  const cases: Array<[string, () => Promise<PlanDocument>]> = [
    ['unreadable (no such file)', async () => (await parseFile(join(dir, '不存在.txt'))).document],
    ['a folder', async () => (await parseFile(dir)).document],
    ['PDF', async () => (await parseBytes(Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj'), 'plan.pdf')).document],
    ['binary', async () => (await parseBytes(Uint8Array.from({ length: 4000 }, (_, k) => (k * 7919) % 256), 'data.txt')).document],
    ['empty', async () => (await parseBytes(new Uint8Array(0), 'empty.txt')).document],
    ['encrypted', async () => (await parseBytes(encryptedDocx(), 'secret.docx')).document],
    ['too large', async () => (await parseFile(seed, { maxFileBytes: 100 })).document],
  ];

  it.each(cases)('%s: one Chinese line in the report, no English word but the file name', async (_name, load) => {
    const doc = await load();
    expect(doc.errors).toHaveLength(1);
    const said = describeFileError(doc.errors[0], 'zh');
    expect(englishWords(said, [doc.file]), said).toEqual([]);
    const report = stylish([doc], { lang: 'zh', color: false, cwd: dir, rules: [], width: 80 });
    expect(englishWords(report, [doc.file, dir]), report).toEqual([]);
    expect(describeFileError(doc.errors[0], 'en')).toBe(doc.errors[0].message);
  });

  it('warnings and locations too: 表1 第8行第1列, 第11段', () => {
    expect(describeFileWarning('sheet "科室" repeats rows of sheet "任务台账" and was skipped', 'zh')).toBe('工作表“科室”重复了工作表“任务台账”的行，已跳过');
    expect(englishWords(describeFileWarning('something new the reader says', 'zh'), [])).toEqual([]);
    expect(sayLocation({ table: 1, row: 8, col: 1 }, 'zh')).toBe('表1 第8行第1列');
    expect(sayLocation({ paragraph: 11 }, 'zh')).toBe('第11段');
    expect(sayLocation({ paragraph: 11 }, 'en')).toBe('¶11');
    expect(sayLocation({ line: 12, column: 5 }, 'zh')).toBe('12:5');
  });
});

describe('command-line errors in Chinese', () => {
  it('a bad config file', async () => {
    const file = join(dir, 'planlint.config.json');
    const error = await parseConfig('{ "rules": ', file, false, 'zh').catch((e: unknown) => e);
    const said = explain(error, 'zh');
    expect(said).toContain('不是有效的 JSON');
    expect(englishWords(said, [file])).toEqual([]);
    const unknownKey = await parseConfig('{ "rulez": {} }', file, false, 'zh').catch((e: unknown) => e);
    const said2 = explain(unknownKey, 'zh');
    expect(said2).toMatch(/未知的配置项 "rulez"（可用：.*rules.*）/);
    // The keys a config may hold are names, not prose.
    expect(englishWords(said2.replace(/"rulez"|（可用：[^）]*）/g, ''), [file])).toEqual([]);
  });

  it('an internal error says no English, and a system error names its path', () => {
    expect(explain(new TypeError("Cannot read properties of undefined (reading 'x')"), 'zh')).toBe('planlint: 内部错误（设置环境变量 PLANLINT_DEBUG=1 可查看详情）');
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', path: '/data/台账.xlsx' });
    expect(explain(full, 'zh')).toBe('planlint: /data/台账.xlsx：磁盘空间不足');
  });

  it.each([
    ['a bad flag', ['lint', seed, '--bogus']],
    ['a bad value', ['lint', seed, '--format', 'nope']],
    ['a bad --lang', ['lint', seed, '--max-file-size', 'abc']],
    ['an option missing its value', ['export', seed, '--jobs']],
    ['an unwritable output', ['lint', seed, '-o', UNWRITABLE, '--format', 'json']],
    ['export options that do not go together', ['export', seed, '--by-owner']],
    ['an unknown rule', ['lint', seed, '--rule', 'no-such-rule=off']],
    ['a bad rule level', ['lint', seed, '--rule', 'missing-owner=loud']],
  ])('%s: exit 2, one Chinese line', async (_name, args) => {
    writeFileSync(join(dir, 'planlint.config.json'), '{}');
    const { code, stderr: said } = await planlintInProcess([...args, '--lang', 'zh']);
    expect(code).toBe(2);
    expect(said.trim().split('\n'), said).toHaveLength(1);
    expect(englishWords(said, [seed, UNWRITABLE, 'no-such-rule', 'missing-owner=loud', 'off、info、warning、error']), said).toEqual([]);
  });
});
