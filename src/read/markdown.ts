import type { Html, List, ListItem, Nodes, PhrasingContent, RootContent, Table } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { Block, Cell } from '../model/block.js';
import type { SourceLocation } from '../model/location.js';
import { decodeText } from './decode.js';
import { libraryError } from './failure.js';
import { flattenDeepNesting, restoreColumns } from './markdown-depth.js';
import { linearEventEdits } from './markdown-events.js';
import { parseDirective } from './directives.js';
import { ReadError, type DisableDirective, type Reader } from './types.js';

/**
 * Markdown through remark + GFM. Headings, paragraphs, list items and GFM tables
 * become Blocks with the line/column they start at. Every line of a paragraph is
 * its own Block, as in the text reader, so "一、…" typed on consecutive lines
 * (one CommonMark paragraph) stays separate lines.
 */
export const readMarkdown: Reader = async (bytes, options) => {
  if (bytes.length === 0) throw new ReadError('empty', 'the file is empty');
  const { text, encoding, repaired } = decodeText(bytes, options.encoding);
  const { text: source, moved } = flattenDeepNesting(text.replace(/^\uFEFF/, ''));
  linearEventEdits();
  try {
    const tree = unified().use(remarkParse).use(gfmTables).parse(source);
    // The HTML reader (parse5) loads only for a document with raw HTML other than comments.
    const html = tree.children.some(holdsRawHtml) ? (await import('./html.js')).htmlToBlocks : null;
    const state = newState(source, html);
    walkFlow(tree.children, state);
    restoreColumns(locationsOf(state), moved);
    return { format: 'markdown', encoding, blocks: state.blocks, warnings: repaired ? [repaired] : [], directives: state.directives };
  } catch (error) {
    throw libraryError(error, 'the Markdown could not be read');
  }
};

function* locationsOf(state: State): Generator<SourceLocation> {
  for (const block of state.blocks) {
    yield block.loc;
    for (const row of block.rows ?? []) for (const cell of row) yield cell.loc;
  }
  for (const directive of state.directives) yield directive.loc;
}

/**
 * GFM's tables and nothing else of GFM: plans use pipe tables, and the rest
 * (autolink literals, footnotes, strikethrough, task lists, and the
 * serialisers remark-gfm brings) costs start-up and a walk of every text.
 */
function gfmTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const COMMENT = /^<!--([\s\S]*?)-->\s*$/;

/** Raw HTML where the flow walk meets it (not inside paragraphs and cells, whose <br> are text breaks). */
function holdsRawHtml(node: RootContent): boolean {
  if (node.type === 'html') return !COMMENT.test(node.value.trim());
  const flow = node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote' || node.type === 'footnoteDefinition';
  return flow && (node.children as RootContent[]).some(holdsRawHtml);
}

type HtmlReader = typeof import('./html.js').htmlToBlocks;

interface State {
  /** The HTML reader, loaded when the document has raw HTML. */
  html: HtmlReader | null;
  source: string;
  /** Offset of each line's first character, for columns of continuation lines. */
  lineStarts: number[];
  blocks: Block[];
  directives: DisableDirective[];
  /** A list item's label ("1." / "1)") waiting for the item's first Block, and where the item starts. */
  label: { text: string; loc: SourceLocation } | undefined;
}

interface Line {
  text: string;
  loc: SourceLocation;
}

function newState(source: string, html: HtmlReader | null): State {
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return { html, source, lineStarts, blocks: [], directives: [], label: undefined };
}

// ---------------------------------------------------------------- flow content

function walkFlow(nodes: RootContent[], state: State): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        emitHeading(inlineLines(node.children, state, startOf(node)), node.depth, startOf(node), state);
        break;
      case 'paragraph':
        for (const line of inlineLines(node.children, state, startOf(node))) emit('paragraph', line, state);
        break;
      case 'list':
        walkList(node, state);
        break;
      case 'blockquote':
      case 'footnoteDefinition':
        walkFlow(node.children, state);
        break;
      case 'table':
        state.blocks.push(tableBlock(node, state));
        break;
      case 'html':
        rawHtml(node, state);
        break;
      default: // code, thematicBreak, definition, yaml: no plan text
        break;
    }
  }
}

/**
 * The item label goes in front of the item's first Block, as the author typed it;
 * that Block then starts where the label does.
 */
function emit(kind: 'paragraph' | 'heading', line: Line, state: State, level?: number): void {
  const label = state.label;
  state.label = undefined;
  const text = label ? `${label.text} ${line.text}` : line.text;
  const loc = label ? label.loc : line.loc;
  state.blocks.push(level === undefined ? { kind, text, loc } : { kind, text, level, loc });
}

