import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, linkSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, PLANS, lines, planlintInProcess, removeWorkspace, workspace } from '../support/cli.js';
import { FIXTURES } from '../support/seeds.js';

/**
 * Issue 9: planlint never loses a user's file. Every command that writes
 * refuses an output that is one of its inputs — by the same name, a
 * symbolic link, a hard link or a roundabout path — with exit 2 and
 * nothing written; devices and FIFOs are written in place, never replaced.
 * The CLI runs in this process (main).
 */

let dir: string;
const WORKBOOK = readFileSync(join(FIXTURES, 'formats', '003.xlsx'));

beforeAll(() => {
  dir = workspace({ 'plan.txt': PLANS.noOwner, 'book.xlsx': WORKBOOK, 'd/book.xlsx': WORKBOOK, 'x/.keep': '' });
  for (const input of ['plan.txt', 'book.xlsx']) {
    symlinkSync(input, join(dir, `link-${input}`));
    linkSync(join(dir, input), join(dir, `hard-${input}`));
  }
  symlinkSync('d', join(dir, 'd-link'));
  mkdirSync(join(dir, 'd-hard'));
  linkSync(join(dir, 'd', 'book.xlsx'), join(dir, 'd-hard', 'book.xlsx'));
});
afterAll(() => removeWorkspace(dir));

/** Every file under the workspace with its bytes (links as their target, devices and FIFOs as what they are): what must not change. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = join(rel, entry.name);
      if (entry.isSymbolicLink()) files.set(path, `-> ${readlinkSync(join(dir, path))}`);
      else if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.set(path, readFileSync(join(dir, path)).toString('base64'));
      else files.set(path, entry.isFIFO() ? 'fifo' : 'device or socket');
    }
  };
  walk('');
  return files;
}

/** The ways one file is named again: itself, a symbolic link, a hard link, a path through another folder. */
const SAME_FILE = {
  direct: (name: string) => name,
  symlink: (name: string) => `link-${name}`,
  'hard link': (name: string) => `hard-${name}`,
  './x/../file': (name: string) => `./x/../${name}`,
};

/** Each writing command, with the input it reads and how its output is given. */
const WRITERS: Record<string, { input: string; args: (output: string) => string[] }> = {
  'lint -o': { input: 'plan.txt', args: (out) => ['lint', 'plan.txt', '--as-of', AS_OF, '-o', out] },
  'lint -f sarif -o': { input: 'plan.txt', args: (out) => ['lint', 'plan.txt', '--as-of', AS_OF, '-f', 'sarif', '-o', out] },
  'export -o (json)': { input: 'plan.txt', args: (out) => ['export', 'plan.txt', '-f', 'json', '-o', out] },
  'export -o (jsonl)': { input: 'plan.txt', args: (out) => ['export', 'plan.txt', '-f', 'jsonl', '-o', out] },
  'export -o (xlsx)': { input: 'book.xlsx', args: (out) => ['export', 'book.xlsx', '-f', 'xlsx', '-o', out] },
};

describe('an output that is one of the inputs', () => {
  const cases = Object.entries(WRITERS).flatMap(([command, writer]) => Object.entries(SAME_FILE).map(([how, name]) => ({ command, how, writer, output: name(writer.input) })));

  it.each(cases)('$command, output given as the input by $how: exit 2, nothing written', async ({ writer, output }) => {
    const before = snapshot();
    const r = await planlintInProcess([...writer.args(output), '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^planlint: output .+ is one of the inputs; refusing to write\n$/);
    expect(r.stdout).toBe('');
    expect(snapshot()).toEqual(before);
  });

  const folders = { direct: 'd', symlink: 'd-link', 'hard link': 'd-hard', './x/../folder': './x/../d' };
  it.each(Object.entries(folders))('export --out-dir, the ledger landing on the input by %s: exit 2, nothing written', async (_how, outDir) => {
    const before = snapshot();
    const r = await planlintInProcess(['export', 'd/book.xlsx', '--out-dir', outDir, '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^planlint: output .*book\.xlsx is one of the inputs; refusing to write\n$/);
    expect(snapshot()).toEqual(before);
  });
});

describe('outputs that are not regular files', () => {
  /** Read a FIFO into a file in the background, in another process, as a reader at the other end of a pipe would. */
  function drain(fifo: string, into: string): Promise<void> {
    const reader = spawn('sh', ['-c', 'cat "$0" > "$1"', fifo, into], { stdio: 'ignore' });
    return new Promise((resolve) => reader.on('exit', () => resolve()));
  }

  it('a FIFO is written in place and stays a FIFO (lint and export)', async () => {
    const fifo = join(dir, 'report.fifo');
    execFileSync('mkfifo', [fifo]);
    const lintRead = drain(fifo, join(dir, 'from-lint.json'));
    const linted = await planlintInProcess(['lint', 'plan.txt', '--as-of', AS_OF, '-f', 'json', '-o', 'report.fifo'], { cwd: dir });
    await lintRead;
    expect(linted.code).toBe(1);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'from-lint.json'), 'utf8')).documents[0].diagnostics[0].ruleId).toBe('missing-owner');

    const exportRead = drain(fifo, join(dir, 'from-export.jsonl'));
    const exported = await planlintInProcess(['export', 'plan.txt', '-f', 'jsonl', '-o', 'report.fifo'], { cwd: dir });
    await exportRead;
    expect(exported.code).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'from-export.jsonl'), 'utf8')).document.tasks).toHaveLength(2);
  });

  it('a character device is written, never renamed over: a device node of our own as root, then /dev/null', async () => {
    const devices = ['/dev/null'];
    if (process.getuid?.() === 0) {
      // As root a rename over a device succeeds: try it on a node of our own before /dev/null.
      const node = join(dir, 'null-device');
      execFileSync('mknod', [node, 'c', '1', '3']);
      devices.unshift(node);
    }
    for (const device of devices) {
      const before = statSync(device);
      const r = await planlintInProcess(['lint', 'plan.txt', '--as-of', AS_OF, '-o', device], { cwd: dir });
      expect([device, r.code, r.stderr]).toEqual([device, 1, '']);
      const after = lstatSync(device);
      expect(after.isCharacterDevice()).toBe(true);
      expect([after.ino, after.rdev]).toEqual([before.ino, before.rdev]);
    }
  });

  it('a socket and a folder are refused with exit 2, and left as they are', async () => {
    const socket = join(dir, 'report.sock');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const r = await planlintInProcess(['lint', 'plan.txt', '--as-of', AS_OF, '-o', 'report.sock', '--lang', 'en'], { cwd: dir });
      expect([r.code, r.stderr]).toEqual([2, 'planlint: output report.sock is a folder, a block device or a socket; refusing to write\n']);
      expect(lstatSync(socket).isSocket()).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const before = snapshot();
    const r = await planlintInProcess(['export', 'plan.txt', '-o', 'x', '--lang', 'en'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, 'planlint: output x is a folder, a block device or a socket; refusing to write\n']);
    expect(snapshot()).toEqual(before);
  });
});

describe('an output reached through a symbolic link', () => {
  it('is replaced where the link points; the link stays a link', async () => {
    copyFileSync(join(dir, 'plan.txt'), join(dir, 'old-report.txt'));
    symlinkSync('old-report.txt', join(dir, 'latest.txt'));
    const r = await planlintInProcess(['lint', 'plan.txt', '--as-of', AS_OF, '-f', 'json', '-o', 'latest.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(lstatSync(join(dir, 'latest.txt')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'old-report.txt'), 'utf8')).documents[0].file).toBe('plan.txt');
  });
});
