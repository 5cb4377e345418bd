/**
 * What SheetJS community edition does not write, added to its .xlsx by
 * editing the package's XML: a bold header row, the header frozen, wrapped
 * text, date cells, and list validations (drop-downs). Elements go where the
 * OOXML schema (CT_Worksheet) orders them, or Excel refuses the file.
 *
 * SheetJS writes each sheet with its header row only (plus widths, range
 * and autofilter); the data rows are written here, streamed between the
 * sheet's head and tail, so a ledger of 50,000 tasks never exists as one
 * string (SheetJS would hold several copies of it).
 */

export interface ListValidation {
  /** 0-based column; the list applies from the row below the header to the last row Excel has. */
  column: number;
  values: readonly string[];
}

/** A data cell: text (always a string, never a formula), a number, or a date as an Excel serial day. */
export type CellValue = { text: string } | { number: number } | { date: number };

export interface LedgerStyles {
  styles: string;
  /** cellXfs index of the bold header format. */
  headerStyle: number;
  /** cellXfs indexes of the data formats: each wraps at the top of a ruled cell. */
  cells: CellStyles;
}

export interface CellStyles {
  text: number;
  number: number;
  /** yyyy-mm-dd. */
  date: number;
}

/** Children of <worksheet> that come after <dataValidations>, in schema order. */
const AFTER_VALIDATIONS = [
  'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties',
  'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture',
  'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];
/** Children of <worksheet> that come after <sheetViews>, in schema order. */
const AFTER_SHEET_VIEWS = ['sheetFormatPr', 'cols', 'sheetData'];
const LAST_ROW = 1048576;
export const DATE_FORMAT = 'yyyy-mm-dd';
/** Custom number formats are numbered from 164 (lower ids are Excel's built-in ones). */
const FIRST_CUSTOM_FORMAT = 164;

const FROZEN_HEADER_VIEW =
  '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
  '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>';
const WRAP_TOP = '<alignment vertical="top" wrapText="1"/>';
const THIN_BORDER = '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>';

/**
 * styles.xml: every existing cell format wraps text at the top of the cell;
 * added are a bold font, a thin border, and formats for the header (bold,
 * centred), text, numbers and dates, each ruled, wrapped and top-aligned.
 * Every data cell names its format: LibreOffice does not apply format 0 to a
 * cell without one (it shows it unwrapped, at the bottom).
 */
export function addLedgerStyles(styles: string): LedgerStyles {
  const fonts = element(styles, 'fonts');
  const firstFont = /<font\b[^>]*>[\s\S]*?<\/font>|<font\b[^>]*\/>/.exec(fonts.inner)?.[0];
  if (!firstFont) throw new Error('xlsx: styles.xml has no font');
  const boldFont = firstFont.replace(/^<font\b([^>]*?)\s*\/>$/, '<font$1></font>').replace(/^<font\b([^>]*)>/, '<font$1><b/>');
  const fontCount = count(fonts.inner, 'font');
  styles = styles.replace(fonts.whole, `<fonts count="${fontCount + 1}">${fonts.inner}${boldFont}</fonts>`);

  const borders = element(styles, 'borders');
  const border = count(borders.inner, 'border');
  styles = styles.replace(borders.whole, `<borders count="${border + 1}">${borders.inner}${THIN_BORDER}</borders>`);

  const ids = [...styles.matchAll(/<numFmt\b[^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  const dateFormat = Math.max(FIRST_CUSTOM_FORMAT - 1, ...ids) + 1;
  const numFmt = `<numFmt numFmtId="${dateFormat}" formatCode="${DATE_FORMAT}"/>`;
  const numFmts = /<numFmts\b[^>]*>([\s\S]*?)<\/numFmts>/.exec(styles);
  styles = numFmts
    ? styles.replace(numFmts[0], `<numFmts count="${count(numFmts[1], 'numFmt') + 1}">${numFmts[1]}${numFmt}</numFmts>`)
    : styles.replace(/<fonts\b/, `<numFmts count="1">${numFmt}</numFmts><fonts`);

  const xfs = element(styles, 'cellXfs');
  const xfCount = count(xfs.inner, 'xf');
  const wrapped = xfs.inner.replace(/<xf\b([^>]*?)\s*\/>/g, `<xf$1 applyAlignment="1">${WRAP_TOP}</xf>`);
  const ruled = (numFmtId: number, fontId: number, alignment: string) =>
    `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="${border}" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1">${alignment}</xf>`;
  const added = [
    ruled(0, fontCount, '<alignment horizontal="center" vertical="center" wrapText="1"/>'),
    ruled(0, 0, WRAP_TOP),
    ruled(0, 0, '<alignment horizontal="center" vertical="top" wrapText="1"/>'),
    ruled(dateFormat, 0, WRAP_TOP),
  ];
  styles = styles.replace(xfs.whole, `<cellXfs count="${xfCount + added.length}">${wrapped}${added.join('')}</cellXfs>`);
  return { styles, headerStyle: xfCount, cells: { text: xfCount + 1, number: xfCount + 2, date: xfCount + 3 } };
}

/**
 * A sheet SheetJS wrote with its header row only, split where the data rows
 * go: the head with the header frozen and bold, the tail with the validations.
 */
export function splitSheet(xml: string, headerStyle: number, validations: readonly ListValidation[]): { head: string; tail: string } {
  const dataStart = xml.indexOf('<sheetData');
  if (dataStart < 0) throw new Error('xlsx: a worksheet without sheetData');
  const selfClosed = /^<sheetData\s*\/>/.test(xml.slice(dataStart));
  const rowsEnd = selfClosed ? dataStart : xml.indexOf('</sheetData>', dataStart);
  const split = selfClosed ? dataStart : rowsEnd;
  let head = xml.slice(0, split);
  let tail = xml.slice(split);
  if (selfClosed) {
    head += '<sheetData>';
    tail = `</sheetData>${tail.replace(/^<sheetData\s*\/>/, '')}`;
  }
  return { head: fitToPageWidth(styleHeaderRow(freezeHeader(head), headerStyle)), tail: addPageSetup(addValidations(tail, validations)) };
}

/** Children of <worksheet> that come after <headerFooter>, in schema order. */
const AFTER_HEADER_FOOTER = AFTER_VALIDATIONS.slice(AFTER_VALIDATIONS.indexOf('headerFooter') + 1);
/** A4. */
const PAPER_A4 = 9;
/**
 * Printed as a ledger is handed on: landscape A4, all columns on one page
 * width (as many pages down as it takes), the header row on every page
 * (the print titles, in workbook.xml), and in the page header the plan's
 * title and the sheet on the left, the page number on the right.
 */
const PAGE_SETUP =
  '<printOptions horizontalCentered="1"/>' +
  '<pageMargins left="0.4" right="0.4" top="0.75" bottom="0.5" header="0.3" footer="0.3"/>' +
  `<pageSetup paperSize="${PAPER_A4}" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
  '<headerFooter><oddHeader></oddHeader></headerFooter>';

/** <sheetPr><pageSetUpPr fitToPage/>: without it fitToWidth is ignored. It is the first child of <worksheet>. */
function fitToPageWidth(head: string): string {
  const open = /<worksheet\b[^>]*>/.exec(head);
  if (!open) throw new Error('xlsx: a worksheet without its opening tag');
  const existing = /<sheetPr\b[^>]*\/>|<sheetPr\b[^>]*>[\s\S]*?<\/sheetPr>/.exec(head);
  const sheetPr = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  if (existing) return head.replace(existing[0], sheetPr);
  const at = open.index + open[0].length;
  return head.slice(0, at) + sheetPr + head.slice(at);
}

function addPageSetup(tail: string): string {
  const cleared = tail.replace(/<(printOptions|pageMargins|pageSetup)\b[^>]*\/>|<headerFooter\b[^>]*>[\s\S]*?<\/headerFooter>|<headerFooter\b[^>]*\/>/g, '');
  return insertBefore(cleared, AFTER_HEADER_FOOTER, PAGE_SETUP);
}

/**
 * The page header's text: `title` and the sheet's name on the left, "第 N 页 共 M 页" on the right.
 * & starts a header code, so a literal one is doubled.
 */
export function pageHeader(title: string): string {
  const literal = title.replace(/&/g, '&&');
  return escapeXml(`&L${literal ? `${literal} · ` : ''}&A&R第 &P 页 共 &N 页`);
}

/** workbook.xml: the header row printed on every page of each sheet (_xlnm.Print_Titles), for sheet names in workbook order. */
export function addPrintTitles(workbook: string, sheetNames: readonly string[]): string {
  const names = sheetNames.map((name, k) => `<definedName name="_xlnm.Print_Titles" localSheetId="${k}">${escapeXml(`'${name.replace(/'/g, "''")}'`)}!$1:$1</definedName>`).join('');
  if (/<definedNames\b[^>]*\/>/.test(workbook)) return workbook.replace(/<definedNames\b[^>]*\/>/, `<definedNames>${names}</definedNames>`);
  if (workbook.includes('</definedNames>')) return workbook.replace('</definedNames>', `${names}</definedNames>`);
  return workbook.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
}

/**
 * A sheet's range and column widths, set in the head and tail splitSheet
 * made (package-skeleton.ts keeps them for every workbook of one shape):
 * the dimension, the autofilter and the ignored-errors range cover the
 * table; `widths` are in characters; `header` is the title in the page header.
 */
export function fitSheet({ head, tail }: { head: string; tail: string }, range: string, widths: readonly number[], header = ''): { head: string; tail: string } {
  return {
    head: head.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${range}"/>`).replace(/<cols>[\s\S]*?<\/cols>/, colsXml(widths)),
    tail: tail
      .replace(/<autoFilter ref="[^"]*"\/>/, `<autoFilter ref="${range}"/>`)
      .replace(/(<ignoredError\b[^>]*\ssqref=")[^"]*"/, `$1${range}"`)
      .replace(/<oddHeader>[^<]*<\/oddHeader>/, () => `<oddHeader>${pageHeader(header)}</oddHeader>`),
  };
}

/** SheetJS's maximum digit width, in pixels: a width of n characters is stored as (n·6 + 5 pixels of padding) / 6, in 1/256ths. */
const DIGIT_WIDTH = 6;

/** <cols> for widths in characters, as SheetJS writes them. */
export function colsXml(widths: readonly number[]): string {
  const width = (characters: number) => Math.round(((characters * DIGIT_WIDTH + 5) / DIGIT_WIDTH) * 256) / 256;
  return `<cols>${widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${width(w)}" customWidth="1"/>`).join('')}</cols>`;
}

/** workbook.xml: each sheet's autofilter range (the hidden _FilterDatabase name Excel keeps per sheet), from `ranges` by sheet index. */
export function setFilterRanges(workbook: string, ranges: readonly string[]): string {
  return workbook.replace(
    /(<definedName name="_xlnm\._FilterDatabase" localSheetId="(\d+)"[^>]*>[^<]*!)[^<!]*(<\/definedName>)/g,
    (whole, start: string, sheet: string, end: string) => (ranges[Number(sheet)] ? `${start}${absolute(ranges[Number(sheet)])}${end}` : whole),
  );
}

/** A1:M66 → $A$1:$M$66. */
function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

/** Replace the sheet's views with one whose first row is frozen. */
function freezeHeader(head: string): string {
  const views = /<sheetViews\b[^>]*\/>|<sheetViews\b[^>]*>[\s\S]*?<\/sheetViews>/.exec(head);
  if (views) return head.replace(views[0], FROZEN_HEADER_VIEW);
  return insertBefore(head, AFTER_SHEET_VIEWS, FROZEN_HEADER_VIEW);
}

/** Every cell of the first row takes the header style. */
function styleHeaderRow(head: string, style: number): string {
  const rowStart = head.indexOf('<row', head.indexOf('<sheetData'));
  if (rowStart < 0) return head;
  const rowEnd = head.indexOf('</row>', rowStart);
  const row = head.slice(rowStart, rowEnd).replace(/<c\b([^>]*?)(\/?)>/g, (_whole, attrs: string, close: string) => `<c${attrs.replace(/\ss="\d+"/, '')} s="${style}"${close}>`);
  return head.slice(0, rowStart) + row + head.slice(rowEnd);
}

function addValidations(tail: string, validations: readonly ListValidation[]): string {
  if (validations.length === 0) return tail;
  const items = validations.map((v) => {
    const column = columnName(v.column);
    const list = escapeXml(`"${v.values.join(',')}"`);
    return `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${column}2:${column}${LAST_ROW}"><formula1>${list}</formula1></dataValidation>`;
  });
  return insertBefore(tail, AFTER_VALIDATIONS, `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`);
}

/** Insert `xml` before the first of `followers` present, else before </worksheet>. */
function insertBefore(xml: string, followers: readonly string[], insert: string): string {
  let at = -1;
  for (const name of followers) {
    const match = new RegExp(`<${name}[\\s/>]`).exec(xml);
    if (match && (at < 0 || match.index < at)) at = match.index;
  }
  if (at < 0) at = xml.lastIndexOf('</worksheet>');
  if (at < 0) throw new Error('xlsx: a worksheet without its closing tag');
  return xml.slice(0, at) + insert + xml.slice(at);
}

/**
 * One data row, every cell in its format (an empty one too, so the printed
 * grid has no gaps), `height` points high. Text is an inline string — text,
 * never a formula, whatever it starts with (=, +, -, @); dates are serial
 * days in the date format.
 */
export function rowXml(rowNumber: number, cells: ReadonlyArray<CellValue | undefined>, styles: CellStyles, height?: number): string {
  let xml = height === undefined ? `<row r="${rowNumber}">` : `<row r="${rowNumber}" ht="${height}" customHeight="1">`;
  cells.forEach((cell, c) => {
    const ref = `${columnName(c)}${rowNumber}`;
    if (!cell) {
      xml += `<c r="${ref}" s="${styles.text}"/>`;
    } else if ('text' in cell) {
      const space = /^\s|\s$|\n/.test(cell.text) ? ' xml:space="preserve"' : '';
      xml += `<c r="${ref}" s="${styles.text}" t="inlineStr"><is><t${space}>${escapeText(cell.text)}</t></is></c>`;
    } else if ('date' in cell) {
      xml += `<c r="${ref}" s="${styles.date}"><v>${cell.date}</v></c>`;
    } else {
      xml += `<c r="${ref}" s="${styles.number}"><v>${cell.number}</v></c>`;
    }
  });
  return `${xml}</row>`;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Sheet name → its part in the package, read from workbook.xml and its relationships. */
export function sheetParts(workbook: string, rels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [rel] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(rel, 'Id');
    const target = attribute(rel, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const [sheet] of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(sheet, 'name');
    const target = targets.get(attribute(sheet, 'r:id') ?? '');
    if (name !== null && target) parts.set(unescapeXml(name), target);
  }
  return parts;
}

function element(xml: string, name: string): { whole: string; inner: string } {
  const match = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(xml);
  if (!match) throw new Error(`xlsx: styles.xml has no ${name}`);
  return { whole: match[0], inner: match[1] };
}

const count = (xml: string, name: string): number => (xml.match(new RegExp(`<${name}\\b`, 'g')) ?? []).length;

function attribute(tag: string, name: string): string | null {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Cell text: XML-escaped; characters XML cannot hold (control characters,
 * U+FFFE/U+FFFF) become OOXML's _xHHHH_ escapes, as Excel writes them.
 */
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

export function escapeText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return escapeXml(text).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}
