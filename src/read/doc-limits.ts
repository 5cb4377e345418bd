import { ReadError } from './types.js';

/**
 * A bound for word-extractor, the .doc reader used without LibreOffice: it
 * follows sector chains until they end, so a crafted file whose chain loops
 * back on itself grows until memory runs out. (Its header is checked by
 * compound-file.ts before it reads.)
 */

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
  // @ts-expect-error -- word-extractor has no type declarations
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
