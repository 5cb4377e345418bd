import { cfbDirectoryEntries } from './detect.js';
import { ReadError } from './types.js';

/**
 * A compound file's header held to the file's real size. word-extractor and
 * SheetJS both believe the header's counts of allocation sectors: a .doc or
 * .xls whose header claims a billion (or whose master allocation chain is
 * said to run longer than the file) grows arrays until the process dies.
 */

const HEADER_SIZE = 512;
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Throws ReadError('corrupt'), starting with `damaged`, when the header claims more sectors than the file holds. */
export function assertCompoundFileFits(bytes: Uint8Array, damaged: string): void {
  const refuse = (why: string): never => {
    throw new ReadError('corrupt', `${damaged}: ${why}`);
  };
  if (bytes.length < HEADER_SIZE || CFB_MAGIC.some((b, i) => bytes[i] !== b)) refuse('the compound file header is missing');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(30, true);
  const shortShift = view.getUint16(32, true);
  // Version 3 files use 512-byte sectors, version 4 files 4096-byte ones.
  if (sectorShift < 7 || sectorShift > 16 || shortShift > sectorShift) refuse('its sector size is not one Office writes');
  const sectors = Math.ceil((bytes.length - HEADER_SIZE) / 2 ** sectorShift);
  for (const [offset, what] of [[44, 'allocation'], [64, 'short allocation'], [72, 'master allocation']] as const) {
    const claimed = view.getInt32(offset, true);
    if (claimed < 0 || claimed > sectors) refuse(`its header claims ${claimed} ${what} sectors, the file holds ${sectors}`);
  }
  if (!directoryIsTree(bytes)) refuse('its directory links entries in a loop');
}

const NO_STREAM = 0xffffffff;

/**
 * The directory's entries link to their left and right siblings and first
 * child: a tree, each entry reached from one parent at most. SheetJS builds
 * each stream's path by climbing these links and never stops on a loop (the
 * path string grows until the process aborts).
 */
function directoryIsTree(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = cfbDirectoryEntries(bytes);
  const parent = new Int32Array(entries.length).fill(-1);
  for (let i = 0; i < entries.length; i++) {
    if (view.getUint8(entries[i] + 0x42) === 0) continue; // an unused slot
    for (const offset of [0x44, 0x48, 0x4c]) {
      const link = view.getUint32(entries[i] + offset, true);
      if (link === NO_STREAM) continue;
      if (link >= entries.length || parent[link] !== -1 || link === i) return false;
      parent[link] = i;
    }
  }
  // One parent each: a loop is a climb that comes back to where it started.
  const state = new Uint8Array(entries.length); // 0 new, 1 on the current climb, 2 known to reach a root
  for (let i = 0; i < entries.length; i++) {
    let at = i;
    while (at !== -1 && state[at] === 0) {
      state[at] = 1;
      at = parent[at];
    }
    if (at !== -1 && state[at] === 1) return false;
    for (let back = i; back !== -1 && state[back] === 1; back = parent[back]) state[back] = 2;
  }
  return true;
}
