import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { ReadError } from './types.js';

/** Files above this are refused: a plan is kilobytes, a 200 MB "plan" is a mistake. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Opened without blocking: opening a FIFO for reading otherwise waits for a
 * writer that may never come. What is opened is then checked to be a
 * regular file (a symlink is judged by what it points to), so a device, a
 * FIFO or a socket is refused before a byte is read.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Reading stops one byte past the limit, whatever stat() said: /dev/zero reports size 0, a growing file more. */
const READ_CHUNK = 1024 * 1024;

/** Read a file's bytes, or a ReadError that says in one line why not. */
export async function readFileBytes(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<Uint8Array> {
  const handle = await attempt(() => open(path, OPEN_FLAGS));
  try {
    const info = await attempt(() => handle.stat());
    checkFile(info, maxBytes);
    const into = new BoundedBuffer(info.size, maxBytes);
    for (;;) {
      const done = into.took((await attempt(() => handle.read(...into.room(), null))).bytesRead);
      if (done) return done;
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * The same, blocking: for a worker thread with nothing else to do, where
 * each asynchronous step is a round trip through libuv's thread pool that
 * leaves the thread idle (a fifth of its time on small files).
 */
export function readFileBytesSync(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Uint8Array {
  const fd = attemptSync(() => openSync(path, OPEN_FLAGS));
  try {
    const info = attemptSync(() => fstatSync(fd));
    checkFile(info, maxBytes);
    const into = new BoundedBuffer(info.size, maxBytes);
    for (;;) {
      const done = into.took(attemptSync(() => readSync(fd, ...into.room(), null)));
      if (done) return done;
    }
  } finally {
    closeSync(fd);
  }
}

/** The bytes of a stream (standard input), refused as soon as they pass the limit. */
export async function readStreamBytes(stream: AsyncIterable<Uint8Array | string>, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    if (total > maxBytes) throw tooLarge(`more than ${sizeOf(maxBytes)}`, maxBytes);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

function checkFile(info: Stats, maxBytes: number): void {
  if (info.isDirectory()) throw new ReadError('unreadable', 'is a directory');
  if (!info.isFile()) throw new ReadError('unreadable', 'not a regular file (a device, FIFO or socket); planlint reads only files');
  if (info.size > maxBytes) throw tooLarge(sizeOf(info.size), maxBytes);
}

function tooLarge(size: string, maxBytes: number): ReadError {
  return new ReadError('too-large', `file is ${size}, above the ${sizeOf(maxBytes)} limit (--max-file-size)`);
}

/**
 * A buffer sized by stat (room for one byte more, to see the end), grown when
 * the file is longer than it said, and never past maxBytes + 1: reading stops
 * at the limit whatever stat() claimed.
 */
class BoundedBuffer {
  private buffer: Uint8Array;
  private length = 0;

  constructor(
    statSize: number,
    private readonly maxBytes: number,
  ) {
    this.buffer = new Uint8Array(Math.min(maxBytes + 1, statSize === 0 ? READ_CHUNK : statSize + 1));
  }

  /** Where the next read goes: the buffer, the offset and how many bytes fit. */
  room(): [Uint8Array, number, number] {
    if (this.length === this.buffer.length) {
      const next = new Uint8Array(Math.min(this.maxBytes + 1, Math.max(this.buffer.length * 2, this.buffer.length + READ_CHUNK)));
      next.set(this.buffer);
      this.buffer = next;
    }
    return [this.buffer, this.length, this.buffer.length - this.length];
  }

  /** Counts `n` bytes read; the bytes once the source is exhausted (n = 0), else null. */
  took(n: number): Uint8Array | null {
    if (n === 0) return this.buffer.subarray(0, this.length);
    this.length += n;
    if (this.length > this.maxBytes) throw tooLarge(`more than ${sizeOf(this.maxBytes)}`, this.maxBytes);
    return null;
  }
}

async function attempt<T>(io: () => Promise<T>): Promise<T> {
  try {
    return await io();
  } catch (error) {
    throw asReadError(error);
  }
}

function attemptSync<T>(io: () => T): T {
  try {
    return io();
  } catch (error) {
    throw asReadError(error);
  }
}

/** "1.5 MB", "12 MB"; below a megabyte in KB, or a small limit and file would both read "0.0 MB". */
function sizeOf(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

const ERRNO_MESSAGES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  EMFILE: 'too many open files',
  ENXIO: 'not a regular file (a device, FIFO or socket); planlint reads only files',
  ELOOP: 'a symbolic link that points to itself',
  EAGAIN: 'not a regular file (a device, FIFO or socket); planlint reads only files',
};

function asReadError(error: unknown): ReadError {
  if (error instanceof ReadError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  return new ReadError('unreadable', ERRNO_MESSAGES[code] ?? (error instanceof Error ? error.message : String(error)));
}
