import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { constants, open, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A file being written: either it is committed whole, or it never appears. */
export interface OutputFile {
  write(data: string | Uint8Array): Promise<void>;
  /** Flush and rename over the target: the old file, if any, is replaced only now. */
  commit(): Promise<void>;
  /** Give up: the temp file goes, the target is untouched. */
  abort(): Promise<void>;
}

/**
 * Where an output goes, decided before anything is read or written:
 * - `replace`: a regular file, or nothing yet — written to a temp file beside
 *   it and renamed over it, so it is either the old file or the whole new one;
 * - `stream`: a character device or a FIFO (/dev/null, /dev/stdout, a named
 *   pipe) — written in place, never renamed over: replacing /dev/null with a
 *   regular file would break every later program on the machine;
 * - `refuse`: a directory, a block device or a socket.
 */
export interface OutputTarget {
  /** The path written; an existing file reached through a symbolic link is written where the link points, so the link stays. */
  path: string;
  how: 'replace' | 'stream' | 'refuse';
  /** device:inode of what is there now, or null when nothing is: tells an output that is an input by another name or link. */
  identity: string | null;
}

/** device:inode: the same for every name and link of one file. */
export function fileIdentity(info: { dev: number; ino: number }): string {
  return `${info.dev}:${info.ino}`;
}

export async function outputTarget(path: string): Promise<OutputTarget> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (info === null) return { path, how: 'replace', identity: null };
  const identity = fileIdentity(info);
  if (info.isFile()) return { path: await realpath(path), how: 'replace', identity };
  if (info.isCharacterDevice() || info.isFIFO()) return { path, how: 'stream', identity };
  return { path, how: 'refuse', identity };
}

/** Temp files being written, removed if the process is interrupted. */
const pending = new Set<string>();
const INTERRUPTS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * On SIGINT/SIGTERM/SIGHUP, remove the temp files, then die of the same
 * signal (the shell sees the usual status). SIGKILL cannot be caught: it
 * may leave a `.planlint-tmp-*` file beside the output, never a partial output.
 */
function onInterrupt(signal: NodeJS.Signals): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
  for (const s of INTERRUPTS) process.removeListener(s, onInterrupt);
  listening = false;
  process.kill(process.pid, signal);
}

let listening = false;

/** Listening from the first temp file on: adding and removing listeners for each of thousands of files costs more than writing them. */
function track(temp: string): void {
  if (!listening) for (const s of INTERRUPTS) process.on(s, onInterrupt);
  listening = true;
  pending.add(temp);
}

function untrack(temp: string): void {
  pending.delete(temp);
}

/** Open an output as its target says: through a temp file for a regular file, in place for a device or a FIFO. */
export function openOutput(target: OutputTarget): Promise<OutputFile> {
  if (target.how === 'refuse') throw new Error(`refused output ${target.path} was opened`);
  return target.how === 'stream' ? openStream(target.path) : openAtomic(target.path);
}

/** Write a whole output at once. */
export async function writeOutput(target: OutputTarget, data: string | Uint8Array): Promise<void> {
  const file = await openOutput(target);
  try {
    await file.write(data);
  } catch (error) {
    await file.abort();
    throw error;
  }
  await file.commit();
}

/**
 * Many outputs written a few at a time: each waits on its flush to disk
 * (fsync, milliseconds on a real disk), and a disk flushes several as
 * cheaply as one. `write` returns once the output is under way; `finish`
 * waits for every one and throws the first failure.
 */
export class OutputQueue {
  private readonly running = new Set<Promise<void>>();
  private failure: { error: unknown } | null = null;

  constructor(private readonly limit: number) {}

  async write(target: OutputTarget, data: string | Uint8Array): Promise<void> {
    if (this.failure) throw this.failure.error;
    if (target.how === 'replace' && target.identity === null) return writeNewFile(target.path, data);
    while (this.running.size >= this.limit) await Promise.race(this.running);
    const done: Promise<void> = writeOutput(target, data)
      .catch((error: unknown) => void (this.failure ??= { error }))
      .finally(() => this.running.delete(done));
    this.running.add(done);
  }

