import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/read/decode.js';
import { ReadError } from '../../src/read/types.js';
import { legacyEncoder } from '../support/encodings.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
const seedText = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8').replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');

const encodeGbk = legacyEncoder('gbk');
const encodeBig5 = legacyEncoder('big5');
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Deterministic pseudo-random bytes (xorshift), so failures reproduce. */
function randomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed | 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const PLAN = '关于印发《2021年重点工作任务分工方案》的通知\r\n一、总体要求\r\n（一）责任单位：县发展改革局、县财政局\r\n完成时限：2021年6月底前\r\n';
const PLAN_HANT = '文化局深入科學發展觀活動整改方案\n一、整改項目：加強學習\n責任單位：局辦公室\n完成時限：2010年1月至2010年12月\n';

describe('decodeText: fixtures', () => {
  it('decodes the GB18030 seed exactly', () => {
    const d = decodeText(fixture('formats/001-gb18030.txt'));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe(seedText('001_5fd3a691959281b4.txt'));
  });

  it('detects the Big5 seed and matches it except for characters Big5 lacks', () => {
    const d = decodeText(fixture('formats/002-big5.txt'));
    expect(d.encoding).toBe('big5');
    expect(d.text).toBe(seedText('002_18e7aa6971dcb1bf.txt').replace(/―/g, '?'));
  });

  it('decodes the UTF-16LE seed with its BOM stripped', () => {
    const d = decodeText(fixture('formats/004-utf16le.txt'));
    expect(d.encoding).toBe('utf-16le');
    expect(d.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(d.text).toBe(seedText('004_ddf377d826d8cb0f.txt'));
  });

  it('decodes UTF-8 seeds unchanged', () => {
    for (const name of ['000_d5898165c5e6b752.txt', '003_5a35171835c4a9ae.txt']) {
      const d = decodeText(fixture(name));
      expect(d.encoding).toBe('utf-8');
      expect(d.text).toBe(seedText(name));
    }
  });
});

describe('decodeText: BOMs and line endings', () => {
  it('strips a UTF-8 BOM', () => {
    const d = decodeText(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('一、总体要求')));
    expect(d).toEqual({ text: '一、总体要求', encoding: 'utf-8' });
  });

  it('strips a UTF-16BE BOM', () => {
    const d = decodeText(Uint8Array.of(0xfe, 0xff, ...utf16be('责任单位：县财政局')));
    expect(d).toEqual({ text: '责任单位：县财政局', encoding: 'utf-16be' });
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(decodeText(utf8('a\r\nb\rc\n\r\nd')).text).toBe('a\nb\nc\n\nd');
  });

  it('handles an empty file', () => {
    expect(decodeText(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('decodeText: sniffing without a BOM', () => {
  it('reads a small GBK text as GB18030', () => {
    const d = decodeText(encodeGbk(PLAN));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe(PLAN.replace(/\r\n/g, '\n'));
  });

  it('reads a small Big5 text as Big5', () => {
    const d = decodeText(encodeBig5(PLAN_HANT));
    expect(d.encoding).toBe('big5');
    expect(d.text).toBe(PLAN_HANT);
  });

  it('keeps traditional characters encoded in GBK as GB18030', () => {
    const d = decodeText(encodeGbk(PLAN_HANT));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe(PLAN_HANT);
  });

  it('detects UTF-16BE and UTF-16LE by their NULs', () => {
    expect(decodeText(utf16be(PLAN))).toEqual({ text: PLAN.replace(/\r\n/g, '\n'), encoding: 'utf-16be' });
    expect(decodeText(utf16le(PLAN))).toEqual({ text: PLAN.replace(/\r\n/g, '\n'), encoding: 'utf-16le' });
    expect(decodeText(utf16le('plain ASCII in UTF-16')).encoding).toBe('utf-16le');
  });

  it('looks past a long ASCII preamble before judging a legacy encoding', () => {
    const bytes = new Uint8Array([...utf8(`${'x'.repeat(100_000)}\n`), ...encodeBig5(PLAN_HANT)]);
    const d = decodeText(bytes);
    expect(d.encoding).toBe('big5');
    expect(d.text.endsWith(PLAN_HANT)).toBe(true);
  });

  it('keeps UTF-8 with a character cut off at the end as UTF-8', () => {
    const bytes = utf8(`${PLAN}完成`);
    const d = decodeText(bytes.subarray(0, bytes.length - 1));
    expect(d.encoding).toBe('utf-8');
    expect(d.text.startsWith(`${PLAN.replace(/\r\n/g, '\n')}完`)).toBe(true);
  });

  it('never throws on garbage', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const bytes = randomBytes(1 + seed * 997, seed);
      const d = decodeText(bytes);
      expect(typeof d.text).toBe('string');
      expect(d.text).not.toMatch(/\r/);
    }
    expect(() => decodeText(Uint8Array.of(0xff))).not.toThrow();
    expect(() => decodeText(Uint8Array.of(0x00, 0x00, 0x00))).not.toThrow();
    expect(() => decodeText(Uint8Array.of(0xfe, 0xff, 0xd8))).not.toThrow();
  });

  it('treats invalid UTF-8 that is not GB18030 either as GB18030 with replacement characters', () => {
    const d = decodeText(Uint8Array.of(0x80, 0xff, 0xfe, 0x81, 0x30, 0xc0));
    expect(['gb18030', 'big5']).toContain(d.encoding);
  });
});

describe('decodeText: forced encoding', () => {
  it('uses the forced label and reports its WHATWG name', () => {
    expect(decodeText(encodeGbk(PLAN), 'GB2312')).toEqual({ text: PLAN.replace(/\r\n/g, '\n'), encoding: 'gbk' });
    expect(decodeText(encodeGbk(PLAN), 'cp936').encoding).toBe('gbk');
    expect(decodeText(encodeBig5(PLAN_HANT), ' big5 ').text).toBe(PLAN_HANT);
    expect(decodeText(utf16le('abc'), 'utf16le')).toEqual({ text: 'abc', encoding: 'utf-16le' });
  });

  it('overrides sniffing, even where sniffing would pick something else', () => {
    expect(decodeText(utf8('ab'), 'utf-16le').encoding).toBe('utf-16le');
  });

  it('strips the BOM of the forced encoding', () => {
    expect(decodeText(Uint8Array.of(0xff, 0xfe, ...utf16le('一')), 'utf-16le').text).toBe('一');
  });

  it('throws ReadError("encoding") for an unknown label', () => {
    const attempt = () => decodeText(utf8('x'), 'klingon-8');
    expect(attempt).toThrow(ReadError);
    expect(attempt).toThrow(/klingon-8/);
    try {
      attempt();
    } catch (error) {
      expect((error as ReadError).code).toBe('encoding');
    }
  });
});

describe('decodeText: large input', () => {
  it('decodes 32 MB of GB18030 in one pass', () => {
    const line = encodeGbk('（一）责任单位：县发展改革局、县财政局，完成时限：2021年6月底前。\r\n');
    const bytes = new Uint8Array(32 * 1024 * 1024);
    for (let at = 0; at + line.length <= bytes.length; at += line.length) bytes.set(line, at);
    const d = decodeText(bytes);
    expect(d.encoding).toBe('gb18030');
    expect(d.text.startsWith('（一）责任单位')).toBe(true);
    // Every line decoded, none lost at a chunk boundary.
    expect(d.text.split('责任单位：县发展改革局、县财政局，完成时限：2021年6月底前。').length - 1).toBe(Math.floor(bytes.length / line.length));
  });
});
