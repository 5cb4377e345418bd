import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/cli/inputs.js';
import { parseStream } from '../../src/parse.js';
import { readFileBytes, readFileBytesSync, readStreamBytes } from '../../src/read/file.js';
import { ReadError } from '../../src/read/types.js';

const dir = mkdtempSync(join(tmpdir(), 'planlint-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seed = new URL('../../fixtures/000_d5898165c5e6b752.txt', import.meta.url);

/** Both readers must answer alike: the export workers use the blocking one, lint the other. */
const readers = {
  async: (path: string, max?: number) => readFileBytes(path, max),
  blocking: async (path: string, max?: number) => readFileBytesSync(path, max),
};

async function readErrorOf(read: Promise<Uint8Array>): Promise<ReadError> {
  const error = await read.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReadError);
  return error as ReadError;
}

describe.each(Object.entries(readers))('readFileBytes (%s)', (_, read) => {
  it('returns the bytes of a file', async () => {
    expect(Buffer.from(await read(seed.pathname)).equals(readFileSync(seed))).toBe(true);
  });

  it('refuses a file above the size limit before reading it, naming both sizes', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, Buffer.alloc(3 * 1024 * 1024, 0x41));
    const error = await readErrorOf(read(path, 1024 * 1024));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/3\.0 MB.*1\.0 MB limit/);
  });

  it('says in one line why a path cannot be read', async () => {
    const missing = await readErrorOf(read(join(dir, 'nope.txt')));
    expect([missing.code, missing.message]).toEqual(['unreadable', 'no such file']);
    const folder = await readErrorOf(read(dir));
    expect([folder.code, folder.message]).toEqual(['unreadable', 'is a directory']);
  });
});

// ── What is not a plain file ───────────────────────────────────────────────

const fifo = join(dir, 'pipe.txt');
execFileSync('mkfifo', [fifo]);
const zeroLink = join(dir, 'zero.txt');
symlinkSync('/dev/zero', zeroLink);

describe.each(Object.entries(readers))('only regular files are read (%s)', (_, read) => {
  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const error = await readErrorOf(read(fifo));
    expect([error.code, error.message]).toEqual(['unreadable', 'not a regular file (a device, FIFO or socket); planlint reads only files']);
  });

  it('refuses a device, named outright or through a symbolic link', async () => {
    for (const path of ['/dev/zero', zeroLink]) expect((await readErrorOf(read(path))).message).toMatch(/^not a regular file/);
  });

  it('stops reading at the limit when stat() reports less than the file holds', async () => {
    // /proc files are regular files whose stat size is 0.
    const error = await readErrorOf(read('/proc/self/status', 64));
    expect([error.code, error.message]).toEqual(['too-large', 'file is more than 0.1 KB, above the 0.1 KB limit (--max-file-size)']);
    expect(new TextDecoder().decode(await read('/proc/self/status'))).toMatch(/^Name:/);
  });
});

describe('--stdin', () => {
  it('reads a stream under the file size limit and refuses one above it', async () => {
    const chunks = () => Readable.from([Buffer.from('一、任务\n'), Buffer.alloc(4096, 0x41)]);
    expect((await readStreamBytes(chunks(), 10_000)).length).toBe(4096 + 13);
    const error = await readErrorOf(readStreamBytes(chunks(), 1000));
    expect([error.code, error.message]).toEqual(['too-large', 'file is more than 1.0 KB, above the 1.0 KB limit (--max-file-size)']);
  });

  it('turns an oversized stream into a file-level error, not an exception', async () => {
    const parsed = await parseStream(Readable.from([Buffer.alloc(2048, 0x41)]), '<stdin>.txt', { maxFileBytes: 1024 });
    expect(parsed.document.errors).toEqual([{ code: 'too-large', message: 'file is more than 1.0 KB, above the 1.0 KB limit (--max-file-size)' }]);
  });
});

describe('directory walks', () => {
  it('leave out FIFOs, devices and links that lead outside the folder', async () => {
    const folder = join(dir, 'downloads');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    writeFileSync(join(folder, 'plan.txt'), '一、工作任务\n');
    writeFileSync(join(dir, 'outside.txt'), '一、工作任务\n');
    symlinkSync('/dev/zero', join(folder, 'zero.txt'));
    symlinkSync('/etc/passwd', join(folder, 'passwd.txt'));
    symlinkSync(join(dir, 'outside.txt'), join(folder, 'outside.md'));
    symlinkSync(join(folder, 'plan.txt'), join(folder, 'sub', 'again.txt'));
    execFileSync('mkfifo', [join(folder, 'pipe.csv')]);
    const inputs = await expandInputs(['downloads'], dir);
    expect(inputs.files).toEqual([join('downloads', 'plan.txt'), join('downloads', 'sub', 'again.txt')]);
    // Named outright, a link is followed, and the reader judges what it leads to.
    expect((await expandInputs([join('downloads', 'zero.txt')], dir)).files).toEqual([join('downloads', 'zero.txt')]);
  });
});
