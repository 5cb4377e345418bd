import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { PlanDocument, PlanReport } from '../../src/model/plan.js';

/**
 * Helpers for tests that run the CLI: spawned the way a user runs it
 * (`node bin/planlint.js …`: the exit status of the real binary, signals, a
 * closed pipe, standard input), or in this process (`main`, with its output
 * captured), which costs no node start-up and suits the rest.
 */

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'planlint.js');
const BUNDLE = join(ROOT, 'dist', 'cli', 'planlint.mjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  /** Added to a clean environment (no colour or locale variables inherited). */
  env?: Record<string, string>;
  input?: string | Buffer;
}

/** The environment a test starts from: nothing that changes colour or language leaks in from the caller. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['NO_COLOR', 'FORCE_COLOR', 'LANG', 'LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'PLANLINT_DEBUG', 'CI', 'GITHUB_ACTIONS'])
    delete env[key];
  return { ...env, ...extra };
}

/** Run `node bin/planlint.js ...args`; stdout is a pipe, so it is not a terminal. */
export function planlint(args: readonly string[], options: CliOptions = {}): CliResult {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: cleanEnv(options.env),
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Output streams as the CLI sees them: what a run in process changes and puts back. */
const STREAM_FIELDS = ['write', 'isTTY', 'columns'] as const;

/**
 * `planlint ...args` run in this process through `main`, as a spawned run
 * would see it: `cwd`, a clean environment plus `env`, stdout and stderr
 * captured as pipes (not terminals), standard input from `input`.
 */
export async function planlintInProcess(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const savedEnv = { ...process.env };
  const env = cleanEnv(options.env);
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  Object.assign(process.env, env);
  const captured = { stdout: '', stderr: '' };
  const streams = { stdout: process.stdout, stderr: process.stderr };
  const saved = Object.entries(streams).map(([name, stream]) => ({ name, stream, fields: STREAM_FIELDS.map((field) => Object.getOwnPropertyDescriptor(stream, field)) }));
  for (const [name, stream] of Object.entries(streams) as Array<['stdout' | 'stderr', NodeJS.WriteStream]>) {
    const write = (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      captured[name] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      if (callback) queueMicrotask(callback);
      return true;
    };
    Object.defineProperty(stream, 'write', { value: write, configurable: true, writable: true });
    Object.defineProperty(stream, 'isTTY', { value: false, configurable: true, writable: true });
    Object.defineProperty(stream, 'columns', { value: undefined, configurable: true, writable: true });
  }
  const stdin = Object.getOwnPropertyDescriptor(process, 'stdin');
  Object.defineProperty(process, 'stdin', { value: Readable.from([Buffer.from(options.input ?? '')]), configurable: true, writable: true });
  try {
    const code = await main(args, options.cwd ?? ROOT);
    return { code, ...captured };
  } finally {
    if (stdin) Object.defineProperty(process, 'stdin', stdin);
    for (const { stream, fields } of saved) {
      STREAM_FIELDS.forEach((field, k) => {
        const descriptor = fields[k];
        if (descriptor) Object.defineProperty(stream, field, descriptor);
        else delete (stream as unknown as Record<string, unknown>)[field];
      });
    }
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
  }
}

/**
 * The crafted plans are dated 2021 (PLANS): checks made "as of today" must not
 * drift as time passes, so linting them is pinned to a day after their date.
 */
export const AS_OF = '2021-04-01';

/** `planlint [lint] …args` as of AS_OF; a later --as-of in args wins. */
export function lint(args: readonly string[], options: CliOptions = {}): CliResult {
  return planlint(['--as-of', AS_OF, ...args], options);
}

/** `planlint [lint] …args` as of AS_OF, in this process; a later --as-of in args wins. */
export function lintInProcess(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return planlintInProcess(['--as-of', AS_OF, ...args], options);
}

/** A shell pipeline (for `planlint … | head`), run with sh in `cwd`. */
export function shell(command: string, options: CliOptions = {}): CliResult {
  const run = spawnSync('sh', ['-c', command], { cwd: options.cwd ?? ROOT, env: cleanEnv(options.env), encoding: 'utf8', timeout: 60_000 });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Lines of output, without the empty last one. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line, k, all) => line !== '' || k < all.length - 1);
}

/** What a stack trace looks like; none may ever reach the user. */
export const STACK_LINE = /^\s+at .+[:(]/m;

/** A temp folder with the given files (paths relative to it); returns its path. */
export function workspace(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-e2e-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export function removeWorkspace(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsFresh(): boolean {
  try {
    return statSync(BUNDLE).mtimeMs >= newestMtime(join(ROOT, 'src'));
  } catch {
    return false;
  }
}

/**
 * `npm test` builds before it tests; a test file run on its own builds the CLI
 * when dist/ is missing or older than src/. A lock folder keeps two test files
 * from building at once (the build empties dist/ first).
 */
export function ensureBuilt(): void {
  if (bundleIsFresh()) return;
  const lock = join(tmpdir(), 'planlint-build.lock');
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 300_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    if (!bundleIsFresh()) {
      try {
        execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'pipe' });
      } catch (error) {
        const output = `${(error as { stdout?: Buffer }).stdout ?? ''}${(error as { stderr?: Buffer }).stderr ?? ''}`;
        throw new Error(`npm run build failed; the CLI tests need a build:\n${output.slice(-2000)}`);
      }
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** `lint --format json` documents leave `tasks` out; everything else is the schemaVersion 1 contract (PlanReport). */
export const LintReport = PlanReport.extend({ documents: PlanDocument.omit({ tasks: true }).strict().array() });

/** A crafted plan whose first task's owner line is `ownerLine` (or none); the rest is the same clean text. */
function craftedPlan(ownerLine: string | null): string {
  return `某县文化设施建设工作方案

一、工作目标

完善全县公共文化设施网络。

二、重点任务

（一）建成村级综合文化服务中心。
${ownerLine === null ? '' : `${ownerLine}\n`}完成时限：2021年6月底前

（二）开展文化下乡演出。
责任单位：县文化馆
完成时限：2021年12月底前

某县人民政府
2021年3月1日
`;
}

/** Small crafted plans: one clean, one with a task that names no owner (an error), one with a vague owner (a warning). */
export const PLANS = {
  clean: craftedPlan('责任单位：县文化局'),
  noOwner: craftedPlan(null),
  vagueOwner: craftedPlan('责任单位：各成员单位'),
} as const;

/** The line of the task without an owner in PLANS.noOwner. */
export const NO_OWNER_LINE = 9;
