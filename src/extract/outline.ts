import type { Block } from '../model/block.js';
import type { SourceLocation } from '../model/location.js';
import { stripGlosses } from './gloss.js';
import { ATTACHMENT_HEAD, CLOSING_FORMULA, CLOSING_NOTE_LABEL, WEB_CHROME_PATTERNS, WEB_FOOTER_MARKS } from '../lexicon/document.js';
import { foldToSimplified } from '../lexicon/hant.js';
import { PLACEHOLDER_CHARS } from '../lexicon/time-words.js';
import { parseNumberLabel, rowNumberLabel, STYLE_RANK, type NumberLabel, type NumberingStyle } from './numbering.js';
import { countedRowOrders } from './row-numbers.js';
import { areaHeads, ordinalHeads } from './ordinal-heads.js';
import { contentsOrders } from './contents.js';
import { withoutSpaces } from '../text/space.js';
import { copyWith } from '../text/objects.js';

/** A paragraph line as the outline keeps it. */
export interface Line {
  text: string;
  loc: SourceLocation;
  /** Position of the block in the document, for ordering tasks from prose and tables. */
  order: number;
}

/**
 * A numbered node of the document: 二、重点任务 → （二）… → 4.… Its `lines`
 * start with its own label line and go on with the unnumbered paragraphs
 * that follow it.
 */
export interface OutlineNode {
  /** null for the document root and for attachment roots. */
  label: NumberLabel | null;
  /** Numbering style, or `h<level>` for an unnumbered heading. */
  style: string;
  lines: Line[];
  children: OutlineNode[];
  parent: OutlineNode | null;
  /** The attachment this node belongs to ("附2"), or null in the main text. */
  attachment: string | null;
}

export interface Outline {
  root: OutlineNode;
  /** Roots of attachments (附件1, 附2 …), in order. */
  attachments: OutlineNode[];
  /** Page chrome lines (发布日期, 上一篇 …): kept for meta, never part of a task. */
  chrome: Line[];
  /** 落款 lines (the issuer over the date): kept for meta, never part of a task. */
  signature: Line[];
  /** Tables with the line before them (their caption) and their attachment. */
  tables: Array<{ block: Block; order: number; caption: Line[]; attachment: string | null }>;
}

function newNode(label: NumberLabel | null, style: string, parent: OutlineNode | null, attachment: string | null): OutlineNode {
  return { label, style, lines: [], children: [], parent, attachment };
}

/** The longest attachment head that is only a head ("附2", "附件3：") and not a sentence. */
const MAX_ATTACHMENT_HEAD = 60;

/** The chrome patterns as one regex: a line is tested once, not once per pattern. */
const CHROME = new RegExp(WEB_CHROME_PATTERNS.map((p) => p.source).join('|'));

/**
 * A full date alone on its line: the date of a 落款. A template's copy masks its digits (2020年X月XX日, 20XX年XX月XX日,
 * ____年__月__日): still the 落款's date.
 */
const MASKED = `[${PLACEHOLDER_CHARS}*＊]`;
const SIGNATURE_DATE = new RegExp(
  `^(?:[0-9０-９]{4}|[〇零○一二三四五六七八九]{4}|(?:19|20)${MASKED}{2}|${MASKED}{2,4})\\s*年\\s*(?:[0-9０-９〇○一二三四五六七八九十]{1,3}|${MASKED}{1,2})\\s*月\\s*(?:[0-9０-９〇○一二三四五六七八九十]{1,3}|${MASKED}{1,2})\\s*日$`,
);
const MAX_ISSUER = 30;

function isSignatureDate(text: string): boolean {
  return SIGNATURE_DATE.test(withoutSpaces(text));
}

/** The issuer's name over the date: short, no sentence in it. */
function isIssuerLine(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= MAX_ISSUER && !/[。；;，,：:]/.test(t) && parseNumberLabel(t) === null;
}

