import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileBytes, readFileBytesSync } from '../../src/read/file.js';
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
