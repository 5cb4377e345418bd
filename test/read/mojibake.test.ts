import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/read/decode.js';
import { describeFileWarning } from '../../src/i18n/translate.js';
import { repairMojibake } from '../../src/read/mojibake.js';
import { readText } from '../../src/read/text.js';
import { legacyEncoder, misreadAsLatin1, misreadAsWindows1252 } from '../support/encodings.js';

const encodeGbk = legacyEncoder('gbk');
const utf8 = (text: string) => new TextEncoder().encode(text);
const PLAN = '某县2024年重点工作任务分解表\n一、主要任务\n（一）完成老旧小区改造12个。责任单位：县住建局；配合单位：县财政局。完成时限：2024年6月底前。\n（二）新建公园3处。牵头领导：张某；责任单位：县园林局。完成时限：2024年12月底前。\n';
const seed = readFileSync(new URL('../../fixtures/000_d5898165c5e6b752.txt', import.meta.url), 'utf8').replace(/\r\n?/g, '\n');

describe('mojibake: Chinese bytes a tool misread as a Western encoding are read back', () => {
  it('GBK misread as Windows-1252 or Latin-1 ("ÔðÈÎµ¥Î»" for 责任单位) reads back as the plan, as GB18030', () => {
    for (const misread of [misreadAsWindows1252, misreadAsLatin1]) {
      const garbled = misread(encodeGbk(PLAN));
      expect(garbled).toContain('ÔðÈÎµ¥Î»');
      expect(repairMojibake(garbled)).toEqual({ text: PLAN, encoding: 'gb18030' });
    }
  });

  it('UTF-8 misread as Windows-1252 ("è´£ä»»" for 责任) reads back as the plan, as UTF-8', () => {
    expect(repairMojibake(misreadAsWindows1252(utf8(PLAN)))).toEqual({ text: PLAN, encoding: 'utf-8' });
  });

  it('a whole real plan survives the round trip, and the text reader says what it did', async () => {
    const garbled = misreadAsWindows1252(encodeGbk(seed));
    const result = await readText(utf8(garbled), { fileName: 'x.txt' });
    const asPublished = await readText(utf8(seed), { fileName: 'x.txt' });
    expect(result.blocks).toEqual(asPublished.blocks);
    expect(result.encoding).toBe('gb18030');
    expect(result.warnings).toEqual([expect.stringContaining('mojibake')]);
    expect(describeFileWarning(result.warnings[0], 'zh')).toBe('文本是被误当作西文编码读取的 GBK 乱码（如“ÔðÈÎ”），已还原为中文');
  });

  it('a Chinese text with a few Western characters (an accent, ©, a € price) is left as it is', () => {
    const text = `${PLAN}版权所有 © 2024 某县人民政府 · Café Müller 合作项目，预算 €1200。`.repeat(3);
    expect(repairMojibake(text)).toBeNull();
    expect(decodeText(utf8(text))).toEqual({ text, encoding: 'utf-8' });
  });

  it('a Western text in Latin-1 characters stays: its accents stand alone, not in the pairs GBK writes', () => {
    const french = 'Le comité a décidé de réviser le calendrier général; les élèves étrangers ont été reçus à la préfecture. '.repeat(4);
    expect(repairMojibake(french)).toBeNull();
  });

  it('a Big5 page misread so (traditional script) reads back as Big5', () => {
    const plan = '某縣2024年重點工作任務分解表\n一、主要任務\n（一）完成老舊小區改造12個。責任單位：縣住建局；配合單位：縣財政局。完成時限：2024年6月底前。\n';
    expect(repairMojibake(misreadAsWindows1252(legacyEncoder('big5')(plan)))).toEqual({ text: plan, encoding: 'big5' });
  });

  it('GBK traditional forms (牽頭, 爲, starting with the byte 0xA0) read back, and a page’s &nbsp;&nbsp; indent stays a space', () => {
    const plan = '某縣工作方案\n一、工作任務\n（一）牽頭單位：縣發改局。爲推進改造，完成老舊小區改造12個。\n';
    expect(repairMojibake(misreadAsWindows1252(encodeGbk(plan)))?.text).toBe(plan);
    const indented = PLAN.split('\n').map((line) => `\u00a0\u00a0${line}`).join('\n');
    const garbled = indented.split('\u00a0').map((piece) => misreadAsWindows1252(encodeGbk(piece))).join('\u00a0');
    expect(repairMojibake(garbled)?.text).toBe(indented.replace(/\u00a0/g, ' '));
  });

  it('a forced encoding is taken at its word: nothing is repaired', () => {
    const garbled = misreadAsWindows1252(encodeGbk(PLAN));
    expect(decodeText(utf8(garbled), 'utf-8').text).toBe(garbled);
  });
});
