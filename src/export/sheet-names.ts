import { NOT_IN_SHEET_NAME } from '../text/sheet-name.js';

/**
 * Names Excel accepts for sheets and file systems accept for workbooks,
 * made from text planlint does not control (unit names, input file names).
 */

/** Excel: at most 31 characters, none of []:*?/\, not blank, no apostrophe at either end, not "History". */
const MAX_SHEET_NAME = 31;
const RESERVED_SHEET_NAMES = new Set(['history']);

/** Longest file name kept, in UTF-8 bytes (file systems allow 255; room is left for a suffix and ".xlsx"). */
const MAX_FILE_NAME_BYTES = 200;
/** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
const NOT_IN_FILE_NAME = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Device names Windows reserves whatever the extension. */
const RESERVED_FILE_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A valid sheet name for `raw`, unique among `taken` (compared as Excel
 * does, ignoring case); the name is added to `taken`.
 */
export function sheetName(raw: string, taken: Set<string>, fallback = 'Sheet'): string {
  let base = raw.replace(NOT_IN_SHEET_NAME, '_').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '').trim();
  if (!base || RESERVED_SHEET_NAMES.has(base.toLowerCase())) base = base ? `${base}_` : fallback;
  return claim(base, taken, MAX_SHEET_NAME, (s) => s.length, (n) => ` (${n})`);
}

/**
 * The workbook name for an input: its base name without the extension, made
 * safe (no separators, no reserved characters or device names, no leading
 * dots), unique among `taken` ignoring case, ending in `extension`. The
 * result never names a folder: it cannot climb out of the output folder.
 */
export function outputFileName(input: string, taken: Set<string>, extension: string): string {
  const name = (input.split(/[\\/]/).pop() ?? '').replace(/^\.+/, '');
  const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
  return safeName(stem, 'ledger', taken, extension);
}

/** A folder name made safe the same way, unique among `taken` (which the folder's files share). */
export function outputFolderName(folder: string, taken: Set<string>): string {
  return safeName(folder.replace(/^\.+/, ''), 'folder', taken, '');
}

function safeName(stem: string, fallback: string, taken: Set<string>, ending: string): string {
  let base = stem.replace(NOT_IN_FILE_NAME, '_').replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '');
  if (!base) base = fallback;
  if (RESERVED_FILE_NAMES.test(base)) base = `_${base}`;
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
  return claim(base, taken, MAX_FILE_NAME_BYTES, bytes, (n) => `-${n}`, ending);
}

/** `base`, or `base` + a numbered suffix, cut to fit `max`, then `ending`; the whole name is claimed in `taken` (lower case). */
function claim(base: string, taken: Set<string>, max: number, size: (s: string) => number, suffix: (n: number) => string, ending = ''): string {
  for (let n = 1; ; n++) {
    const tail = n === 1 ? '' : suffix(n);
    const name = `${cut(base, max - size(tail), size)}${tail}${ending}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** The longest prefix of `text` within `max`, never splitting a character. */
function cut(text: string, max: number, size: (s: string) => number): string {
  if (size(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (size(out + ch) > max) break;
    out += ch;
  }
  return out.replace(/[\s.']+$/, '');
}
