import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';

/**
 * LibreOffice, headless, as a .doc → .docx converter. Each worker (thread)
 * keeps one LibreOffice user profile for its whole life: a fresh profile
 * costs a second or more of setup on every start. Runs that share a profile
 * must not overlap (a second soffice on a busy profile hands its files to the
 * first and returns at once), so this module runs them one at a time.
 */

const SOFFICE_NAMES = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
const MACOS_SOFFICE = '/Applications/LibreOffice.app/Contents/MacOS/soffice';

/** The LibreOffice binary on PATH (or in its usual macOS place), or null. Looked up on every call: PATH may change. */
export function findSoffice(): string | null {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const dir of dirs) {
    for (const name of SOFFICE_NAMES) {
      const candidate = join(dir, name);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return process.platform === 'darwin' && isExecutableFile(MACOS_SOFFICE) ? MACOS_SOFFICE : null;
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Why a LibreOffice run failed; `timedOut` runs were killed, and whatever they had not written yet is missing. */
export class SofficeError extends Error {
  constructor(
    message: string,
    readonly timedOut: boolean,
  ) {
    super(message);
    this.name = 'SofficeError';
  }
}

// ───────────────────────── the worker's profile ─────────────────────────

const PROFILE_PREFIX = 'planlint-soffice-';
let profile: string | null = null;
let queue: Promise<unknown> = Promise.resolve();

/** This worker's profile folder, made on first use and removed when the process exits. */
export function sofficeProfile(): string {
  if (profile) return profile;
  removeStaleProfiles();
  const dir = mkdtempSync(join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-${threadId}-`));
  profile = dir;
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Removes this worker's profile once its runs are done; a later run makes a new
 * one. For a worker that is about to be terminated: terminate() runs no exit
 * handlers, and its profile would wait for the next run's sweep of stale ones.
 */
export async function releaseSofficeProfile(): Promise<void> {
  await queue;
  discardProfile();
}

/** Drops the profile (after a killed run may have left it half-written); the next run makes a new one. */
function discardProfile(): void {
  if (profile) rmSync(profile, { recursive: true, force: true });
  profile = null;
}

/** Profiles of processes that are gone (a worker thread that was terminated gets no exit event to clean up after it). */
function removeStaleProfiles(): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(PROFILE_PREFIX)) continue;
    const pid = Number(name.slice(PROFILE_PREFIX.length).split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && !isAlive(pid)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// ───────────────────────── conversion ─────────────────────────

/** How long a run may go without writing its next file: the first (LibreOffice starting) and each one after. */
export interface SofficeLimits {
  firstFileMs: number;
  nextFileMs: number;
}

/** How often a run's output folder is looked at. */
const WATCH_MS = 250;

/**
 * `soffice --headless --convert-to docx --outdir <outDir> <inputs…>` with this
 * worker's profile, after any run already queued. LibreOffice converts the
 * inputs in order and carries on past a file it cannot load; the caller
 * looks in outDir for what was written. A run that writes no new file within
 * its limit is killed, so a file that hangs LibreOffice costs one limit, not
 * the whole batch's. Rejects with a SofficeError when the run exits non-zero
 * or is killed.
 */
export function sofficeConvert(soffice: string, inputs: readonly string[], outDir: string, limits: SofficeLimits): Promise<void> {
  const run = () => {
    const args = [
      `-env:UserInstallation=${pathToFileURL(sofficeProfile()).href}`,
      '--headless', '--norestore', '--nolockcheck', '--nodefault',
      '--convert-to', 'docx', '--outdir', outDir, ...inputs,
    ];
    return runProcess(soffice, args, outDir, limits).catch((error: unknown) => {
      if (error instanceof SofficeError && error.timedOut) discardProfile();
      throw error;
    });
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/**
 * Runs a program to completion, killing it when `outDir` gains no file within
 * the limit. On POSIX it gets its own process group, so a kill also ends the
 * soffice.bin that the soffice launcher starts.
 */
function runProcess(file: string, args: string[], outDir: string, limits: SofficeLimits): Promise<void> {
  return new Promise((resolve, reject) => {
    const posix = process.platform !== 'win32';
    const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: posix, windowsHide: true });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 2000) stderr += chunk.toString();
    });
    let written = 0;
    let limit = limits.firstFileMs;
    let deadline = Date.now() + limit;
    let timedOut = false;
    const watch = setInterval(() => {
      const now = filesIn(outDir);
      if (now > written) {
        written = now;
        limit = limits.nextFileMs;
        deadline = Date.now() + limit;
      } else if (Date.now() >= deadline) {
        timedOut = true;
        clearInterval(watch);
        killTree(child.pid, posix, () => child.kill('SIGKILL'));
      }
    }, Math.max(10, Math.min(WATCH_MS, limits.firstFileMs, limits.nextFileMs)));
    child.on('error', (error) => {
      clearInterval(watch);
      reject(new SofficeError(error.message, false));
    });
    child.on('close', (code, signal) => {
      clearInterval(watch);
      if (timedOut) reject(new SofficeError(`timed out after ${Math.round(limit / 1000)} s`, true));
      else if (code === 0) resolve();
      else reject(new SofficeError(`exit ${code ?? signal}${stderr.trim() ? `: ${stderr.trim().split('\n').pop()}` : ''}`, false));
    });
  });
}

function filesIn(dir: string): number {
  try {
    return readdirSync(dir).length;
  } catch {
    return 0;
  }
}

function killTree(pid: number | undefined, posix: boolean, fallback: () => void): void {
  try {
    if (posix && pid !== undefined) process.kill(-pid, 'SIGKILL');
    else fallback();
  } catch {
    fallback();
  }
}
