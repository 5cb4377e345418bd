import { rmSync } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A file being written: either it is committed whole, or it never appears. */
export interface AtomicFile {
  write(data: string | Uint8Array): Promise<void>;
  /** Flush and rename over the target: the old file, if any, is replaced only now. */
  commit(): Promise<void>;
  /** Give up: the temp file goes, the target is untouched. */
  abort(): Promise<void>;
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
  process.kill(process.pid, signal);
}

function track(temp: string): void {
  if (pending.size === 0) for (const s of INTERRUPTS) process.on(s, onInterrupt);
  pending.add(temp);
}

function untrack(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) for (const s of INTERRUPTS) process.removeListener(s, onInterrupt);
}

/**
 * Open `path` for writing through a temp file beside it (same folder, so the
 * final rename is atomic), named `.planlint-tmp-<name>-<random>`.
 */
export async function openAtomic(path: string): Promise<AtomicFile> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  // crypto loads only when a file is written: at start it costs several milliseconds of every run.
  const { randomBytes } = await import('node:crypto');
  const temp = join(dir, `.planlint-tmp-${basename(path)}-${randomBytes(6).toString('hex')}`);
  const handle: FileHandle = await open(temp, 'wx');
  track(temp);
  let closed = false;
  const close = async () => {
    if (!closed) await handle.close();
    closed = true;
  };
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

/**
 * Write a file so that it is either the old one or the complete new one:
 * a temp file beside it, flushed, then renamed over it.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const file = await openAtomic(path);
  try {
    await file.write(data);
  } catch (error) {
    await file.abort();
    throw error;
  }
  await file.commit();
}

/** Write to stdout and wait for it to drain; a closed pipe (`| head`) is not an error. */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolveWrite) => {
    if (process.stdout.write(text)) resolveWrite();
    else process.stdout.once('drain', () => resolveWrite());
  });
}
