import { parseFile, parseStream, type ParseOptions, type Parsed } from '../parse.js';

/** Parse files one after another, reading the next file while the current one is parsed. */
export async function* parseAll(files: readonly string[], options: ParseOptions): AsyncGenerator<Parsed> {
  let next: Promise<Parsed> | null = files.length > 0 ? parseFile(files[0], options) : null;
  for (let k = 0; k < files.length; k++) {
    const current = next!;
    next = k + 1 < files.length ? parseFile(files[k + 1], options) : null;
    yield await current;
  }
}

/** `--stdin`: the whole of standard input as one document. */
export async function parseStdin(fileName: string, options: ParseOptions): Promise<Parsed> {
  return parseStream(process.stdin, fileName, options);
}
