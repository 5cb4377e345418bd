import { describe, expect, it } from 'vitest';
import { stripGlosses } from '../../src/extract/gloss.js';
import { looksLikeName, nameAfterPost, readPerson } from '../../src/extract/person.js';

describe('persons in owner fields (surname + given name, or a post)', () => {
  it('a name is a known surname and one or two characters more', () => {
    expect(looksLikeName('欧乾震')).toBe(true);
    expect(looksLikeName('俞悦')).toBe(true);
    expect(looksLikeName('欧阳修文')).toBe(true);
    expect(looksLikeName('办公室')).toBe(false);
    expect(looksLikeName('李')).toBe(false);
  });

  it('a post after a name is dropped; a post alone or after a surname names a person by post', () => {
    expect(readPerson('周立新副局长')).toEqual({ name: '周立新', byPost: false });
    expect(readPerson('林局長')).toEqual({ name: '林局長', byPost: true });
    // Taiwan's minutes put the post between surname and given name: the whole is the person.
    expect(readPerson('王科長某明')).toEqual({ name: '王科長某明', byPost: false });
    expect(readPerson('李主任秘書某榮')).toEqual({ name: '李主任秘書某榮', byPost: false });
    expect(readPerson('林局長室')).toBeNull();
    expect(readPerson('陈主任工作室')).toBeNull();
    expect(readPerson('各科科長')).toEqual({ name: '各科科長', byPost: true });
    expect(readPerson('分管副局长')).toBeNull();
    expect(readPerson('县教育局')).toBeNull();
  });

  it('a post of a body before the name (局党组成员王某同志): the body holds no function word, and a masked name is a name', () => {
    expect(nameAfterPost('局党组成员王某同志')).toBe('王某');
    expect(nameAfterPost('镇党委书记XX')).toBe('XX');
    // 由 ends a sentence's topic: 工作由局 is no body, so no post of one follows.
    expect(nameAfterPost('信息工作由局党组成员王某')).toBeNull();
    expect(nameAfterPost('副县长…')).toBeNull();
  });

  it('a rank before a post (常务, 执行, 第一) is part of the post: 常务副区长 is a post, not a person named 常务', () => {
    expect(readPerson('常务副区长')).toEqual({ name: '常务副区长', byPost: true });
    expect(readPerson('张明常务副区长')).toEqual({ name: '张明', byPost: false });
    expect(readPerson('执行副主任')).toEqual({ name: '执行副主任', byPost: true });
  });
});

describe('pinyin glosses injected by mirror sites', () => {
  it('removes a bracketed syllable right after a Han character, tone marks or not', () => {
    expect(stripGlosses('市住房和城鄉(xiāng)建設委')).toBe('市住房和城鄉建設委');
    expect(stripGlosses('一(yī)、實施創新')).toBe('一、實施創新');
    expect(stripGlosses('創(chuàng)業(yè)大道')).toBe('創業大道');
  });

  it('a task’s title is read without them; its text keeps the page’s words as they were', async () => {
    const { parseBytes } = await import('../../src/parse.js');
    const text = '一(yī)、重點任務\n1.完善實驗室建設體(tǐ)系。申報重點實驗室。(牽頭單位:市科技局)';
    const [task] = (await parseBytes(Buffer.from(text), 'plan.txt')).document.tasks;
    expect(task.title).toBe('完善實驗室建設體系');
    expect(task.text).toContain('體(tǐ)系');
  });

  it('keeps brackets that are the document’s own', () => {
    expect(stripGlosses('细颗粒物(PM2.5)浓度')).toBe('细颗粒物(PM2.5)浓度');
    expect(stripGlosses('各县(市、区)政府')).toBe('各县(市、区)政府');
  });
});
