import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeDocument, showDocument } from '../../src/cli/show.js';
import { lint } from '../../src/lint.js';
import type { PlanDocument } from '../../src/model/plan.js';
import { parseBytes, parseFile } from '../../src/parse.js';
import type { ReportContext } from '../../src/report/context.js';
import { github } from '../../src/report/github.js';
import { junit } from '../../src/report/junit.js';
import { paintFor } from '../../src/report/paint.js';
import { stylish } from '../../src/report/stylish.js';
import { printable, printableLine } from '../../src/text/controls.js';
import { renderTable } from '../../src/text/table.js';
import { displayWidth, wrapLines, wrapText } from '../../src/text/width.js';
import { FIXTURES, SEEDS } from '../support/seeds.js';

const context = (width: number, lang: 'zh' | 'en' = 'zh'): ReportContext => ({ lang, color: false, cwd: FIXTURES, rules: [], width });
const widest = (text: string) => Math.max(...text.split('\n').map((line) => displayWidth(line)));

async function linted(path: string): Promise<PlanDocument> {
  const parsed = await parseFile(path);
  return { ...parsed.document, diagnostics: parsed.document.errors.length > 0 ? [] : lint(parsed) };
}

describe('the terminal report fits the terminal', () => {
  const inputs = [...SEEDS.map((seed) => join(FIXTURES, `${seed}.txt`)), ...readdirSync(join(FIXTURES, 'formats'))
      // .doc goes through LibreOffice (seconds each); its .docx twin has the same text.
      .filter((name) => !name.endsWith('.doc'))
      .map((name) => join(FIXTURES, 'formats', name))];
  let documents: PlanDocument[] = [];
  beforeAll(async () => {
    documents = await Promise.all(inputs.map(linted));
  });

  it.each([80, 60, 40])('stylish and show at %i columns: no line wider, for every seed and format', (width) => {
    const problems = documents.reduce((n, d) => n + d.diagnostics.length, 0);
    expect(problems).toBeGreaterThan(20);
    for (const lang of ['zh', 'en'] as const) {
      expect(widest(stylish(documents, context(width, lang)))).toBeLessThanOrEqual(width);
      for (const doc of documents) expect(widest(showDocument(doc, [], lang, width, paintFor(false)).join('\n'))).toBeLessThanOrEqual(width);
    }
  });

  it('the wrapped problem column keeps every character of every message', () => {
    const doc = documents[3];
    const table = stylish([doc], context(80));
    const squeeze = (text: string) => text.replace(/[\s│]/g, '');
    for (const d of doc.diagnostics) {
      const lines = table.split('\n').map((line) => line.split('│')[4] ?? '');
      expect(squeeze(lines.join(''))).toContain(squeeze(d.message));
    }
  });

  it('show says what the document is in words', () => {
    const doc = documents[0];
    expect(describeDocument(doc, 'zh')).toBe(`文本 · UTF-8 · 简体 · ${doc.tasks.length} 项任务`);
    expect(describeDocument(documents.find((d) => d.format === 'docx')!, 'en')).toMatch(/^Word document · Simplified · \d+ tasks$/);
  });
});

describe('nothing from a document controls the terminal', () => {
  const HOSTILE = '\u001b]0;owned\u0007\u001b[2J';
  const text = [
    `关于开展${HOSTILE}专项整治的工作方案`,
    // Enough ordinary text that the few control bytes do not make the file look binary.
    '为进一步提升公共文化服务水平，推动文化事业高质量发展，结合本地实际，制定本方案。'.repeat(8),
    '一、重点任务',
    `1. 完成${HOSTILE}设施建设30处。`,
    '责任单位：',
    '完成时限：2024年6月底前',
    `2. 开展${HOSTILE}培训。`,
    '责任单位：县文化局、县财政局',
  ].join('\n');

  it('stylish, show, github and junit print no ESC or BEL byte', async () => {
    const parsed = await parseBytes(Buffer.from(text), `bad\u001b[2Jname\n.txt`);
    const doc = { ...parsed.document, diagnostics: lint(parsed) };
    expect(doc.diagnostics.length).toBeGreaterThan(0);
    expect(doc.diagnostics.some((d) => d.message.includes('\u001b'))).toBe(true);
    const outputs = [
      stylish([doc], context(80)),
      showDocument(doc, [], 'zh', 80, paintFor(false)).join('\n'),
      github([doc], context(80)),
      junit([doc], context(80)),
    ];
    for (const output of outputs) {
      expect(output).not.toMatch(/[\u0007\u001b\u009b\u202e]/);
      expect(output).toContain('县文化局');
    }
    // The file name stays one line, its control characters shown.
    expect(outputs[0].split('\n')).toContain('badname\\n.txt');
  });

  it('escape sequences are dropped whole; stray controls are shown escaped', () => {
    expect(printable('a\u001b]0;title\u0007b\u001b[2Jc\u001b[1;31md')).toBe('abcd');
    expect(printable('a\u0007b\u009bc\td\r\ne')).toBe('a\\x07b\\x9bc d\ne');
    expect(printableLine('a\nb\u001b')).toBe('a\\nb\\x1b');
    // An unterminated OSC is not allowed to swallow the rest of the text.
    expect(printable('\u001b]0;left open 任务')).toBe('0;left open 任务');
  });
});

describe('wrapping and truncation', () => {
  it('CJK is two columns; lines never pass the width; nothing but break spaces is lost', () => {
    expect(displayWidth('公共文化科')).toBe(10);
    expect(displayWidth('ＡＢ😀a')).toBe(7);
    const text = '建成文化礼堂、百姓舞台30家，deadline-before-publication and more words 再加一些中文。';
    for (const width of [4, 7, 10, 23]) {
      const lines = wrapLines(text, width);
      for (const line of lines) {
        expect(line.width).toBe(displayWidth(line.text));
        expect(line.width).toBeLessThanOrEqual(width);
      }
      expect(lines.map((l) => l.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });

  it('a spreadsheet counts quotation marks and dashes two, a terminal one', () => {
    expect(displayWidth('“十四五”——')).toBe(10);
    expect(displayWidth('“十四五”——', true)).toBe(14);
    expect(wrapLines('“一”“二”', 6, { ambiguousWide: true }).map((l) => l.text)).toEqual(['“一”', '“二”']);
  });

  it('maxLines ends the last line kept in … and only when text was left out', () => {
    expect(wrapText('一二三四五六七八九十', 6, 2)).toBe('一二三\n四五…');
    expect(wrapText('一二三四五六', 6, 2)).toBe('一二三\n四五六');
    expect(wrapText('一二三\n', 6, 1)).toBe('一二三');
  });

  it('a table of long cells costs time linear in its text', () => {
    const cost = (size: number) => {
      const title = '完成公共文化设施建设，'.repeat(size / 11);
      const started = process.cpuUsage();
      renderTable([{ header: '任务', min: 10, maxLines: 3 }, { header: '问题', min: 10 }], [[title, title]], 80);
      const used = process.cpuUsage(started);
      return used.user + used.system;
    };
    cost(10_000);
    const small = Math.min(cost(10_000), cost(10_000));
    const large = Math.min(cost(100_000), cost(100_000));
    expect(large).toBeLessThan(small * 30);
  });
});
