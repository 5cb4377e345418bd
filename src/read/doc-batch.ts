import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { detectFormat } from './detect.js';
import { findSoffice, SofficeError, sofficeConvert } from './doc-soffice.js';
import { readFileBytes } from './file.js';

/**
 * Legacy .doc files converted many per LibreOffice start. Starting LibreOffice
 * costs seconds; converting one more file in a running one costs a fraction
 * of a second. A runner calls prepareDocs on the files of a batch before it
 * reads them; readDoc then finds each conversion here by the file's bytes.
 */

export interface DocBatchOptions {
  /** Files per LibreOffice start. */
  batchSize?: number;
  /** Time limits of a start: for LibreOffice to start and write its first file, and for each file after that. */
  timeoutMs?: number;
  perFileTimeoutMs?: number;
}

export interface PrepareDocsOptions extends DocBatchOptions {
  /** Files above this are left to the reader, which refuses them. */
  maxFileBytes?: number;
}

/** What prepareDocs did with a file: converted, or why LibreOffice could not convert it. */
export type DocOutcome = { ok: true } | { ok: false; reason: string };

/** A conversion: the .docx bytes, or why there are none. */
type Conversion = Uint8Array | string;

const DEFAULTS = { batchSize: 100, timeoutMs: 60_000, perFileTimeoutMs: 20_000 } as const;
const DOC_NAME = /\.doc$/i;

/**
 * Converts the .doc files among `paths` (by name, then by content) with as few
 * LibreOffice starts as batchSize allows, and keeps the results for readDoc.
 * Other paths, and files that cannot be read, are passed over: the reader
 * reports them. Without LibreOffice nothing is converted and the map is empty
 * (readDoc then reads .doc files as text). Never rejects.
 */
export async function prepareDocs(paths: Iterable<string>, options: PrepareDocsOptions = {}): Promise<Map<string, DocOutcome>> {
  const outcomes = new Map<string, DocOutcome>();
  const soffice = findSoffice();
  if (!soffice) return outcomes;
  const batchSize = options.batchSize ?? DEFAULTS.batchSize;
  // Files waiting for the next start, by content: copies of one file are converted once.
  let pending = new Map<string, { paths: string[]; bytes: Uint8Array }>();
  const flush = async () => {
    const waiting = [...pending];
    pending = new Map();
    let results: Conversion[];
    try {
      results = await convertDocs(soffice, waiting.map(([, file]) => file.bytes), options);
    } catch (error) {
      // No temp folder or no room in it: said for each file, and nothing kept, so readDoc tries again.
      const reason = `LibreOffice could not be run: ${(error as Error).message}`;
      for (const [, file] of waiting) for (const path of file.paths) outcomes.set(path, { ok: false, reason });
      return;
    }
    waiting.forEach(([key, file], k) => {
      remember(key, results[k]);
      for (const path of file.paths) outcomes.set(path, outcomeOf(results[k]));
    });
  };
  const seen = new Set<string>();
  for (const path of paths) {
    if (!DOC_NAME.test(path) || seen.has(path)) continue;
    seen.add(path);
    const bytes = await readFileBytes(path, options.maxFileBytes).catch(() => null);
    if (!bytes || detectFormat(bytes, path) !== 'doc') continue;
    const key = keyOf(bytes);
    const known = cache.get(key);
    const waiting = pending.get(key);
    if (known !== undefined) outcomes.set(path, outcomeOf(known));
    else if (waiting) waiting.paths.push(path);
    else pending.set(key, { paths: [path], bytes });
    if (pending.size >= batchSize) await flush();
  }
  if (pending.size) await flush();
  return outcomes;
}

function outcomeOf(conversion: Conversion): DocOutcome {
  return typeof conversion === 'string' ? { ok: false, reason: conversion } : { ok: true };
}

// ───────────────────────── the conversions kept for readDoc ─────────────────────────

