import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

/** The file endings planlint reads when it searches a directory. */
export const SUPPORTED_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'docx', 'doc', 'xlsx', 'xls', 'ods', 'csv', 'tsv', 'html', 'htm'];

/** Never searched: tool and dependency folders. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface Inputs {
  /** Files to process, relative to cwd where possible, sorted and unique. */
  files: string[];
  /** Arguments that named nothing: each is reported and makes the exit code 2. */
  missing: string[];
}

/**
 * Paths, directories and globs → files. Directories are searched for
 * supported files; `.planlintignore` (gitignore syntax) in cwd filters what a
 * search finds (so do the config's `ignorePatterns`), while a file named
 * outright is always processed.
 */
export async function expandInputs(patterns: readonly string[], cwd: string, ignorePatterns: readonly string[] = []): Promise<Inputs> {
  let ignorer: { ignores(path: string): boolean } | null = null;
  const files = new Set<string>();
  const missing: string[] = [];
  for (const pattern of patterns) {
    const found = await expandOne(pattern, cwd);
    if (found === null) {
      missing.push(pattern);
      continue;
    }
    for (const file of found.files) {
      const rel = relative(cwd, resolve(cwd, file));
      if (found.searched && !rel.startsWith('..')) {
        ignorer ??= await loadIgnorer(cwd, ignorePatterns);
        if (ignorer.ignores(rel)) continue;
      }
      files.add(rel.startsWith('..') ? resolve(cwd, file) : rel);
    }
    if (found.files.length === 0 && !found.searched) missing.push(pattern);
  }
  return { files: [...files].sort(), missing };
}

/** Globbing and .planlintignore load only when a directory or a glob is given. */
async function expandOne(pattern: string, cwd: string): Promise<{ files: string[]; searched: boolean } | null> {
  const absolute = resolve(cwd, pattern);
  const info = await stat(absolute).catch(() => null);
  if (info?.isFile()) return { files: [pattern], searched: false };
  const { glob, isDynamicPattern } = await import('tinyglobby');
  if (info?.isDirectory()) {
    const files = await glob(`**/*.{${SUPPORTED_EXTENSIONS.join(',')}}`, { cwd: absolute, ignore: ALWAYS_IGNORED, caseSensitiveMatch: false });
    return { files: files.map((f) => join(pattern, f)), searched: true };
  }
  if (isDynamicPattern(pattern)) {
    const files = await glob(pattern, { cwd, ignore: ALWAYS_IGNORED, onlyFiles: true });
    return files.length > 0 ? { files, searched: true } : null;
  }
  return null;
}

async function loadIgnorer(cwd: string, ignorePatterns: readonly string[]): Promise<{ ignores(path: string): boolean }> {
  const { default: ignore } = await import('ignore');
  return ignore()
    .add(await readFile(join(cwd, '.planlintignore'), 'utf8').catch(() => ''))
    .add([...ignorePatterns]);
}