  async finish(): Promise<void> {
    await Promise.all(this.running);
    if (this.failure) throw this.failure.error;
  }
}

/**
 * A device or a FIFO, opened for writing as it is: no O_CREAT (if it went
 * away meanwhile, nothing is created in its place) and no rename.
 */
async function openStream(path: string): Promise<OutputFile> {
  const handle = await open(path, constants.O_WRONLY);
  const close = closeOnce(handle);
  return {
    async write(data) {
      await handle.writeFile(data);
    },
    commit: close,
    abort: () => close().catch(() => undefined),
  };
}

/**
 * A file that was not there when the run began, written whole: a temp file
 * renamed into place, so it is complete or absent. It is not flushed to disk
 * first (that flush is what keeps an older file whole, and there is none),
 * so thousands of small outputs cost a few system calls each, not a
 * disk-flush each.
 */
export function writeNewFile(path: string, data: string | Uint8Array): void {
  const temp = tempPath(path);
  track(temp);
  try {
    try {
      writeFileSync(temp, data, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      makeFolders(dirname(path));
      writeFileSync(temp, data, { flag: 'wx' });
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  } finally {
    untrack(temp);
  }
}

let tempPrefix: string | null = null;
let tempCount = 0;

/**
 * `.planlint-tmp-<name>-<random>-<n>` beside the output (same folder, so the
 * final rename is atomic): one random part per run, a count per file.
 * Created with O_EXCL, so a name that is taken is never written through.
 */
function tempPath(path: string): string {
  // Not `crypto`: at start it costs several milliseconds of every run, and the name needs no secrecy.
  tempPrefix ??= `${process.pid.toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return join(dirname(path), `.planlint-tmp-${basename(path)}-${tempPrefix}-${(tempCount++).toString(36)}`);
}

/**
 * Open `path` for writing through a temp file beside it (same folder, so the
 * final rename is atomic), named `.planlint-tmp-<name>-<random>`. For regular
 * files and new paths only: see outputTarget.
 */
export async function openAtomic(path: string): Promise<OutputFile> {
  const dir = dirname(path);
  const temp = tempPath(path);
  // Tracked before it exists: a signal while open() completes must still find it.
  track(temp);
  const create = () => open(temp, 'wx');
  // The folder is made when it is missing, not looked for before every file: --out-dir writes thousands.
  const handle: FileHandle = await create()
    .catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      makeFolders(dir);
      return create();
    })
    .catch((error: unknown) => {
      untrack(temp);
      throw error;
    });
  const close = closeOnce(handle);
  const abort = async () => {
    await close().catch(() => undefined);
    await rm(temp, { force: true });
    untrack(temp);
  };
  return {
    async write(data) {
      await handle.writeFile(data);
    },
    async commit() {
      try {
        await handle.sync();
        await close();
        await rename(temp, path);
        untrack(temp);
      } catch (error) {
        await abort();
        throw error;
      }
    },
    abort,
  };
}

function closeOnce(handle: FileHandle): () => Promise<void> {
  let closed = false;
  return async () => {
    if (!closed) await handle.close();
    closed = true;
  };
}

/** Write to stdout and wait for it to drain; a closed pipe (`| head`) is not an error. */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolveWrite) => {
    if (process.stdout.write(text)) resolveWrite();
    else process.stdout.once('drain', () => resolveWrite());
  });
}

/**
 * mkdir -p, one level at a time. Node's recursive mkdir retries for ever
 * where a folder cannot be made although its parent exists (under /proc it
 * answers ENOENT each time): here that is an error naming the folder.
 * Synchronous: folders are made once per folder of outputs, not per file.
 */
function makeFolders(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw error;
    makeFolders(parent);
    // The parent is there now: a second ENOENT is final.
    try {
      mkdirSync(dir);
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code !== 'EEXIST') throw again;
    }
  }
}
