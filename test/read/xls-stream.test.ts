import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../src/read/sheet.js';
import { checkedRecordStream } from '../../src/read/xls-stream.js';
import { ReadError } from '../../src/read/types.js';
import { fixture, measured } from './hostile.js';

/** The streams of a real .xls (written by SheetJS: Workbook, SummaryInformation and its own marker). */
function streamsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  const cfb = XLSX.CFB.read(Buffer.from(bytes), { type: 'buffer' }) as { FullPaths: string[]; FileIndex: Array<{ type: number; content: Uint8Array }> };
  const streams = new Map<string, Uint8Array>();
  cfb.FileIndex.forEach((entry, i) => entry.type === 2 && streams.set(cfb.FullPaths[i].replace(/^[^/]*\//, ''), Uint8Array.from(entry.content)));
  return streams;
}

/** A compound file holding these streams. */
function compoundFile(streams: Map<string, Uint8Array>): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new({ root: 'R' });
  for (const [name, content] of streams) XLSX.CFB.utils.cfb_add(cfb, `/${name}`, Buffer.from(content));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
}

const record = (type: number, body: Uint8Array): Uint8Array => {
  const out = new Uint8Array(4 + body.length);
  new DataView(out.buffer).setUint16(0, type, true);
  new DataView(out.buffer).setUint16(2, body.length, true);
  out.set(body, 4);
  return out;
};

/** Where each record of a BIFF stream starts, with its type. */
function records(stream: Uint8Array): Array<{ at: number; type: number }> {
  const out: Array<{ at: number; type: number }> = [];
  for (let at = 0; at + 4 <= stream.length; at += 4 + (stream[at + 2] | (stream[at + 3] << 8))) out.push({ at, type: stream[at] | (stream[at + 1] << 8) });
  return out;
}

const splice = (bytes: Uint8Array, at: number, ...inserts: Uint8Array[]): Uint8Array => Buffer.concat([bytes.subarray(0, at), ...inserts, bytes.subarray(at)]);

const tasksXls = fixture('sheets/tasks.xls');
const real = streamsOf(tasksXls);
const workbook = real.get('Workbook')!;
const texts = async (bytes: Uint8Array, fileName = 'tasks.xls') => (await readSheet(bytes, { fileName })).blocks.map((b) => b.rows!.map((r) => r.map((c) => c.text)));

describe('an .xls reaches SheetJS as its workbook stream alone, checked', () => {
  it('the real .xls reads the text of every cell SheetJS finds when given the whole file', async () => {
    const whole = XLSX.read(Buffer.from(tasksXls), { type: 'buffer', dense: true, cellDates: true, dateNF: 'yyyy/m/d' });
    const cells = whole.Sheets[whole.SheetNames[0]]['!data']!.flat().map((c) => String(c?.w ?? '').trim());
    const [rows] = await texts(tasksXls);
    const distinct = (list: string[]) => [...new Set(list.filter(Boolean))].sort();
    expect(distinct(rows.flat())).toEqual(distinct(cells));
    expect(distinct(cells).length).toBeGreaterThan(10);
  });

  // SheetJS writes BIFF5 strings in no code page: the test's text is ASCII.
  it('a BIFF5 workbook (its stream is "Book") still reads', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['task', 'owner'], ['road', 'transport']]), 'S');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'biff5' }) as Buffer);
    expect([...streamsOf(bytes).keys()]).toContain('Book');
    expect(await texts(bytes, 'b.xls')).toEqual([[['task', 'owner'], ['road', 'transport']]]);
  });

  it('a SummaryInformation stream claiming 3.7 billion properties in 104 bytes is never parsed: the cells read, in bounded memory', async () => {
    const summary = real.get('\u0005SummaryInformation')!.slice();
    new DataView(summary.buffer).setUint32(52, 0xe0000002, true); // the first property set's NumProperties
    const hostile = compoundFile(new Map(real).set('\u0005SummaryInformation', summary));
    const { value, peakGrowthMiB } = await measured(() => texts(hostile));
    expect(value).toEqual(await texts(tasksXls));
    expect(peakGrowthMiB).toBeLessThan(300);
  });

  it('hyperlinks over every cell of a sheet (65,536 × 65,536 visits each) are left out, and the cells read', async () => {
    const hyperlink = new Uint8Array(32);
    const view = new DataView(hyperlink.buffer);
    view.setUint16(2, 0xffff, true); // last row
    view.setUint16(6, 0xffff, true); // last column
    view.setUint32(24, 2, true); // hyperlink stream version
    const lastEof = records(workbook).filter((r) => r.type === 0x000a).at(-1)!.at;
    const links = Array.from({ length: 20 }, (_, i) => record(i % 2 ? 0x0800 : 0x01b8, hyperlink));
    const hostile = compoundFile(new Map(real).set('Workbook', splice(workbook, lastEof, ...links, record(0x003c, new Uint8Array(8)))));
    expect(await texts(hostile)).toEqual(await texts(tasksXls));
    const kept = checkedRecordStream(splice(workbook, lastEof, ...links), 'damaged');
    expect(Buffer.compare(kept, workbook)).toBe(0);
  });

  it('a record claiming more bytes than the stream holds refuses the file, naming where', async () => {
    const cut = workbook.subarray(0, records(workbook)[5].at + 10);
    const error = await readSheet(compoundFile(new Map(real).set('Workbook', cut)), { fileName: 'a.xls' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).message).toMatch(/^the spreadsheet is damaged: a record at byte \d+ of its workbook stream runs \d+ bytes past the stream's end$/);
  });

  it('raw BIFF without a container is checked the same way', () => {
    expect(() => checkedRecordStream(workbook.subarray(0, records(workbook)[5].at + 10), 'damaged')).toThrow(/runs \d+ bytes past/);
  });

  it('a stream that does not open with a BOF record is refused', async () => {
    const error = await readSheet(compoundFile(new Map(real).set('Workbook', workbook.subarray(records(workbook)[1].at))), { fileName: 'a.xls' }).catch((e: unknown) => e);
    expect((error as ReadError).message).toBe('the spreadsheet is damaged: its workbook stream does not start with a BOF record');
  });

  it('bytes after the last EOF (padding, junk) are cut, not refused', async () => {
    const padded = Buffer.concat([workbook, Uint8Array.of(0x01, 0x02, 0xff, 0xff, 0x07)]);
    expect(checkedRecordStream(padded, 'damaged').length).toBe(workbook.length);
    expect(await texts(compoundFile(new Map(real).set('Workbook', padded)))).toEqual(await texts(tasksXls));
  });

  it('a compound file without a workbook stream is refused in one line', async () => {
    const others = new Map([...real].filter(([name]) => name !== 'Workbook'));
    const error = await readSheet(compoundFile(others), { fileName: 'a.xls' }).catch((e: unknown) => e);
    expect((error as ReadError).message).toBe('the spreadsheet is damaged: it holds no workbook stream');
  });
});
