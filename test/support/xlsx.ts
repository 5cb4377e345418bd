import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

/** Helpers for tests that open a written .xlsx as Excel would: unzip it and read its XML. */

export interface Package {
  files: Record<string, string>;
  /** Sheet name → its worksheet XML, in workbook order. */
  sheets: Map<string, string>;
}

export function openPackage(bytes: Uint8Array): Package {
  const files = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
  const rels = new Map([...files['xl/_rels/workbook.xml.rels'].matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], `xl/${m[2]}`]));
  const sheets = new Map<string, string>();
  for (const m of files['xl/workbook.xml'].matchAll(/<sheet name="([^"]*)" sheetId="\d+" r:id="([^"]+)"\/>/g)) sheets.set(unescapeXml(m[1]), files[rels.get(m[2])!]);
  return { files, sheets };
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Parse XML strictly: throws on anything not well-formed. Returns the element names in document order with their depth. */
export function elements(xml: string): Array<{ name: string; depth: number; attributes: Record<string, string> }> {
  const out: Array<{ name: string; depth: number; attributes: Record<string, string> }> = [];
  const parser = new SaxesParser();
  let depth = 0;
  parser.on('opentag', (tag) => {
    out.push({ name: tag.name, depth, attributes: tag.attributes as Record<string, string> });
    if (!tag.isSelfClosing) depth++;
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) depth--;
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  return out;
}

/** CT_Worksheet's children in the order the schema requires (ECMA-376 Part 1, 18.3.1.99). */
export const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges',
  'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting',
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF',
  'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

/** The worksheet's child elements, in order. */
export function worksheetChildren(xml: string): string[] {
  return elements(xml).filter((e) => e.depth === 1).map((e) => e.name);
}

/** Children in schema order: each one's position in WORKSHEET_ORDER only grows. */
export function inSchemaOrder(children: readonly string[]): boolean {
  const positions = children.map((name) => WORKSHEET_ORDER.indexOf(name));
  return positions.every((p, k) => p >= 0 && (k === 0 || p >= positions[k - 1]));
}

/** The cellXfs entries of styles.xml, in order. */
export function cellFormats(styles: string): Array<{ fontId: number; numFmtId: number; alignment: string }> {
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1];
  return [...xfs.matchAll(/<xf\b([^>]*?)(?:\/>|>([\s\S]*?)<\/xf>)/g)].map((m) => ({
    fontId: Number(/fontId="(\d+)"/.exec(m[1])![1]),
    numFmtId: Number(/numFmtId="(\d+)"/.exec(m[1])![1]),
    alignment: m[2] ?? '',
  }));
}

export function fonts(styles: string): string[] {
  return [.../<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)![1].matchAll(/<font\b[\s\S]*?<\/font>|<font\b[^>]*\/>/g)].map((m) => m[0]);
}

export function numberFormat(styles: string, id: number): string | undefined {
  return new RegExp(`<numFmt numFmtId="${id}" formatCode="([^"]*)"`).exec(styles)?.[1];
}

/** The cells of one row of a worksheet: reference → { attributes, xml }. */
export function rowCells(sheet: string, row: number): Map<string, { s?: string; t?: string; xml: string }> {
  const rowXml = new RegExp(`<row r="${row}"[^>]*>([\\s\\S]*?)</row>`).exec(sheet)?.[1] ?? '';
  const cells = new Map<string, { s?: string; t?: string; xml: string }>();
  for (const m of rowXml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    cells.set(m[1], { s: /\ss="(\d+)"/.exec(m[2])?.[1], t: /\st="(\w+)"/.exec(m[2])?.[1], xml: m[3] ?? '' });
  }
  return cells;
}
