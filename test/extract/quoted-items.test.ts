import { describe, expect, it } from 'vitest';
import { quotedItems } from '../../src/extract/quoted-items.js';
import { parseBytes } from '../../src/parse.js';

describe('quoted items with their unit in brackets (a 民生实事 report lists its projects in prose)', () => {
  it('reads each “item”（unit） of a list as a task owned by the bracketed unit', () => {
    const text = '其中，“城区道路提升改造”（县交通运输局）、"新建公办幼儿园3所"(县教育局)等项目进度滞后。';
    expect(quotedItems(text).map(({ name, unit }) => ({ name, unit }))).toEqual([
      { name: '城区道路提升改造', unit: '县交通运输局' },
      { name: '新建公办幼儿园3所', unit: '县教育局' },
    ]);
  });

  it('knows the bracketed organisation in traditional script (縣紅十字會)', () => {
    const text = '另，“城區道路提升改造”（縣交通運輸局）、“公共場所新增急救設備”（縣紅十字會）等項目進度滯後。';
    expect(quotedItems(text).map(({ unit }) => unit)).toEqual(['縣交通運輸局', '縣紅十字會']);
  });

  it('a mirror’s pinyin gloss inside the bracket (县住建局(jú)) is no part of the unit, and the item keeps its words', () => {
    const text = '另，“老旧小区(qū)改造”(县住建局(jú))、“新增公交线路3条”(县交通局(jú))等项目如期完成。';
    expect(quotedItems(text).map(({ name, unit }) => ({ name, unit }))).toEqual([
      { name: '老旧小区(qū)改造', unit: '县住建局' },
      { name: '新增公交线路3条', unit: '县交通局' },
    ]);
  });

  it('one quoted phrase is a citation, not a list; a bracket that names no organisation is a gloss', () => {
    expect(quotedItems('深入推进“放管服”改革（省政务服务管理局），优化营商环境。')).toEqual([]);
    expect(quotedItems('开展“双随机、一公开”（抽查）和“互联网+监管”（试点）工作。')).toEqual([]);
  });

  it('a paragraph listing them gives one task per item, with the unit as the lead unit', async () => {
    const text = '关于2023年民生实事项目推进情况的通报\n全年共有5个项目曾被通报：“城区道路提升改造”（县交通运输局）、“新建公办幼儿园3所”（县教育局）。\n';
    const { document } = await parseBytes(Buffer.from(text), 'report.txt');
    expect(document.tasks.map((t) => [t.title, t.owners.units])).toEqual([
      ['城区道路提升改造', ['县交通运输局']],
      ['新建公办幼儿园3所', ['县教育局']],
    ]);
    expect(document.tasks[1].targets.map((g) => [g.value, g.unit])).toEqual([[3, '所']]);
  });
});
