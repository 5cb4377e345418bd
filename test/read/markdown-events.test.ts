import { readFileSync } from 'node:fs';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { EditMap } from 'micromark-util-edit-map';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/read/markdown.js';
import { linearEventEdits } from '../../src/read/markdown-events.js';
import { cpuMs } from './hostile.js';

// Taken before anything patches it.
const copyingConsume = EditMap.prototype.consume;

const tree = (source: string) =>
  unified()
    .use(remarkParse)
    .use(function (this: ReturnType<typeof unified>) {
      const data = this.data();
      (data.micromarkExtensions ??= []).push(gfmTable());
      (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
    })
    .parse(source);

const nestedList = (items: number) => Array.from({ length: items }, (_, i) => `- 任务${i}\n  - 子项${i}\n\n  > 说明${i}\n`).join('\n');

describe('micromark event edits applied from the first edited index on', () => {
  const documents = [
    readFileSync(new URL('../../fixtures/formats/003.md', import.meta.url), 'utf8'),
    readFileSync(new URL('../../fixtures/formats/004.md', import.meta.url), 'utf8'),
    nestedList(40),
    '标题\n===\n\n> 1. 一\n>    - 二\n> lazy\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- a\n\n  b\n- c\n    code\n',
    `${Array.from({ length: 30 }, (_, i) => `${'> - '.repeat(1 + (i % 7))}第${i}项`).join('\n')}\n`,
  ];

  it('give the same syntax tree as copying the whole event list', () => {
    const before = documents.map((d) => tree(d));
    linearEventEdits();
    expect(EditMap.prototype.consume).not.toBe(copyingConsume);
    expect(documents.map((d) => tree(d))).toEqual(before);
  });

  it('make a nested list eight times as long cost about eight times the CPU, not sixty (generous: under 20)', async () => {
    linearEventEdits();
    const small = nestedList(250);
    const large = nestedList(2000);
    await readMarkdown(Buffer.from(small), { fileName: 'warm.md' });
    const ratio = cpuMs(() => tree(large)) / Math.max(1, cpuMs(() => tree(small)));
    expect(ratio).toBeLessThan(20);
    const blocks = (await readMarkdown(Buffer.from(large), { fileName: 'x.md' })).blocks;
    expect(blocks.map((b) => b.text)).toEqual(Array.from({ length: 2000 }, (_, i) => [`任务${i}`, `子项${i}`, `说明${i}`]).flat());
  });
});
