/**
 * The readers under fuzzing: random bytes and real seeds (fixtures/) mutated
 * byte by byte, or part by part inside their ZIP. The invariant: a reader
 * gives Blocks or throws a ReadError of one line, never another exception,
 * never a library's internal message. Used by the small runs in `npm test`
 * (test/fuzz/*.test.ts) and the long one in `npm run fuzz` (scripts/fuzz.mjs).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { readDocText } from '../../src/read/doc.js';
import { readDocx } from '../../src/read/docx.js';
import { readHtml } from '../../src/read/html.js';
import { readMarkdown } from '../../src/read/markdown.js';
import { readSheet } from '../../src/read/sheet.js';
import { readText } from '../../src/read/text.js';
import { ReadError, type Reader } from '../../src/read/types.js';

interface Seed {
  name: string;
  bytes: Uint8Array;
  /** The inflated parts, for seeds that are ZIP containers. */
  parts?: Record<string, Uint8Array>;
}

export interface FuzzTarget {
  reader: Reader;
  seeds: Seed[];
  /** Byte strings worth splicing in for this format: its own syntax at its edges. */
  tokens: string[];
}

const fixture = (path: string): Seed => {
  const bytes = new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)));
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  return { name: path.split('/').pop()!, bytes, parts: isZip ? unzipSync(bytes) : undefined };
};

const TEXT_TOKENS = ['、', '，', '一、', '（一）', '1.', '责任单位：', '完成时限：', '2021年12月底前', '\t', '\r\n', '\u001b]0;x\u0007', '\u001b[2J', '\uFEFF', '\u0000', '\ud800', '总', '其中', ' '.repeat(64)];

export const TARGETS: Record<string, FuzzTarget> = {
  text: {
    reader: readText,
    seeds: ['000_d5898165c5e6b752.txt', 'formats/001-gb18030.txt', 'formats/002-big5.txt', 'formats/004-utf16le.txt'].map(fixture),
    tokens: TEXT_TOKENS,
  },
  markdown: {
    reader: readMarkdown,
    seeds: ['formats/004.md', 'formats/003.md'].map(fixture),
    tokens: [...TEXT_TOKENS, '|', '| --- |', '\n|a|b|\n|-|-|\n', '```', '<!-- planlint-disable -->', '<table><tr><td rowspan=0>', '# ', '> ', '* ', '[x]: <', '<div>'],
  },
  html: {
    reader: readHtml,
    seeds: ['html/plan.html', 'html/plan-gbk.html'].map(fixture),
    tokens: [...TEXT_TOKENS, '<table>', '<tr>', '<td rowspan=0 colspan=1000>', '<td rowspan=65534>', '</table>', '<br>', '<p>', '<pre>', '<!--', '<meta charset=big5>', '&#0;', '&nbsp;', '<caption>'],
  },
  docx: {
    reader: readDocx,
    seeds: ['formats/000.docx', 'formats/003.docx'].map(fixture),
    tokens: ['<w:p>', '</w:p>', '<w:tc>', '<w:gridSpan w:val="1000"/>', '<w:vMerge/>', '<w:vMerge w:val="restart"/>', '<w:numPr><w:ilvl w:val="8"/><w:numId w:val="1"/></w:numPr>', '<!DOCTYPE x>', '&amp;', '<w:tbl>', '<w:tr>', '\u0000'],
  },
  doc: {
    reader: (bytes) => readDocText(bytes),
    seeds: ['formats/000.doc'].map(fixture),
    tokens: ['\t', '\r', '\u0007', '\u0000\u0000\u0000\u0000', '\xff\xff\xff\xff', '\xfe\xff\xff\xff'],
  },
  sheet: {
    reader: readSheet,
    seeds: ['sheets/tasks.xlsx', 'sheets/tasks.ods', 'sheets/tasks.xls', 'sheets/tasks.tsv', 'sheets/tasks-gb18030.csv', 'formats/003.csv'].map(fixture),
    tokens: [',', '"', '\n', ',,,,,,,,', '<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>', '<mergeCell ref="A1:XFD1048576"/>', '<dimension ref="A1:XFD1048576"/>', 'table:number-columns-repeated="16384"', 'table:number-rows-repeated="1048576"', '<table:table-row>', '=cmd|', '\u0000'],
  },
};

/** The names the readers are called with: the extension still steers sheet.ts between CSV, TSV and SheetJS. */
const SHEET_NAMES = ['tasks.xlsx', 'tasks.ods', 'tasks.xls', 'tasks.tsv', 'tasks.csv'];

/** Inputs stay small so a case costs milliseconds; a repeated slice can still grow one to this size. */
const MAX_INPUT = 64 * 1024;

export type Edit = { op: 'flip' | 'insert' | 'delete' | 'repeat' | 'truncate' | 'token'; at: number; size: number; value: number };

const edit: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom('flip', 'insert', 'delete', 'repeat', 'truncate', 'token'),
  at: fc.nat(),
  size: fc.nat({ max: 4096 }),
  value: fc.nat(),
});

