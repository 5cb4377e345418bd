import { describe, expect, it } from 'vitest';
import { libraryError } from '../../src/read/failure.js';
import { readHtml } from '../../src/read/html.js';
import { readMarkdown } from '../../src/read/markdown.js';
import { measured } from './hostile.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('a library failure is one line about the file', () => {
  it('keeps a short message of the library and drops its internal ones', () => {
    expect(libraryError(new Error('Cannot find Workbook stream'), 'damaged')).toMatchObject({ code: 'corrupt', message: 'damaged (Cannot find Workbook stream)' });
    expect(libraryError(new TypeError("Cannot read properties of undefined (reading 'storageDirId')"), 'damaged').message).toBe('damaged');
    expect(libraryError(new Error("Cannot read properties of undefined (reading 'x')"), 'damaged').message).toBe('damaged');
  });

  it('refuses HTML nested deeper than the parser follows as too complex, not a stack overflow', async () => {
    const { error } = await measured(() => readHtml(utf8(`${'<div>'.repeat(20_000)}一、任务`), { fileName: 'deep.html' }));
    expect(error).toMatchObject({ code: 'too-large', message: 'the document nests elements too deeply to read' });
  });

  it('reads Markdown quotes nested 5 000 deep as their one line: nesting past 32 levels is flattened before parsing', async () => {
    const { value } = await measured(() => readMarkdown(utf8(`${'> '.repeat(5000)}一、任务`), { fileName: 'deep.md' }));
    expect(value?.blocks.map((b) => b.text)).toEqual(['一、任务']);
  });
});
