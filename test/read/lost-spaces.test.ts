import { describe, expect, it } from 'vitest';
import { restoreLostSpaces } from '../../src/read/lost-spaces.js';
import { parseBytes } from '../../src/parse.js';

describe('whitespace a GBK conversion turned into "?" (U+3000 and NBSP have no GBK byte in some converters)', () => {
  it('a run of ? at a line start or after a space, before Han text or a bracket, is that many spaces', () => {
    expect(restoreLostSpaces('???(一)第一检查督导组;')).toBe('   (一)第一检查督导组;');
    expect(restoreLostSpaces('责任领导:胡小波 ?杨 ?剑')).toBe('责任领导:胡小波  杨  剑');
    expect(restoreLostSpaces('\uFFFD\uFFFD一、总体要求')).toBe('  一、总体要求');
  });

  it('a question mark that ends a sentence, or stands before Latin text, stays', () => {
    expect(restoreLostSpaces('是否按期完成?请说明。')).toBe('是否按期完成?请说明。');
    expect(restoreLostSpaces('网址 ?id=10461')).toBe('网址 ?id=10461');
  });

  it('numbering behind lost spaces is numbering again, and padded leaders are names', async () => {
    const text = ['三、分组情况', '???(一)第一检查督导组;', '责任领导:胡小波 ?杨 ?剑', '责任单位:政法(应急)办、派出所', '检查范围:消防易爆物品。'].join('\n');
    const [task] = (await parseBytes(Buffer.from(text), 'plan.txt')).document.tasks;
    expect(task.number).toBe('一');
    expect(task.title).toBe('第一检查督导组');
    expect(task.owners.leaders).toEqual(['胡小波', '杨剑']);
  });
});
