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

describe('writeNewFile: an output that was not there', () => {
  it('fails naming the cause where its folder is a file, leaving nothing beside it', async () => {
    const { writeNewFile } = await import('../../src/cli/output.js');
    const base = mkdtempSync(join(tmpdir(), 'planlint-new-'));
    writeNewFile(join(base, 'plan.xlsx'), 'a ledger');
    expect(() => writeNewFile(join(base, 'plan.xlsx', 'inner.xlsx'), 'x')).toThrow(/ENOTDIR|EEXIST/);
    expect(readdirSync(base)).toEqual(['plan.xlsx']);
    expect(readFileSync(join(base, 'plan.xlsx'), 'utf8')).toBe('a ledger');
    rmSync(base, { recursive: true, force: true });
  });

  it('fails at once under procfs instead of retrying for ever', async () => {
    const { writeNewFile } = await import('../../src/cli/output.js');
    expect(() => writeNewFile('/proc/planlint-no-such/x/ledger.xlsx', 'x')).toThrow(/ENOENT/);
  });
});

describe('openAtomic: folders that cannot be made', () => {
  it('fails at once where a folder cannot be made although its parent exists (procfs), instead of retrying for ever', async () => {
    const { openAtomic } = await import('../../src/cli/output.js');
    await expect(openAtomic('/proc/planlint-no-such/x/report.json')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('makes every missing folder of a deep path', async () => {
    const { openAtomic } = await import('../../src/cli/output.js');
    const dir = mkdtempSync(join(tmpdir(), 'planlint-folders-'));
    const file = await openAtomic(join(dir, 'a', 'b', 'c', 'report.json'));
    await file.write('{}');
    await file.commit();
    expect(readFileSync(join(dir, 'a', 'b', 'c', 'report.json'), 'utf8')).toBe('{}');
    rmSync(dir, { recursive: true, force: true });
  });
});