export function isChrome(text: string): boolean {
  // A mirror's pinyin glosses (本網(wǎng)站) are not the page's words.
  const key = foldToSimplified(stripGlosses(text));
  return CHROME.test(key) || WEB_FOOTER_MARKS.some((mark) => key.includes(mark));
}

/**
 * `indentedLists`: the blocks keep a plain text's indentation as their column, so a bullet's depth
 * can be read from it (a web page's source columns say nothing of its lists).
 */
export function buildOutline(blocks: readonly Block[], { indentedLists = false } = {}): Outline {
  const root = newNode(null, 'root', null, null);
  const outline: Outline = { root, attachments: [], chrome: [], signature: [], tables: [] };
  let stack: OutlineNode[] = [root];
  let seenStyles = new Set<string>();
  let attachment: string | null = null;
  let recent: Line[] = [];
  const rowOrders = countedRowOrders(blocks);
  const heads = ordinalHeads(blocks);
  areaHeads(blocks, heads);
  const contents = contentsOrders(blocks);
  // After 特此通知 the notice's particulars (公示时间：…, 联系电话：…) follow: none is the last item's text.
  let closed = false;

  blocks.forEach((block, order) => {
    if (block.kind === 'table') {
      outline.tables.push({ block, order, caption: recent.slice(-3), attachment });
      recent = [];
      return;
    }
    const line: Line = { text: block.text, loc: block.loc, order };
    if (isChrome(block.text) || contents.has(order) || (closed && CLOSING_NOTE_LABEL.test(foldToSimplified(withoutSpaces(block.text))))) {
      outline.chrome.push(line);
      return;
    }
    if (block.text.includes('特此')) closed = CLOSING_FORMULA.test(foldToSimplified(withoutSpaces(block.text)));
    // The 落款 — the issuer's name and the date under the text — closes a document; it belongs to no item.
    if (isSignatureDate(block.text)) {
      closed = false;
      const open = stack[stack.length - 1];
      const last = open.lines[open.lines.length - 1];
      if (open.label !== null && last !== undefined && open.lines.length > 1 && isIssuerLine(last.text)) outline.signature.push(open.lines.pop()!);
      outline.signature.push(line);
      return;
    }
    if (ATTACHMENT_HEAD.test(block.text) && block.text.length <= MAX_ATTACHMENT_HEAD && !/[。；]/.test(block.text)) {
      attachment = block.text.replace(/[:：].*$/, '').replace(/\s+/g, '');
      const head = newNode(null, 'attachment', null, attachment);
      head.lines.push(line);
      outline.attachments.push(head);
      stack = [head];
      seenStyles = new Set();
      recent = [line];
      return;
    }
    recent.push(line);
    if (recent.length > 3) recent.shift();
    const label = parseNumberLabel(block.text) ?? heads.get(order) ?? (rowOrders.has(order) ? rowNumberLabel(block.text) : null);
    const style = label ? (indentedLists ? bulletLevel(label.style, block) : label.style) : block.kind === 'heading' ? `h${block.level ?? 1}` : null;
    const open = stack[stack.length - 1];
    if (label && style && continuesBullet(open, style, label)) {
      open.lines.push(copyWith(line, { text: label.rest }));
      return;
    }
    if (style && placeNode(stack, seenStyles, label, style, line, attachment)) return;
    open.lines.push(line);
  });
  return outline;
}

/**
 * A bullet whose item ended on a comma (• 由于某日适逢节日，故会议提前结束， ⏎ • 以利与会人员返程。): the page broke
 * one sentence into two bullets, and the second goes on the first.
 */
function continuesBullet(open: OutlineNode, style: string, label: NumberLabel): boolean {
  if (label.style !== 'bullet' || open.style !== style) return false;
  const last = open.lines[open.lines.length - 1]?.text.trimEnd() ?? '';
  return last.endsWith('，') || last.endsWith(',');
}

