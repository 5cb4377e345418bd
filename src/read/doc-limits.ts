import { ReadError } from './types.js';

/**
 * Bounds for word-extractor, the .doc reader used without LibreOffice. It
 * believes the compound file's header (how many allocation sectors there
 * are) and follows sector chains until they end, so a crafted 89 KB file
 * whose chain loops back on itself, or whose header claims a billion
 * sectors, grows until memory runs out. Both are held to the file's real
 * size here, before and while it reads.
 */

const HEADER_SIZE = 512;
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Throws ReadError('corrupt') when the header claims more sectors than the file holds. */
export function assertCompoundFileFits(bytes: Uint8Array): void {
  if (bytes.length < HEADER_SIZE || CFB_MAGIC.some((b, i) => bytes[i] !== b)) damaged('the compound file header is missing');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(30, true);
  const shortShift = view.getUint16(32, true);
  // Version 3 files use 512-byte sectors, version 4 files 4096-byte ones.
  if (sectorShift < 7 || sectorShift > 16 || shortShift > sectorShift) damaged('its sector size is not one Word writes');
  const sectors = Math.ceil((bytes.length - HEADER_SIZE) / 2 ** sectorShift);
  for (const [offset, what] of [[44, 'allocation'], [64, 'short allocation'], [72, 'master allocation']] as const) {
    const claimed = view.getInt32(offset, true);
    if (claimed < 0 || claimed > sectors) damaged(`its header claims ${claimed} ${what} sectors, the file holds ${sectors}`);
  }
}

function damaged(why: string): never {
  throw new ReadError('corrupt', `not a valid Word .doc file: ${why}`);
}

interface AllocationTable {
  _table: number[];
  getSecIdChain(start: number): number[];
}

let chainsBounded = false;

/**
 * word-extractor's sector chains, cut at the allocation table's length: a
 * chain longer than the table has entries visits one twice, and loops.
 */
export async function boundSectorChains(): Promise<void> {
  if (chainsBounded) return;
  // @ts-ignore -- word-extractor has no type declarations
  const { default: Table } = (await import('word-extractor/lib/ole-allocation-table.js')) as { default: { prototype: AllocationTable } };
  Table.prototype.getSecIdChain = function (this: AllocationTable, start: number): number[] {
    const chain: number[] = [];
    for (let id = start; id >= 0; id = this._table[id]) {
      if (chain.length >= this._table.length) damaged('a sector chain loops back on itself');
      chain.push(id);
    }
    return chain;
  };
  chainsBounded = true;
}
