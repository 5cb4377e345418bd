import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/read/markdown.js';
import { MAX_CONTAINER_DEPTH, flattenDeepNesting } from '../../src/read/markdown-depth.js';

const md = (text: string) => readMarkdown(Buffer.from(text), { fileName: 'x.md' });
const texts = async (text: string) => (await md(text)).blocks.map((b) => [b.kind, b.text]);

describe('Markdown nesting past the bound is flattened before parsing', () => {
  it.each([
    ['blockquotes', '> '],
    ['bullets', '- '],
    ['blockquoted bullets', '> - '],
    ['bullets holding blockquotes', '* > '],
  ])('2,000 levels of %s on one line read as the one line of text', async (_, marker) => {
    expect(await texts(`${marker.repeat(2000)}一、加快道路建设\n`)).toEqual([['paragraph', '一、加快道路建设']]);
  });

  it('2,000 ordered items nested on one line: the text keeps the innermost label kept', async () => {
    expect(await texts(`${'1. '.repeat(2000)}加快道路建设\n`)).toEqual([['paragraph', '1. 加快道路建设']]);
  });

  it('a staircase 120 levels deep (blockquotes and bullets) keeps every line, in order', async () => {
    const lines = Array.from({ length: 120 }, (_, i) => `${'> - '.repeat(i + 1)}任务${i}`);
    expect(await texts(`${lines.join('\n')}\n`)).toEqual(lines.map((_, i) => ['paragraph', `任务${i}`]));
  });

  it('a list indented 400 levels deep by two spaces a level keeps every item, in order', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- 任务${i}`);
    expect(await texts(`${lines.join('\n')}\n`)).toEqual(lines.map((_, i) => ['paragraph', `任务${i}`]));
  });

  it('locates the text of a flattened line where it is written', async () => {
    const deep = `正文\n${'> '.repeat(40)}一、任务\n`;
    expect((await md(deep)).blocks[1]).toMatchObject({ text: '一、任务', loc: { line: 2, column: 81 } });
    const staircase = Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- 任务${i}`).join('\n');
    const columns = (await md(staircase)).blocks.map((b) => b.loc.column);
    expect(columns).toEqual(Array.from({ length: 400 }, (_, i) => 2 * i + 3));
  });

  it(`keeps ${MAX_CONTAINER_DEPTH} markers of a deeper line, and its text apart from them`, () => {
    expect(flattenDeepNesting(`${'> '.repeat(40)}x\n`).text).toBe(`${'> '.repeat(MAX_CONTAINER_DEPTH)}x\n`);
    expect(flattenDeepNesting(`${'>'.repeat(40)}x`).text).toBe(`${'>'.repeat(MAX_CONTAINER_DEPTH)} x`);
  });

  it('leaves real documents as they are (the same string)', () => {
    for (const name of ['formats/003.md', 'formats/004.md']) {
      const text = readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
      expect(flattenDeepNesting(text)).toEqual({ text, moved: new Map() });
    }
    const nested = `- a\n${'  '.repeat(MAX_CONTAINER_DEPTH - 1)}- b\n> ${'> '.repeat(MAX_CONTAINER_DEPTH - 1)}c\n`;
    expect(flattenDeepNesting(nested).text).toBe(nested);
  });
});
