import * as XLSX from 'xlsx';
import { ReadError } from './types.js';

/**
 * The one stream of an .xls that holds the plan: the BIFF record stream
 * ("Workbook", or "Book" for BIFF5), taken out of its compound file and
 * checked record by record, so that SheetJS reads that stream alone. The
 * rest of the container never reaches it: its document-property parser
 * believes a property set's count (a mutated SummaryInformation claiming
 * 3.7 billion properties in 104 bytes grows an array until the process
 * aborts), and nothing of the plan is in those streams.
 */

const BOF = new Set([0x0809, 0x0409, 0x0209, 0x0009]);
const EOF = 0x000a;
const CONTINUE = 0x003c;
/**
 * Hyperlink records: SheetJS visits every cell of the range each one names,
 * 65,536 × 65,536 of them for one record a few bytes long. A plan's text
 * never depends on them, so they are left out of the stream (with the
 * CONTINUE records that extend them).
 */
const LEFT_OUT = new Set([0x01b8 /* HLINK */, 0x0800 /* HLINKTOOLTIP */]);

type Stream = { content?: Uint8Array | number[] };
type Cfb = { FullPaths?: string[]; FileIndex?: Stream[] };

/** The container's streams as SheetJS's compound-file reader lists them (its header is checked by compound-file.ts first). */
export function readCompoundFile(bytes: Uint8Array): Cfb {
  return XLSX.CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' }) as Cfb;
}

/** The workbook's record stream out of its container, checked (see checkedRecordStream). */
export function workbookStream(cfb: Cfb, damaged: string): Uint8Array {
  const entry = (XLSX.CFB.find(cfb, '/Workbook') ?? XLSX.CFB.find(cfb, '/Book')) as Stream | null;
  if (!entry?.content || entry.content.length === 0) throw new ReadError('corrupt', `${damaged}: it holds no workbook stream`);
  return checkedRecordStream(Uint8Array.from(entry.content), damaged);
}

/**
 * A BIFF record stream whose records each fit in it, without the records
 * left out above. It must open with a BOF record; a record that runs past the
 * stream's end refuses the file, unless every substream is already closed
 * (what follows the last EOF is padding or junk, and is cut). A stream with
 * nothing to leave out is returned as it is.
 */
export function checkedRecordStream(stream: Uint8Array, damaged: string): Uint8Array {
  const refuse = (why: string): never => {
    throw new ReadError('corrupt', `${damaged}: ${why}`);
  };
  const u16 = (at: number): number => stream[at] | (stream[at + 1] << 8);
  if (stream.length < 4 || !BOF.has(u16(0))) refuse('its workbook stream does not start with a BOF record');
  const kept: Uint8Array[] = [];
  let copyFrom = 0;
  let depth = 0;
  let closed = false;
  let leavingOut = false;
  let at = 0;
  while (at + 4 <= stream.length) {
    const type = u16(at);
    const end = at + 4 + u16(at + 2);
    if (end > stream.length) {
      if (closed) break;
      refuse(`a record at byte ${at} of its workbook stream runs ${end - stream.length} bytes past the stream's end`);
    }
    if (BOF.has(type)) {
      depth++;
      closed = false;
    } else if (type === EOF && depth > 0) closed = --depth === 0;
    const leaveOut: boolean = LEFT_OUT.has(type) || (leavingOut && type === CONTINUE);
    if (leaveOut && !leavingOut) kept.push(stream.subarray(copyFrom, at));
    if (!leaveOut && leavingOut) copyFrom = at;
    leavingOut = leaveOut;
    at = end;
  }
  if (at < stream.length && !closed) refuse(`its workbook stream ends inside a record header at byte ${at}`);
  if (!leavingOut) kept.push(stream.subarray(copyFrom, at));
  if (kept.length === 1 && at === stream.length) return stream;
  return Buffer.concat(kept);
}