export function applyEdit(bytes: Uint8Array, e: Edit, tokens: string[]): Uint8Array {
  const at = bytes.length === 0 ? 0 : e.at % bytes.length;
  const join = (...chunks: Uint8Array[]): Uint8Array => {
    const total = Math.min(MAX_INPUT, chunks.reduce((n, c) => n + c.length, 0));
    const out = new Uint8Array(total);
    let offset = 0;
    for (const c of chunks) {
      const take = Math.min(c.length, total - offset);
      out.set(c.subarray(0, take), offset);
      offset += take;
    }
    return out;
  };
  switch (e.op) {
    case 'flip': {
      const out = bytes.slice();
      if (out.length > 0) out[at] ^= 1 << (e.value % 8);
      return out;
    }
    case 'insert':
      return join(bytes.subarray(0, at), Uint8Array.from({ length: e.size % 64 }, (_, i) => (e.value >>> (i % 24)) & 0xff), bytes.subarray(at));
    case 'delete':
      return join(bytes.subarray(0, at), bytes.subarray(at + e.size));
    case 'repeat': {
      const slice = bytes.subarray(at, at + 1 + (e.size % 256));
      return join(bytes.subarray(0, at), ...Array.from({ length: 1 + (e.value % 500) }, () => slice), bytes.subarray(at));
    }
    case 'truncate':
      return bytes.subarray(0, at);
    case 'token': {
      const token = Buffer.from(tokens[e.value % tokens.length]);
      return join(bytes.subarray(0, at), ...Array.from({ length: 1 + (e.size % 50) }, () => token), bytes.subarray(at));
    }
  }
}

export interface FuzzCase {
  bytes: Uint8Array;
  fileName: string;
  /** How the case was made, to reproduce it by hand. */
  how: string;
}

/** fast-check prints a failing case by how it was made, not as its (kilobytes of) bytes. */
function described(c: FuzzCase): FuzzCase {
  return Object.assign(c, { [fc.toStringMethod]: () => `${c.fileName}: ${c.how} (${c.bytes.length} bytes)` });
}

/** Random bytes, a seed with byte edits, or (ZIP seeds) a seed with one part edited and the archive rebuilt. */
export function fuzzCases(target: FuzzTarget, kind: string): fc.Arbitrary<FuzzCase> {
  const names = kind === 'sheet' ? SHEET_NAMES : [`case.${kind === 'markdown' ? 'md' : kind === 'text' ? 'txt' : kind}`];
  const name = fc.constantFrom(...names);
  const random = fc.record({ bytes: fc.uint8Array({ maxLength: 2048 }), fileName: name }).map((c) => ({ ...c, how: 'random bytes' }));
  const seed = fc.nat({ max: target.seeds.length - 1 }).map((i) => target.seeds[i]);
  const edits = fc.array(edit, { minLength: 1, maxLength: 6 });
  const mutated = fc.record({ seed, edits, fileName: name }).map(({ seed, edits, fileName }) => ({
    bytes: edits.reduce((b, e) => applyEdit(b, e, target.tokens), seed.bytes),
    fileName: kind === 'sheet' ? seed.name : fileName,
    how: `${seed.name} with ${JSON.stringify(edits)}`,
  }));
  const zipSeeds = target.seeds.filter((s) => s.parts);
  if (zipSeeds.length === 0) return fc.oneof(random, mutated).map(described);
  const inPart = fc
    .record({ seed: fc.nat({ max: zipSeeds.length - 1 }).map((i) => zipSeeds[i]), part: fc.nat(), edits })
    .map(({ seed, part, edits }) => {
      const names = Object.keys(seed.parts!);
      const which = names[part % names.length];
      const parts = { ...seed.parts!, [which]: edits.reduce((b, e) => applyEdit(b, e, target.tokens), seed.parts![which]) };
      return { bytes: zipSync(parts), fileName: seed.name, how: `${seed.name}:${which} with ${JSON.stringify(edits)}` };
    });
  return fc.oneof(random, mutated, inPart).map(described);
}

/** Library messages that must never reach the user as they are. */
const RAW_MESSAGE = /Cannot read propert|is not a function|is not iterable|is not defined|undefined|Maximum call stack|Invalid array length|Invalid string length|out of memory/i;

/**
 * One case through the reader. Resolves when the invariant holds (Blocks, or
 * a one-line ReadError in planlint's words); throws, naming the case, when not.
 */
export async function checkCase(target: FuzzTarget, c: FuzzCase): Promise<'model' | 'file-error'> {
  try {
    const result = await target.reader(c.bytes, { fileName: c.fileName });
    if (!Array.isArray(result.blocks)) throw new Error('no blocks');
    return 'model';
  } catch (error) {
    if (error instanceof ReadError && !error.message.includes('\n') && !RAW_MESSAGE.test(error.message)) return 'file-error';
    const what = error instanceof ReadError ? `ReadError with a raw message: ${error.message}` : `${(error as Error)?.stack?.split('\n').slice(0, 8).join('\n') ?? String(error)}`;
    throw new Error(`${c.fileName} (${c.how.slice(0, 300)}): ${what}`);
  }
}

/** fast-check's property over one reader. */
export function readerProperty(kind: string): fc.IAsyncPropertyWithHooks<[FuzzCase]> {
  const target = TARGETS[kind];
  return fc.asyncProperty(fuzzCases(target, kind), async (c) => {
    await checkCase(target, c);
  });
}

/** The case count for `npm test`: small, so each reader's file runs in a few seconds. */
export const TEST_RUNS = 150;
