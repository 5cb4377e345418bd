import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, ensureBuilt } from '../support/cli.js';
import { SEEDS } from '../support/seeds.js';

/**
 * Issue 13, start-up: a command loads only what it and the input's format
 * need. What a run loaded is read from the run itself (test/support/load-trace.mjs:
 * the bundle's files and Node's built-in modules), and what each bundle file
 * holds from the build's record of it (dist/cli/chunks.json).
 */

const CLI = join(ROOT, 'dist', 'cli');
let holds: Record<string, string[]>;

beforeAll(() => {
  ensureBuilt();
  holds = JSON.parse(readFileSync(join(CLI, 'chunks.json'), 'utf8')) as Record<string, string[]>;
});

/** What a run of the built CLI loaded: the lines test/support/load-trace.mjs wrote. */
function traced(args: readonly string[], sources: boolean, exitCode: number): string[] {
  const trace = join(tmpdir(), `planlint-load-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  try {
    const run = spawnSync(process.execPath, ['--import', join(ROOT, 'test', 'support', 'load-trace.mjs'), BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, LOAD_TRACE_FILE: trace, LOAD_TRACE_SOURCES: sources ? '1' : '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(exitCode);
    return readFileSync(trace, 'utf8').split('\n').filter(Boolean);
  } finally {
    rmSync(trace, { force: true });
  }
}

/** The source modules (by the bundle files loaded) and Node's built-in modules a run loaded; two runs, as the loader hook that lists files loads built-ins of its own. */
function loadedBy(args: readonly string[], exitCode = 0): { sources: string[]; builtins: string[] } {
  const files = traced(args, true, exitCode).map((url) => fileURLToPath(url));
  const chunks = files.filter((file) => file.startsWith(CLI)).map((file) => file.slice(CLI.length + 1));
  for (const chunk of chunks) expect(holds[chunk], `${chunk} is in dist/cli/chunks.json`).toBeDefined();
  return { sources: [...new Set(chunks.flatMap((chunk) => holds[chunk]))], builtins: traced(args, false, exitCode) };
}

const under = (sources: readonly string[], folder: string) => sources.filter((source) => source.startsWith(folder));
const OTHER_READERS = ['src/read/markdown.ts', 'src/read/html.ts', 'src/read/docx.ts', 'src/read/doc.ts', 'src/read/sheet.ts', 'src/read/doc-batch.ts', 'src/read/provenance.ts'];
/** Built-ins a plain lint of a few files has no use for: LibreOffice's child processes, hashing, worker threads, inflating. (net is loaded by Node itself when stdout is a pipe.) */
const UNUSED_BUILTINS = ['child_process', 'crypto', 'worker_threads', 'zlib', 'dgram'];

describe('what a command loads', () => {
  it('--version loads no argument parser and no command', () => {
    const { sources } = loadedBy(['--version']);
    expect(sources.filter((source) => source !== 'src/cli/bin.ts' && source !== 'src/version.ts')).toEqual([]);
  });

  it('--help loads no command: no reading, extraction or rules', () => {
    const { sources } = loadedBy(['lint', '--help']);
    expect(sources).toContain('src/cli/main.ts');
    for (const folder of ['src/read/', 'src/extract/', 'src/rules/', 'src/lexicon/', 'src/run/']) expect(under(sources, folder), folder).toEqual([]);
  });

  it('a usage error loads no command either', () => {
    const { sources } = loadedBy(['lint', '--no-such-option'], 2);
    expect(under(sources, 'src/extract/')).toEqual([]);
  });

  it('lint of a text file loads no other reader, no export and no unused built-in', () => {
    const { sources, builtins } = loadedBy(['lint', `fixtures/${SEEDS[0]}.txt`], 1);
    expect(sources).toContain('src/read/text.ts');
    expect(under(sources, 'src/extract/').length).toBeGreaterThan(10);
    for (const reader of OTHER_READERS) expect(sources).not.toContain(reader);
    expect(sources).not.toContain('src/export/xlsx.ts');
    expect(sources.filter((source) => source.startsWith('node_modules/') && !source.startsWith('node_modules/commander/'))).toEqual([]);
    for (const builtin of UNUSED_BUILTINS) expect(builtins).not.toContain(builtin);
  });

  it('lint of a Markdown file loads the Markdown reader but not the HTML one (no raw HTML in it)', () => {
    const { sources, builtins } = loadedBy(['lint', 'fixtures/formats/004.md'], 1);
    expect(sources).toContain('src/read/markdown.ts');
    expect(sources).not.toContain('src/read/html.ts');
    expect(under(sources, 'node_modules/parse5/')).toEqual([]);
    for (const builtin of UNUSED_BUILTINS) expect(builtins).not.toContain(builtin);
  });
});

describe('the bundle', () => {
  it('is ASCII throughout: one Chinese character would make Node decode and V8 keep a whole chunk two bytes a character', () => {
    const files = readdirSync(CLI, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mjs'));
    expect(files.length).toBeGreaterThan(10);
    for (const name of files) expect(/[^\x00-\x7f]/.test(readFileSync(join(CLI, name), 'latin1')), name).toBe(false);
  });
});
