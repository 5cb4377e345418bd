import { readFile, stat } from 'node:fs/promises';
import { ReadError } from './types.js';

/** Files above this are refused before reading: a plan is kilobytes, a 200 MB "plan" is a mistake. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Read a file's bytes, or a ReadError that says in one line why not. */
export async function readFileBytes(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new ReadError('unreadable', 'is a directory');
    size = info.size;
  } catch (error) {
    throw asReadError(error);
  }
  if (size > maxBytes) {
    throw new ReadError('too-large', `file is ${megabytes(size)}, above the ${megabytes(maxBytes)} limit (--max-file-size)`);
  }
  try {
    return await readFile(path);
  } catch (error) {
    throw asReadError(error);
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

const ERRNO_MESSAGES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  EMFILE: 'too many open files',
};

function asReadError(error: unknown): ReadError {
  if (error instanceof ReadError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  return new ReadError('unreadable', ERRNO_MESSAGES[code] ?? (error instanceof Error ? error.message : String(error)));
}
