import { ReadError } from './types.js';

/** Messages from inside a library (or a JavaScript engine) that mean nothing to the person whose file it is. */
const INTERNAL = /Cannot read propert|is not a function|is not iterable|is not defined|undefined|null|Invalid array length|Invalid string length/i;

/**
 * A parser's exception as one line in planlint's words. A library's own short
 * message ("Cannot find Workbook stream") helps and is kept in brackets; its
 * TypeErrors from deep inside a damaged file do not and are left out.
 * Nesting deeper than the parsers' recursion reaches (20 000 <div>s, 5 000
 * '>'s) is what overflows the call stack: the file is refused as too complex.
 */
export function libraryError(error: unknown, damaged: string): ReadError {
  if (error instanceof ReadError) return error;
  if (error instanceof RangeError && /call stack/i.test(error.message))
    return new ReadError('too-large', 'the document nests elements too deeply to read');
  const line = (error instanceof Error ? error.message : String(error)).split('\n')[0].trim();
  const internal = error instanceof TypeError || error instanceof RangeError || line === '' || line.length > 80 || INTERNAL.test(line);
  return new ReadError('corrupt', internal ? damaged : `${damaged} (${line})`);
}
