import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { SHEET_NAMES } from '../export/ledger.js';
import { outputFileName, outputFolderName } from '../export/sheet-names.js';

/** Where --out-dir writes: a workbook per input, and one listing the inputs that failed. */
export interface LedgerTargets {
  ledgers: string[];
  failures: string;
}

/**
 * --out-dir: each input's ledger, at the place the input has under the
 * deepest folder holding every input, mirrored under `dir` — so
 * plans/a/实施方案.docx and plans/b/实施方案.docx become dir/a/实施方案.xlsx
 * and dir/b/实施方案.xlsx, not 实施方案.xlsx and 实施方案-2.xlsx. Folder and
 * file names are made safe and unique in their folder, ignoring case (names
 * that differ only in case are one name on Windows and macOS); the failure
 * list takes a name no ledger took at the top. `inputs` are absolute paths.
 * Every path is computed once: the work grows with the inputs, not with
 * their square.
 */
export function mirroredLedgerPaths(inputs: readonly string[], dir: string): LedgerTargets {
  const root = commonFolder(inputs);
  const folders = new Map<string, string>([[root, dir]]);
  const names = new Map<string, Set<string>>();
  const taken = (folder: string) => {
    const key = folder.toLowerCase();
    let set = names.get(key);
    if (!set) names.set(key, (set = new Set()));
    return set;
  };
  const folderFor = (source: string): string => {
    let out = folders.get(source);
    if (out === undefined) {
      const parent = folderFor(dirname(source));
      out = join(parent, outputFolderName(basename(source), taken(parent)));
      folders.set(source, out);
    }
    return out;
  };
  const inside = (path: string) => {
    const rel = relative(dir, path);
    if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`ledger name outside the output folder: ${path}`);
    return path;
  };
  const ledgers = inputs.map((input) => {
    const folder = folderFor(dirname(input));
    return inside(join(folder, outputFileName(basename(input), taken(folder), '.xlsx')));
  });
  return { ledgers, failures: inside(join(dir, outputFileName(SHEET_NAMES.failures, taken(dir), '.xlsx'))) };
}

/** The deepest folder that holds every path. */
function commonFolder(paths: readonly string[]): string {
  if (paths.length === 0) return sep;
  let common = dirname(paths[0]).split(sep);
  for (const path of paths) {
    const parts = dirname(path).split(sep);
    let k = 0;
    while (k < common.length && k < parts.length && common[k] === parts[k]) k++;
    common = common.slice(0, k);
  }
  return common.join(sep) || sep;
}