/**
 * A page's nested lists keep their depth as indentation ("  • 各科重大事项提报 ⏎    • 请一科…"):
 * a bullet indented further than another is one level down, so each indentation is a style of its own.
 */
function bulletLevel(style: NumberingStyle, block: Block): string {
  const column = block.loc.column;
  return style === 'bullet' && column !== undefined && column > 1 ? `bullet@${column}` : style;
}

/**
 * Put a numbered line into the tree: a style already open on the stack makes
 * it a sibling there; a new style makes it a child of the innermost node.
 * Returns false when the line is text, not structure: a style never used as
 * structure before that does not start at 1 is an enumeration inside a
 * paragraph ("整改措施:(1)… ⏎ (2)县委…"), while a style already used may go on
 * numbering across sections ((一) 1. 2. (二) 3.).
 */
const KINDRED_STYLES: Readonly<Record<string, string>> = { 'ar-dot': 'ar-dun', 'ar-dun': 'ar-dot' };

function placeNode(
  stack: OutlineNode[],
  seenStyles: Set<string>,
  label: NumberLabel | null,
  style: string,
  line: Line,
  attachment: string | null,
): boolean {
  let open = stack.findIndex((n) => n.style === style);
  // 1. and 1、 are one level: a list that goes on from 2. with 3、 goes on (clerks mix the two).
  const kin = label && KINDRED_STYLES[style];
  if (open < 0 && kin) {
    const sibling = stack.findIndex((n) => n.style === kin && n.label?.value === label.value - 1);
    if (sibling > 0) {
      style = kin;
      open = sibling;
    }
  }
  // A flattened table row's cell may hold a list of its own (1、… 2、…): a new style under a row is the row's text.
  if (open < 0 && stack[stack.length - 1].style === 'row') return false;
  if (open > 0) {
    stack.length = open;
  } else if (opensAboveFragment(stack, label)) {
    stack.length = 1;
  } else if (stack.length > 1 && label && label.value !== 1 && label.style !== 'label' && !seenStyles.has(style)) {
    return false;
  }
  seenStyles.add(style);
  const parent = stack[stack.length - 1];
  const node = newNode(label, style, parent, attachment);
  node.lines.push(line);
  parent.children.push(node);
  stack.push(node);
  return true;
}

/**
 * A page cut out of the middle of a document opens on an item mid-list ((二)…(五)…), with no
 * text before it. A label of a higher level in the official order (五、 after those (五)) is the
 * document's next section, not an enumeration inside the last item: it closes the cut list.
 */
const NOT_HIERARCHY: ReadonlySet<NumberingStyle> = new Set<NumberingStyle>(['label', 'bullet', 'row']);

function opensAboveFragment(stack: readonly OutlineNode[], label: NumberLabel | null): boolean {
  const root = stack[0];
  const first = root.children[0]?.label;
  if (!label || !first || stack.length < 2 || root.lines.length > 0 || root.attachment !== null || first.value === 1) return false;
  if (NOT_HIERARCHY.has(label.style) || NOT_HIERARCHY.has(first.style)) return false;
  return STYLE_RANK[label.style] < STYLE_RANK[first.style];
}

/** Every node below `node`, depth first, in document order. */
export function walk(node: OutlineNode, into: OutlineNode[] = []): OutlineNode[] {
  for (const child of node.children) {
    into.push(child);
    walk(child, into);
  }
  return into;
}

/**
 * The lines of `node` and of every node below it, in document order: a node's
 * own lines come before its children's (a line always goes to the innermost
 * open node), so depth-first order is document order.
 */
export function subtreeLines(node: OutlineNode, into: Line[] = []): Line[] {
  into.push(...node.lines);
  for (const child of node.children) subtreeLines(child, into);
  return into;
}

/** The label line's text after the label: "重点任务", "民生保障行动。" */
export function headingText(node: OutlineNode): string {
  const first = node.lines[0]?.text ?? '';
  return node.label ? node.label.rest : first;
}
