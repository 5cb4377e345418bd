import { describe, expect, it } from 'vitest';
import { recoverLayout } from '../../../src/extract/layout/index.js';
import { parseBytes } from '../../../src/parse.js';
import { textToBlocks } from '../../../src/read/text.js';

describe('records whose labels and values stand on lines of their own', () => {
  it('label ⏎ value pairs become fields again, and the record one task', async () => {
    const text = ['具体任务', '抓紧完成方舱医院升级改造。', '责任单位', '卫健局、文旅局', '配合单位', '各乡镇', '完成时限', '12月底前'].join('\n');
    expect(recoverLayout(textToBlocks(text).blocks).map((b) => b.text)).toEqual([
      '具体任务：抓紧完成方舱医院升级改造。',
      '责任单位：卫健局、文旅局',
      '配合单位：各乡镇',
      '完成时限：12月底前',
    ]);
    const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'record.txt');
    expect(parsed.document.tasks).toHaveLength(1);
    expect(parsed.document.tasks[0].owners).toEqual({ leaders: [], units: ['卫健局', '文旅局'], partners: ['各乡镇'] });
  });

  it('a lone heading that happens to be a label (重点任务) above a paragraph stays a heading', () => {
    const blocks = recoverLayout(textToBlocks('重点任务\n全面推进政务公开标准化建设。\n').blocks);
    expect(blocks.map((b) => b.text)).toEqual(['重点任务', '全面推进政务公开标准化建设。']);
  });
});
