import type { Comment, Element, ElementContent, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Block, Cell } from '../model/block.js';
import type { SourceLocation } from '../model/location.js';
import { decodeText, type Decoded } from './decode.js';
import { parseDirective } from './directives.js';
import { libraryError } from './failure.js';
import { placeRows, resolveTextRows, type SpanCell } from './table-grid.js';
import { ReadError, type DisableDirective, type Reader } from './types.js';

/**
 * Web pages (government sites publish most plans as HTML): page chrome is left
 * out, every line of the article becomes a Block, data tables become table
 * Blocks with rowspan/colspan resolved.
 */
export const readHtml: Reader = async (bytes, options) => {
  if (bytes.length === 0) throw new ReadError('empty', 'the file is empty');
  const { text, encoding, repaired } = decodeHtml(bytes, options.encoding);
  try {
    const { blocks, directives } = htmlToBlocks(text);
    return { format: 'html', encoding, blocks, warnings: repaired ? [repaired] : [], directives };
  } catch (error) {
    throw libraryError(error, 'the page could not be read');
  }
};

// ---------------------------------------------------------------- decoding

/** Legacy Chinese labels all decode as GB18030, their superset. */
const CHARSET_ALIASES: Record<string, string> = { gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', cp936: 'gb18030', gb_2312: 'gb18030', 'gb_2312-80': 'gb18030' };

/**
 * --encoding wins; then a BOM or valid UTF-8 (pages re-saved as UTF-8 often keep a
 * stale gb2312 meta); then the page's own <meta charset>; then decodeText's guess.
 */
export function decodeHtml(bytes: Uint8Array, forced?: string): Decoded {
  const sniffed = decodeText(bytes, forced);
  if (forced || sniffed.encoding.startsWith('utf-')) return sniffed;
  const declared = declaredCharset(bytes);
  if (!declared || declared === sniffed.encoding) return sniffed;
  try {
    return decodeText(bytes, declared);
  } catch {
    return sniffed; // an unknown label in the page is the page's mistake, not the user's
  }
}

/** `<meta charset=gbk>` or `<meta http-equiv … content="text/html; charset=gb2312">` in the head. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const match = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  if (!match) return null;
  const label = match[1].toLowerCase();
  return CHARSET_ALIASES[label] ?? label;
}

// ---------------------------------------------------------------- chrome

/** Elements that are never article text. (header and form: see isChrome.) */
const SKIP_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'iframe',
  'select', 'button', 'textarea', 'input', 'svg', 'canvas', 'object', 'embed', 'video', 'audio', 'map',
]);

/**
 * class/id words that mark navigation and page furniture on Chinese government
 * sites (dqwz = 当前位置, the breadcrumb). Distinctive words match anywhere in a
 * name ("main-nav", "topMenu"); ambiguous ones only as a whole class or id
 * ("position" yes, "position-relative" no).
 */
const CHROME_FRAGMENTS = [
  'nav', 'menu', 'breadcrumb', 'crumb', 'footer', 'share', 'sidebar', 'side-bar', 'copyright', 'toolbar',
  'pagination', 'prevnext', 'prev-next', 'dqwz', 'sr-only',
];
const CHROME_TOKENS = new Set(['position', 'location', 'print', 'pager', 'pages', 'side', 'foot', 'bottom', 'links', 'related']);

/** Lines that are page furniture wherever they stand: 上一篇/下一篇, 当前位置, 打印/关闭. */
const CHROME_LINE = /^[【[]?(上一篇|下一篇|上一条|下一条|当前位置|您当前的位置|您现在的位置|打印本页|打印此页|关闭窗口|分享到)/;

/**
 * A <header> inside <article>/<main> is the article's own (its title); elsewhere it
 * is the site banner. A <form> is a search box, unless it holds the article:
 * ASP.NET sites wrap the whole page in <form runat=server>.
 */
function isChrome(el: Element, inArticle: boolean): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (el.tagName === 'header' && !inArticle) return true;
  if (el.tagName === 'form' && !holdsText(el)) return true;
  const props = el.properties ?? {};
  if (props.hidden !== undefined && props.hidden !== false) return true;
  if (/display\s*:\s*none/i.test(String(props.style ?? ''))) return true;
  const names = [...[props.className ?? []].flat(), String(props.id ?? '')].map((n) => String(n).toLowerCase());
  return names.some((n) => CHROME_TOKENS.has(n) || CHROME_FRAGMENTS.some((f) => n.includes(f)));
}

