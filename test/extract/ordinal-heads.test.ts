import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/parse.js';
import { areaHeads, ordinalHeads } from '../../src/extract/ordinal-heads.js';
import type { Block } from '../../src/model/block.js';

const paragraphs = (lines: string[]): Block[] => lines.map((text, k) => ({ kind: 'paragraph', text, loc: { line: k + 1 } }) as Block);

async function tasksOf(text: string) {
  const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'plan.txt');
  return parsed.document.tasks;
}

describe('points headed by their counting word (一是某某行动。 alone on its line, its text below)', () => {
  it('heads that count up from 一 with text between them are items: each head and its paragraphs one task', async () => {
    const tasks = await tasksOf(
      ['一是某某保障行动。', '完成某项改造5处，年底前完成。', '二是某某提升行动。', '新建某类设施3个。', '三是某某整治行动。', '整治某类问题10个。'].join('\n'),
    );
    expect(tasks.map((t) => t.number)).toEqual(['一', '二', '三']);
    expect(tasks[0].text).toContain('完成某项改造5处');
    expect(tasks[1].targets.map((t) => t.value)).toEqual([3]);
  });

  it('under a section heading the heads are its items, not the heading', async () => {
    const tasks = await tasksOf(['某县某项工作要点', '一、重点任务', '一是某某行动。', '完成某事2件。（县某局负责）', '二是某某行动。', '完成某事4件。（县某办负责）', '二、保障措施', '加强领导。'].join('\n'));
    expect(tasks.map((t) => t.title)).toEqual(['某某行动', '某某行动']);
    expect(tasks.map((t) => t.owners.units)).toEqual([['县某局'], ['县某办']]);
  });

  it('the counting words inside a paragraph or opening whole sentences stay prose', () => {
    expect(ordinalHeads(paragraphs(['（一）加强某工作。一是健全机制。', '二是强化督查。']))).toEqual(new Map());
    expect(ordinalHeads(paragraphs(['一是继续加大某某工作力度，进一步完善某项制度，确保落实到位。', '说明。', '二是积极推进某某工作，提升某某水平。']))).toEqual(new Map());
  });

  it('heads with nothing between them are a list of short clauses, and one head alone may be chance', () => {
    expect(ordinalHeads(paragraphs(['一是加强领导。', '二是强化督查。', '三是严肃问责。']))).toEqual(new Map());
    expect(ordinalHeads(paragraphs(['一是某某行动。', '某段文字。']))).toEqual(new Map());
  });
});

describe('a task section with no numbered items counts its points by lines that open with 一是, 二是…', () => {
  it('each point is a task with its own owner; the section heading is none', async () => {
    const tasks = await tasksOf(
      ['某县某项工作要点', '一、总体要求', '坚持稳中求进。', '二、重点任务', '一是实施某某行动，完成某项改造5处。（县某局负责）', '二是实施某某行动，整治某类问题3个。（县某办负责）', '三、保障措施', '加强领导。'].join('\n'),
    );
    expect(tasks.map((t) => t.title)).toEqual(['实施某某行动，完成某项改造5处', '实施某某行动，整治某类问题3个']);
    expect(tasks.map((t) => t.owners.units)).toEqual([['县某局'], ['县某办']]);
  });

  it('an item whose own text lists 一是, 二是… on lines below it stays one task', async () => {
    const tasks = await tasksOf(['某县某项工作要点', '一、重点任务', '（一）加强某某工作', '一是健全某项机制，做好某事。', '二是强化某项督查，落实某事。', '（二）推进某某工作', '完成某事3件。'].join('\n'));
    expect(tasks.map((t) => t.number)).toEqual(['一', '二']);
    expect(tasks[0].text).toContain('二是强化某项督查');
  });
});

describe('paragraphs opened by a work area’s name and a colon (党建工作：…, 经济工作：…) are a plan’s items', () => {
  it('two or more such paragraphs are each a task', async () => {
    const tasks = await tasksOf(
      ['某街道2024年工作计划', '党建工作：完善某某机制，对辖区3个社区进行分类打造，年底前完成。', '经济工作：坚持把发展作为第一要务，重点围绕某某产业开展招商引资。', '创建工作：严格对照某某测评体系的新标准，全面查漏补缺，抓在经常。'].join('\n'),
    );
    expect(tasks.map((t) => t.number)).toEqual(['党建工作', '经济工作', '创建工作']);
  });

  it('a field before a colon (联系工作：张某) and a lone area paragraph are not', () => {
    const heads = new Map();
    areaHeads(paragraphs(['联系工作：张某', '宣传工作：加强某某宣传，扩大某某影响，提升群众知晓率。']), heads);
    expect(heads).toEqual(new Map());
  });
});
