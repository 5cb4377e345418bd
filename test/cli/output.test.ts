import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutputQueue, outputTarget } from '../../src/cli/output.js';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'planlint-queue-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('OutputQueue', () => {
  it('writes every output whole, into folders made as needed, and leaves no temp file', async () => {
    const queue = new OutputQueue(3);
    for (let k = 0; k < 20; k++) await queue.write(await outputTarget(join(dir, 'a', `${k % 4}`, `${k}.txt`)), `file ${k}`);
    await queue.finish();
    for (let k = 0; k < 20; k++) expect(readFileSync(join(dir, 'a', `${k % 4}`, `${k}.txt`), 'utf8')).toBe(`file ${k}`);
    expect(readdirSync(join(dir, 'a', '0')).filter((f) => f.startsWith('.planlint-tmp-'))).toEqual([]);
  });

  it('reports a write that failed when the queue finishes, the temp file gone', async () => {
    const queue = new OutputQueue(2);
    const folder = await outputTarget(dir);
    await queue.write({ ...folder, how: 'replace' }, 'cannot replace a folder with a file');
    await expect(queue.finish()).rejects.toThrow();
    expect(readdirSync(dir).filter((f) => f.startsWith('.planlint-tmp-'))).toEqual([]);
  });
});
