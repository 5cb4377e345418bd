import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Write a file so that it is either the old one or the complete new one:
 * a temp file beside it, flushed, then renamed over it. A crash or a kill
 * leaves at most a `.planlint-tmp-*` file, never a half-written output.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.planlint-tmp-${basename(path)}-${randomBytes(6).toString('hex')}`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Write to stdout and wait for it to drain; a closed pipe (`| head`) is not an error. */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolveWrite) => {
    if (process.stdout.write(text)) resolveWrite();
    else process.stdout.once('drain', () => resolveWrite());
  });
}
