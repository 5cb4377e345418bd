import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Lang } from '../i18n/format.js';
import { readFileBytes } from '../read/file.js';
import { say } from '../report/context.js';

/** The file endings planlint reads when it searches a directory. */
export const SUPPORTED_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'docx', 'doc', 'xlsx', 'xls', 'ods', 'csv', 'tsv', 'html', 'htm'];

/** Never searched: tool and dependency folders. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/** Workbooks a search finds are looked into: planlint's own ledgers are outputs, not plans. */
const LEDGER_EXTENSION = /\.xlsx$/i;

export interface Inputs {
  /** Files to process, relative to cwd where possible, sorted and unique. */
  files: string[];
  /** Arguments that named nothing (no such file, a glob that matched nothing). */
  missing: string[];
  /** Folders and globs that found nothing to check: every file unsupported, ignored or planlint's own output. */
  empty: Array<{ pattern: string; skipped: number }>;
  /** planlint's own ledgers a search found and left out. */
  ownOutputs: string[];
}

/**
 * Paths, directories and globs → files. Directories are searched for
 * supported files; `.planlintignore` (gitignore syntax) in cwd filters what a
 * search finds (so do the config's `ignorePatterns`), and so does a
 * workbook's own record of planlint having written it — while a file named
 * outright is always processed.
 */
export async function expandInputs(patterns: readonly string[], cwd: string, ignorePatterns: readonly string[] = []): Promise<Inputs> {
  let ignorer: { ignores(path: string): boolean } | null = null;
  const inputs: Inputs = { files: [], missing: [], empty: [], ownOutputs: [] };
  const files = new Set<string>();
  const ownOutputs = new Set<string>();
  for (const pattern of patterns) {
    const found = await expandOne(pattern, cwd);
    if (found === null) {
      inputs.missing.push(pattern);
      continue;
    }
    let kept = 0;
    for (const file of found.files) {
      const rel = relative(cwd, resolve(cwd, file));
      const name = rel.startsWith('..') ? resolve(cwd, file) : rel;
      if (found.searched) {
        if (!(await isPlainFileWithin(resolve(cwd, file), found.root))) continue;
        ignorer ??= await loadIgnorer(cwd, ignorePatterns);
        if (!rel.startsWith('..') && ignorer.ignores(rel)) continue;
        if (LEDGER_EXTENSION.test(name) && (await isPlanlintLedger(resolve(cwd, file)))) {
          ownOutputs.add(name);
          continue;
        }
      }
      files.add(name);
      kept++;
    }
    if (kept === 0) {
      if (found.searched) inputs.empty.push({ pattern, skipped: found.files.length });
      else inputs.missing.push(pattern);
    }
  }
  inputs.files = [...files].sort();
  inputs.ownOutputs = [...ownOutputs].sort();
  return inputs;
}

/** Globbing and .planlintignore load only when a directory or a glob is given. */
async function expandOne(pattern: string, cwd: string): Promise<{ files: string[]; searched: boolean; root: string } | null> {
  const absolute = resolve(cwd, pattern);
  const info = await stat(absolute).catch(() => null);
  // Named outright, anything but a folder is read, and the reader refuses what is not a regular file in its own words.
  if (info && !info.isDirectory()) return { files: [pattern], searched: false, root: cwd };
  const { glob, isDynamicPattern } = await import('tinyglobby');
  if (info?.isDirectory()) {
    const files = await glob(`**/*.{${SUPPORTED_EXTENSIONS.join(',')}}`, { cwd: absolute, ignore: ALWAYS_IGNORED, caseSensitiveMatch: false });
    return { files: files.map((f) => join(pattern, f)), searched: true, root: await realpath(absolute) };
  }
  if (isDynamicPattern(pattern)) {
    const files = await glob(pattern, { cwd, ignore: ALWAYS_IGNORED, onlyFiles: true });
    return files.length > 0 ? { files, searched: true, root: await realpath(cwd) } : null;
  }
  return null;
}

/**
 * What a search finds is read only when it is a regular file, and a symbolic
 * link only when it leads to one inside the searched folder: a link to
 * /dev/zero, a FIFO, or /etc/passwd dropped in a downloads folder is not a
 * plan. (A file named outright is read whatever it is, and refused there if
 * it is not a regular file.)
 */
async function isPlainFileWithin(path: string, root: string): Promise<boolean> {
  const info = await lstat(path).catch(() => null);
  if (!info) return false;
  if (!info.isSymbolicLink()) return info.isFile();
  const target = await realpath(path).catch(() => null);
  if (target === null || !(await stat(target).catch(() => null))?.isFile()) return false;
  const inside = relative(root, target);
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}

async function loadIgnorer(cwd: string, ignorePatterns: readonly string[]): Promise<{ ignores(path: string): boolean }> {
  const { default: ignore } = await import('ignore');
  return ignore()
    .add(await readFile(join(cwd, '.planlintignore'), 'utf8').catch(() => ''))
    .add([...ignorePatterns]);
}

async function isPlanlintLedger(path: string): Promise<boolean> {
  const bytes = await readFileBytes(path).catch(() => null);
  if (bytes === null) return false;
  // Loaded only for a workbook a search finds: it brings an XML parser and the unzipper.
  const { writtenByPlanlint } = await import('../read/provenance.js');
  return writtenByPlanlint(bytes);
}

/**
 * Say on stderr what the inputs left out: planlint's own ledgers skipped and
 * — unless `errorOnUnmatched` is off (--no-error-on-unmatched-pattern, as in
 * ESLint) — each argument that matched nothing. `ok` is false when one did:
 * a run that checked less than it was asked to (a renamed plans/ folder)
 * must not pass. `nothing`: no file is left to check.
 */
export function reportInputs(inputs: Inputs, lang: Lang, errorOnUnmatched: boolean): { ok: boolean; nothing: boolean } {
  const line = (text: string) => process.stderr.write(`planlint: ${text}\n`);
  for (const file of inputs.ownOutputs) line(say({ lang }, 'skippedOwnOutput', { file }));
  if (errorOnUnmatched) {
    for (const path of inputs.missing) line(say({ lang }, 'missingInput', { path }));
    for (const { pattern, skipped } of inputs.empty) line(say({ lang }, 'noFilesIn', { path: pattern, skipped, extensions: SUPPORTED_EXTENSIONS.join(', ') }));
  }
  const unmatched = inputs.missing.length + inputs.empty.length > 0;
  return { ok: !(errorOnUnmatched && unmatched), nothing: inputs.files.length === 0 };
}
