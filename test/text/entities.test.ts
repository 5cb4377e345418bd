import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/text/entities.js';
import { readText } from '../../src/read/text.js';

describe('HTML character references in text taken from a page’s source', () => {
  it('named ones pages use read as their characters: &nbsp; indents, &ldquo;…&rdquo; quotes, &mdash; dashes', () => {
    expect(decodeEntities('&nbsp;&nbsp;一、推进&ldquo;放管服&rdquo;改革&mdash;&mdash;某县')).toBe('\u00a0\u00a0一、推进“放管服”改革——某县');
  });

  it('numeric ones too, decimal and hexadecimal (&#12288; &#x3000; an ideographic space)', () => {
    expect(decodeEntities('&#12288;&#x3000;完成时限：2024年6月底前')).toBe('\u3000\u3000完成时限：2024年6月底前');
  });

  it('a line break written as a reference is a space: every line keeps its number', () => {
    expect(decodeEntities('责任单位：县住建局&#10;县财政局')).toBe('责任单位：县住建局 县财政局');
  });

  it('&nbsp and the other legacy names may lack their semicolon; other names need it', () => {
    expect(decodeEntities('&nbsp&nbsp一、总体要求 A&amp;B')).toBe('\u00a0\u00a0一、总体要求 A&B');
    expect(decodeEntities('&ldquo十四五')).toBe('&ldquo十四五');
  });

  it('what is no reference stays as written: R&D, an unknown name, &constructor;, an invalid code point', () => {
    expect(decodeEntities('R&D 经费 &foo; &constructor; &#xD800; &#0;')).toBe('R&D 经费 &foo; &constructor; &#xD800; &#0;');
  });

  it('the text reader reads them: the indent is white space and the item is an item', async () => {
    const result = await readText(Buffer.from('&nbsp;&nbsp;一、主要任务\n&nbsp;&nbsp;（一）完成&ldquo;厕所革命&rdquo;改造。\n'), { fileName: 'x.txt' });
    expect(result.blocks.map((b) => b.text.trim())).toEqual(['一、主要任务', '（一）完成“厕所革命”改造。']);
  });
});