const TEXT_HOLDERS = new Set(['p', 'table', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function holdsText(el: Element): boolean {
  return elementsIn(el).some((c) => TEXT_HOLDERS.has(c.tagName) || holdsText(c));
}

// ---------------------------------------------------------------- walking

/** Elements that end the line before them and after them. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'hgroup', 'hr', 'html', 'li', 'listing', 'main', 'menu', 'ol', 'p', 'pre',
  'section', 'summary', 'ul', 'caption', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'option', 'legend', 'xmp', 'plaintext',
]);

interface Line {
  text: string;
  loc: SourceLocation;
}

/** Where the parsed HTML sits in its file (for HTML embedded in Markdown). */
export interface Origin {
  line: number;
  column: number;
}

/**
 * One pass over the tree. `emit` receives finished lines; tables and headings
 * are handled only where `blocks` is set (the article body), elsewhere (inside a
 * cell or a heading) their text just becomes lines.
 */
interface Walk {
  origin: Origin;
  parts: string[];
  loc: SourceLocation | undefined;
  pre: boolean;
  /** Inside <article> or <main>, where a <header> is content. */
  article: boolean;
  emit: (line: Line) => void;
  blocks: Block[] | null;
  directives: DisableDirective[];
}

/** Parses an HTML document (or a fragment, for Markdown's raw HTML) into Blocks and directives. */
export function htmlToBlocks(html: string, origin: Origin = { line: 1, column: 1 }, fragment = false): { blocks: Block[]; directives: DisableDirective[] } {
  const tree = unified().use(rehypeParse, { fragment }).parse(html) as Root;
  const blocks: Block[] = [];
  const directives: DisableDirective[] = [];
  const emit = (line: Line): void => {
    if (!CHROME_LINE.test(line.text)) blocks.push({ kind: 'paragraph', text: line.text, loc: line.loc });
  };
  const walk: Walk = { origin, parts: [], loc: undefined, pre: false, article: false, emit, blocks, directives };
  walkAll(tree.children, walk);
  flush(walk);
  return { blocks, directives };
}

function walkAll(nodes: (RootContent | ElementContent)[], walk: Walk): void {
  for (const node of nodes) walkNode(node, walk);
}

function walkNode(node: RootContent | ElementContent, walk: Walk): void {
  if (node.type === 'text') addText(walk, node.value, locOf(node, walk.origin));
  else if (node.type === 'comment') commentDirective(node, walk);
  else if (node.type === 'element') walkElement(node, walk);
}

function walkElement(el: Element, walk: Walk): void {
  if (isChrome(el, walk.article)) return;
  const tag = el.tagName;
  if (tag === 'br') {
    flush(walk);
    return;
  }
  if (walk.blocks && tag === 'table') {
    tableElement(el, walk);
    return;
  }
  if (walk.blocks && /^h[1-6]$/.test(tag)) {
    headingElement(el, walk);
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) flush(walk);
  const { pre, article } = walk;
  if (tag === 'pre' || tag === 'xmp' || tag === 'listing' || tag === 'plaintext') walk.pre = true;
  if (tag === 'article' || tag === 'main') walk.article = true;
  walkAll(el.children, walk);
  walk.pre = pre;
  walk.article = article;
  if (block) flush(walk);
}

/** Inline text joins the current line; in <pre> a newline ends it. */
function addText(walk: Walk, value: string, loc: SourceLocation): void {
  const pieces = walk.pre ? value.split('\n') : [value];
  pieces.forEach((piece, i) => {
    if (i > 0) flush(walk);
    if (walk.loc === undefined && piece.trim() !== '') walk.loc = loc;
    walk.parts.push(piece);
  });
}

/**
 * A source line break between two wide characters (CJK, fullwidth forms) is no
 * space (CSS Text 3 segment break rule): Word's "save as HTML" wraps Chinese
 * sentences mid-word.
 */
const WIDE_SEGMENT_BREAK =
  /(?<=[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef])[ \t]*[\r\n][ \t\r\n]*(?=[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef])/g;

/** Ends the current line: ASCII whitespace (and &nbsp;) collapses; inner full-width spaces stay. */
function flush(walk: Walk): void {
  const text = walk.parts.join('').replace(WIDE_SEGMENT_BREAK, '').replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();
  if (text && walk.loc) walk.emit({ text, loc: walk.loc });
  walk.parts = [];
  walk.loc = undefined;
}

/** Runs `el`'s children through a fresh line collector (no tables, no headings) and returns the lines. */
function linesOf(el: Element, walk: Walk): Line[] {
  const lines: Line[] = [];
  const inner: Walk = { ...walk, parts: [], loc: undefined, emit: (l) => lines.push(l), blocks: null };
  walkAll(el.children, inner);
  flush(inner);
  return lines;
}

function headingElement(el: Element, walk: Walk): void {
  flush(walk);
  const lines = linesOf(el, walk);
  if (lines.length === 0) return;
  // A title broken over two lines with <br> is still one title.
  const text = lines.map((l) => l.text).reduce(joinTitle);
  walk.blocks?.push({ kind: 'heading', text, level: Number(el.tagName[1]), loc: lines[0].loc });
}

/** CJK text joins without a space; Latin words keep one between them. */
function joinTitle(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

function commentDirective(node: Comment, walk: Walk): void {
  const directive = parseDirective(node.value, locOf(node, walk.origin));
  if (directive) walk.directives.push(directive);
}

function locOf(node: RootContent | ElementContent, origin: Origin): SourceLocation {
  const start = node.position?.start;
  if (!start) return { line: origin.line, column: origin.column };
  return { line: origin.line + start.line - 1, column: start.line === 1 ? origin.column + start.column - 1 : start.column };
}

// ---------------------------------------------------------------- tables

/**
 * Old sites lay out whole pages with tables; a table that holds another table,
 * or only one cell, is layout and its cells are read as ordinary text.
 */
function tableElement(el: Element, walk: Walk): void {
  flush(walk);
  const rows = rowsOf(el);
  const cellCount = rows.reduce((n, tr) => n + cellsOf(tr).length, 0);
  if (cellCount <= 1 || hasNestedTable(el)) {
    walkAll(el.children, walk);
    flush(walk);
    return;
  }
  const block = dataTable(el, rows, walk);
  if (block) walk.blocks?.push(block);
}

function dataTable(el: Element, rows: Element[], walk: Walk): Block | null {
  const spanRows: SpanCell[][] = rows.map((tr) => cellsOf(tr).map((td) => spanCell(td, walk)));
  const rowLocs = rows.map((tr) => locOf(tr, walk.origin));
  const grid: Cell[][] = resolveTextRows(placeRows(spanRows), (r) => rowLocs[r]);
  if (grid.length === 0) return null;
  const caption = el.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
  const text = caption ? linesOf(caption, walk).map((l) => l.text).join(' ') : '';
  return { kind: 'table', text, rows: grid, loc: locOf(el, walk.origin) };
}

/** A cell's lines (its <p>s and <br>s) joined with "\n", as the Block convention wants. */
function spanCell(td: Element, walk: Walk): SpanCell {
  const text = linesOf(td, walk).map((l) => l.text).join('\n');
  const span = (v: unknown): number | undefined => {
    const n = Number.parseInt(String(v ?? ''), 10);
    return Number.isFinite(n) && n >= 0 ? n : undefined;
  };
  return { text, loc: locOf(td, walk.origin), rowSpan: span(td.properties?.rowSpan), colSpan: span(td.properties?.colSpan) };
}

/** The table's own rows: tr children, directly or inside thead/tbody/tfoot (not nested tables'). */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of elementsIn(table)) {
    if (child.tagName === 'tr') rows.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) rows.push(...elementsIn(child).filter((e) => e.tagName === 'tr'));
  }
  return rows;
}

function cellsOf(tr: Element): Element[] {
  return elementsIn(tr).filter((e) => e.tagName === 'td' || e.tagName === 'th');
}

function elementsIn(el: Element): Element[] {
  return el.children.filter((c): c is Element => c.type === 'element');
}

function hasNestedTable(el: Element): boolean {
  return elementsIn(el).some((c) => c.tagName === 'table' || hasNestedTable(c));
}
