import { zipSync, type Zippable } from 'fflate';
import { unzipEntries } from './archive.js';

/**
 * The parts of an .xlsx or .ods that SheetJS reads: XML and relationships
 * (workbook, sheets, shared strings, styles, content types, manifest) and the
 * ODS mimetype. Pictures, embedded objects, printer settings and macros are
 * left in the archive: nothing of the plan is in them.
 */
function isWorkbookPart(name: string): boolean {
  return name === 'mimetype' || /\.(?:xml|rels)$/i.test(name);
}

/**
 * A workbook's ZIP rebuilt with every wanted part already inflated, by our
 * own size-capped inflater, and stored uncompressed: SheetJS's inflater,
 * which trusts the entry headers (a non-final or repeated deflate stream
 * keeps it busy for minutes and gigabytes), never sees the file's own bytes.
 */
export function inflatedWorkbook(bytes: Uint8Array): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of unzipEntries(bytes, isWorkbookPart)) files[name] = [data, { level: 0 }];
  return zipSync(files);
}