/** A setext heading may span lines; it is still one heading, located at its "#". */
function emitHeading(lines: Line[], depth: number, loc: SourceLocation, state: State): void {
  if (lines.length === 0) return;
  emit('heading', { text: lines.map((l) => l.text).join(''), loc }, state, depth);
}

function walkList(list: List, state: State): void {
  list.children.forEach((item, index) => {
    state.label = list.ordered ? { text: orderedMarker(item, (list.start ?? 1) + index, state), loc: startOf(item) } : undefined;
    walkFlow(item.children, state);
    state.label = undefined; // an empty item has nothing to carry its label
  });
}

/** "1." or "1)" exactly as written (CommonMark renumbers; the source does not). */
function orderedMarker(item: ListItem, fallback: number, state: State): string {
  const from = item.position?.start.offset;
  const match = from === undefined ? null : /^\s*(\d{1,9}[.)])/.exec(state.source.slice(from, from + 16));
  return match ? match[1] : `${fallback}.`;
}

/** Comments carry directives; other raw HTML (a pasted table with rowspans) goes through the HTML reader. */
function rawHtml(node: Html, state: State): void {
  const origin = startOf(node);
  const comment = COMMENT.exec(node.value.trim());
  if (comment || !state.html) {
    const directive = comment ? parseDirective(comment[1], origin) : null;
    if (directive) state.directives.push(directive);
    return;
  }
  const { blocks, directives } = state.html(node.value, { line: origin.line ?? 1, column: origin.column ?? 1 }, true);
  state.blocks.push(...blocks);
  state.directives.push(...directives);
}

// ---------------------------------------------------------------- tables

function tableBlock(table: Table, state: State): Block {
  const rows: Cell[][] = table.children.map((row) =>
    row.children.map((cell) => ({
      text: inlineLines(cell.children, state, startOf(cell)).map((l) => l.text).join('\n'),
      loc: startOf(cell),
    })),
  );
  // GFM lets body rows be shorter than the header; Blocks are rectangular.
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  rows.forEach((row, i) => {
    while (row.length < width) row.push({ text: '', loc: startOf(table.children[i]) });
  });
  return { kind: 'table', text: '', rows, loc: startOf(table) };
}

// ---------------------------------------------------------------- inline content

/**
 * Plain text of inline content, split into lines at soft breaks, hard breaks
 * and <br>. Formatting marks go, link text and inline code stay, images go.
 */
function inlineLines(nodes: PhrasingContent[], state: State, start: SourceLocation): Line[] {
  const lines: Line[] = [];
  let parts: string[] = [];
  let loc: SourceLocation | undefined;
  const add = (text: string, at: SourceLocation): void => {
    if (loc === undefined && text.trim() !== '') loc = at;
    parts.push(text);
  };
  const newLine = (): void => {
    const text = parts.join('').trim();
    if (text) lines.push({ text, loc: loc ?? start });
    parts = [];
    loc = undefined;
  };
  const visit = (node: PhrasingContent): void => {
    switch (node.type) {
      case 'text':
        node.value.split('\n').forEach((piece, i) => {
          if (i > 0) newLine();
          add(piece, i === 0 ? startOf(node) : continuationLoc(node, i, piece, state));
        });
        break;
      case 'inlineCode':
        add(node.value, startOf(node));
        break;
      case 'break':
        newLine();
        break;
      case 'html':
        inlineHtml(node, state, newLine);
        break;
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        break;
      default:
        if ('children' in node) (node.children as PhrasingContent[]).forEach(visit);
    }
  };
  nodes.forEach(visit);
  newLine();
  return lines;
}

/** Inline HTML: <br> breaks the line, a comment may be a directive, other tags vanish. */
function inlineHtml(node: Html, state: State, newLine: () => void): void {
  if (/^<br\s*\/?>$/i.test(node.value.trim())) {
    newLine();
    return;
  }
  const comment = /^<!--([\s\S]*?)-->$/.exec(node.value.trim());
  if (!comment) return;
  const directive = parseDirective(comment[1], startOf(node));
  if (directive) state.directives.push(directive);
}

/**
 * Where the i-th line of a multi-line text node starts. mdast strips the
 * indentation and container prefixes ("> ") of continuation lines, so the
 * column is found by looking for the text in its source line.
 */
function continuationLoc(node: Nodes, i: number, piece: string, state: State): SourceLocation {
  const line = (node.position?.start.line ?? 1) + i;
  const from = state.lineStarts[line - 1] ?? 0;
  const to = state.lineStarts[line] ?? state.source.length;
  const probe = piece.trimStart().slice(0, 8);
  const index = probe ? state.source.slice(from, to).indexOf(probe) : -1;
  return { line, column: index >= 0 ? index + 1 : 1 };
}

function startOf(node: Nodes): SourceLocation {
  const start = node.position?.start;
  return { line: start?.line ?? 1, column: start?.column ?? 1 };
}
