import { describe, expect, it } from 'vitest';
import { splitParagraphMarks } from '../../../src/extract/layout/paragraph-marks.js';
import type { Block } from '../../../src/model/block.js';
import { tasksOf } from './recovered.js';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text, loc: { line: 1, column: 1 } });

describe('a document-sharing site’s paragraph mark Р', () => {
  it('a Р between Chinese text ends a paragraph; one inside a word of letters stays', () => {
    expect(splitParagraphMarks([paragraph('某镇工作方案Р一、重点任务Р(一)清理垃圾。')]).map((b) => b.text)).toEqual(['某镇工作方案', '一、重点任务', '(一)清理垃圾。']);
    expect(splitParagraphMarks([paragraph('某公司РОССИЯ代表处')]).map((b) => b.text)).toEqual(['某公司РОССИЯ代表处']);
    expect(splitParagraphMarks([paragraph('型号AРB-2')]).map((b) => b.text)).toEqual(['型号AРB-2']);
  });

  it('the plan’s sections come back: a 保障措施 section’s items are no tasks, the phases of 实施步骤 are', async () => {
    const text = [
      '三、实施步骤Р第一阶段宣传发动。各村制定方案,广泛宣传。Р第二阶段集中整治。各村清理垃圾,镇整治办检查通报。',
      'Р四、保障措施Р(一)加强领导。成立领导小组,由张某任组长。Р(二)强化督查。镇督查办定期督查。',
    ].join('');
    const tasks = await tasksOf(text);
    expect(tasks.map((t) => t.number)).toEqual(['第一阶段', '第二阶段']);
  });
});