/** Enough for the batches of a worker; the oldest go first, and a file no longer here is converted on its own. */
const MAX_CACHED_BYTES = 64 * 1024 * 1024;
const cache = new Map<string, Conversion>();
let cachedBytes = 0;

const sizeOf = (conversion: Conversion) => (typeof conversion === 'string' ? conversion.length : conversion.byteLength);

function keyOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64');
}

function remember(key: string, conversion: Conversion): void {
  const old = cache.get(key);
  if (old !== undefined) cachedBytes -= sizeOf(old);
  cache.delete(key);
  cache.set(key, conversion);
  cachedBytes += sizeOf(conversion);
  for (const [oldest, value] of cache) {
    if (cachedBytes <= MAX_CACHED_BYTES) break;
    cache.delete(oldest);
    cachedBytes -= sizeOf(value);
  }
}

/** A conversion made elsewhere (another thread or process converted the file), kept for readDoc like prepareDocs' own. */
export function rememberConversion(doc: Uint8Array, docx: Uint8Array): void {
  remember(keyOf(doc), docx);
}

/** The conversion prepareDocs made of these bytes: the .docx, or why LibreOffice failed; undefined if none was made. */
export function preparedConversion(bytes: Uint8Array): Conversion | undefined {
  return cache.size ? cache.get(keyOf(bytes)) : undefined;
}

// ───────────────────────── batches ─────────────────────────

/**
 * .doc bytes → .docx bytes (or why not), in order, `batchSize` files per
 * LibreOffice start, in a private temp folder that is removed whatever happens.
 */
export async function convertDocs(soffice: string, docs: readonly Uint8Array[], options: DocBatchOptions = {}): Promise<Conversion[]> {
  if (!docs.length) return [];
  const settings = {
    batchSize: options.batchSize ?? DEFAULTS.batchSize,
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    perFileTimeoutMs: options.perFileTimeoutMs ?? DEFAULTS.perFileTimeoutMs,
  };
  const dir = await mkdtemp(join(tmpdir(), 'planlint-doc-'));
  try {
    const inputs = await Promise.all(
      docs.map(async (bytes, k) => {
        const input = join(dir, `${k + 1}.doc`);
        await writeFile(input, bytes);
        return input;
      }),
    );
    const results: Conversion[] = [];
    for (let start = 0; start < inputs.length; start += settings.batchSize) {
      const batch = inputs.slice(start, start + settings.batchSize);
      results.push(...(await convertBatch(soffice, batch, join(dir, `out-${start + 1}`), settings)));
    }
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * One LibreOffice start for `inputs`. When the run dies part-way (a file hung
 * it past its time limit, or crashed it), the files it had not converted are
 * converted one per start, so that only the file at fault fails.
 */
async function convertBatch(soffice: string, inputs: string[], outDir: string, settings: Required<DocBatchOptions>): Promise<Conversion[]> {
  let failure: SofficeError | null = null;
  try {
    await sofficeConvert(soffice, inputs, outDir, { firstFileMs: settings.timeoutMs, nextFileMs: settings.perFileTimeoutMs });
  } catch (error) {
    failure = error instanceof SofficeError ? error : new SofficeError(String(error), false);
  }
  const outputs: Conversion[] = await Promise.all(inputs.map((input) => readOutput(outDir, input, failure)));
  if (!failure || inputs.length === 1) return outputs;
  for (const [k, output] of outputs.entries()) {
    if (typeof output === 'string') [outputs[k]] = await convertBatch(soffice, [inputs[k]], `${outDir}-${k + 1}`, settings);
  }
  return outputs;
}

/** LibreOffice names its output after the input: 12.doc → 12.docx. */
async function readOutput(outDir: string, input: string, failure: SofficeError | null): Promise<Conversion> {
  const name = `${basename(input).replace(DOC_NAME, '')}.docx`;
  try {
    return new Uint8Array(await readFile(join(outDir, name)));
  } catch {
    return failure ? failure.message : 'LibreOffice wrote no .docx';
  }
}
