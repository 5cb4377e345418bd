import type { Block } from '../../model/block.js';
import { DOCUMENT_KIND_WORDS } from '../../lexicon/document.js';
import { FIELD_LABELS } from '../../lexicon/field-labels.js';
import { ORG_NAME_END } from '../../lexicon/organisations.js';
import { foldToSimplified } from '../../lexicon/hant.js';
import { numeralValue } from '../numbering.js';
import { copyWith } from '../../text/objects.js';

/**
 * Pages that lost their line breaks run a whole plan into one paragraph:
 * "…制定本方案。(一)河道清淤整治…牵头领导:王某(二)农贸市场整治…".
 * The numbering labels are still there, and they count up: where a long
 * paragraph holds labels of one style numbered 1, 2, 3… in order, each one
 * starts a line again. A lone label, or labels that do not count up, are
 * references ("按第（一）项"), not items.
 */

/** Shorter paragraphs are a clerk's lines: an item with inline (1)(2) stays one item. */
export const MIN_RUN_ON = 500;

interface Style {
  pattern: RegExp;
  /** Whether the label may follow any character; otherwise it must follow a sentence end or a space. */
  anywhere: boolean;
}

const CN = '[一二三四五六七八九十]{1,3}';
const STYLES: readonly Style[] = [
  { pattern: new RegExp(`[（(](${CN})[）)]`, 'g'), anywhere: true },
  { pattern: /[（(]([0-9０-９]{1,2})[）)]/g, anywhere: true },
  // 一、 follows a stop or a space: "统一、规范" is a word and a list.
  { pattern: new RegExp(`(${CN})、`, 'g'), anywhere: false },
  // 6、98年…: after 、 a number may follow (a year, a count); only after a dot would it make a decimal (4.2024).
  { pattern: /(?<![0-9０-９.．A-Za-z])([0-9０-９]{1,2})(?:[.．](?![0-9０-９.．])|、)/g, anywhere: false },
];

const PARAGRAPH_BREAK = /[。；：:！？](?=[ \t\u3000\u00a0]+\S)/g;

const LABEL_AFTER_GAP = new RegExp(`([ \\t\u3000\u00a0]{2,})(?=[（(](?:${CN}|[0-9０-９]{1,2})[）)]|${CN}、|[0-9０-９]{1,2}[、.．](?![0-9０-９]))`, 'g');

const AFTER_STOP = /[。；;：:！？!?\s\u3000）)”」]/;

/** Offsets in `text` where a counted-up item starts. */
export function runOnItemStarts(text: string): number[] {
  const starts = new Set<number>();
  for (const style of STYLES) {
    const labels: Array<{ at: number; value: number }> = [];
    for (const m of text.matchAll(style.pattern)) {
      const value = numeralValue(m[1]);
      if (value === null || value === 0) continue;
      if (!style.anywhere && m.index > 0 && !AFTER_STOP.test(text[m.index - 1])) continue;
      labels.push({ at: m.index, value });
    }
    for (const chain of countingChains(labels, text)) for (const at of chain) if (at > 0) starts.add(at);
  }
  if (starts.size === 0) return [];
  // Chinese puts no space after a stop: in a run-on page, a space after one is where a paragraph ended.
  for (const m of text.matchAll(PARAGRAPH_BREAK)) starts.add(m.index + 1);
  // Nor two spaces inside a sentence: before a numbering label, a run of them is where a line ended.
  for (const m of text.matchAll(LABEL_AFTER_GAP)) starts.add(m.index + m[1].length);
  for (const at of signatureCuts(text)) starts.add(at);
  return [...starts].sort((a, b) => a - b);
}

/**
 * A covering notice's 落款 run into the plan it issues: "…请认真贯彻执行。某市人民政府 2023年3月17日
 * 某市…实施方案 为进一步…". The issuer, the date and the plan's title are lines of their own again
 * (where the notice ends and the plan begins): the issuer is an organisation's name right after a
 * sentence's end, the date a full one, the title a document's name before its first words.
 */
const RUN_ON_SIGNATURE = /(?<=[。！!）)]\s*)([^。！!；;：:，,\s][^。！!；;：:，,]{1,30}?)\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)/g;
const PUBLIC_NOTE = /^\s*[（(]此件[^（）()]{1,8}[)）]/;
const TITLE_AFTER_SIGNATURE = new RegExp(`^\\s*(.{4,60}?(?:${DOCUMENT_KIND_WORDS.join('|')}))(?=\\s|为了?|根据|按照|依据)`);

function signatureCuts(text: string): number[] {
  if (!text.includes('日')) return [];
  const cuts: number[] = [];
  for (const m of text.matchAll(RUN_ON_SIGNATURE)) {
    if (!ORG_NAME_END.test(foldToSimplified(m[1].trim()))) continue;
    const dateAt = m.index + m[0].length - m[2].length;
    let after = m.index + m[0].length;
    cuts.push(m.index, dateAt, after);
    const note = PUBLIC_NOTE.exec(text.slice(after));
    if (note) cuts.push((after += note[0].length));
    const title = TITLE_AFTER_SIGNATURE.exec(foldToSimplified(text.slice(after, after + 80)));
    if (title) cuts.push(after + title[0].length);
  }
  return cuts;
}

/**
 * Runs of labels numbered 1, 2, 3… in text order (each run starting at a 1),
 * of two labels or more. Each label is looked at once per run it extends.
 * A page's excerpt may begin inside a list ("…的通知 （十六）… （十七）…"):
 * the style's first label, after a space or a stop, may start a run at any
 * number, as long as the next ones count up from it.
 */
function countingChains(labels: ReadonlyArray<{ at: number; value: number }>, text: string): number[][] {
  const chains: number[][] = [];
  let k = 0;
  while (k < labels.length) {
    const midList = k === 0 && labels[0].at > 0 && AFTER_STOP.test(text[labels[0].at - 1]);
    if (labels[k].value !== 1 && !midList) {
      k++;
      continue;
    }
    const chain = [labels[k].at];
    let expected = labels[k].value + 1;
    let j = k + 1;
    for (; j < labels.length; j++) {
      if (labels[j].value === 1) break;
      if (labels[j].value === expected) {
        chain.push(labels[j].at);
        expected++;
      }
    }
    if (chain.length >= 2) chains.push(chain);
    k = j;
  }
  return chains;
}

/**
 * Where a paragraph is cut: a long one at its counted-up items; a short one
 * only when two or more of its items carry owner labels of their own
 * ("1.…。责任单位：A。2.…。责任单位：B。"), which a clerk's single item never does.
 */
function runOnStarts(text: string): number[] {
  if (text.length >= MIN_RUN_ON) return runOnItemStarts(text);
  if (!text.includes('：') && !text.includes(':')) return [];
  const folded = foldToSimplified(text);
  const labels = [...folded.matchAll(OWNER_LABEL)].map((m) => m.index);
  if (labels.length < 2) return [];
  const starts = runOnItemStarts(text);
  const cuts = [...starts, text.length];
  let labelled = 0;
  for (let k = 0; k + 1 < cuts.length; k++) if (labels.some((at) => at >= cuts[k] && at < cuts[k + 1])) labelled++;
  return labelled >= 2 ? starts : [];
}

const OWNER_LABEL = new RegExp(`(?:${[...FIELD_LABELS.unit, ...FIELD_LABELS.leader].filter((label) => label.length >= 3).join('|')})\\s*[:：]`, 'g');

/** A long paragraph cut at its counted-up items, each piece a paragraph of its own. */
export function splitRunOn(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const starts = block.kind === 'paragraph' ? runOnStarts(block.text) : [];
    if (starts.length === 0) {
      out.push(block);
      continue;
    }
    const cuts = [0, ...starts, block.text.length];
    const column = block.loc.column ?? 1;
    for (let k = 0; k + 1 < cuts.length; k++) {
      const text = block.text.slice(cuts[k], cuts[k + 1]).trim();
      if (text) out.push(copyWith(block, { text, loc: copyWith(block.loc, { column: column + cuts[k] }) }));
    }
  }
  return out;
}

/**
 * Records numbered 1、2、3、…, each opening with the same field label ("1、负责区域：… ⏎ 2、负责区域：…"),
 * where a page glued the next record's number onto the end of a value ("…成员：张某、李某3、负责区域：…"):
 * the next number, then the records' label, starts the next record. Only the number that comes next
 * counts, and never one that goes on a number (13、 is not 3、).
 */
export function splitGluedRecords(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let record: { next: number; label: string } | null = null;
  for (const block of blocks) {
    if (block.kind !== 'paragraph') {
      record = null;
      out.push(block);
      continue;
    }
    const opening = RECORD_OPENING.exec(block.text);
    if (opening) record = { next: Number(opening[1]) + 1, label: opening[2] };
    if (!record) {
      out.push(block);
      continue;
    }
    let text = block.text;
    let column = block.loc.column ?? 1;
    for (;;) {
      const glued = gluedRecordAt(text, record);
      if (glued < 0) break;
      const head = text.slice(0, glued).trimEnd();
      if (head) out.push(copyWith(block, { text: head, loc: copyWith(block.loc, { column }) }));
      column += glued;
      text = text.slice(glued);
      record.next++;
    }
    out.push(text === block.text ? block : copyWith(block, { text, loc: copyWith(block.loc, { column }) }));
  }
  return out;
}

/** A record's number and its first label: "2、负责区域：". */
const RECORD_OPENING = /^[\s\u3000]*(\d{1,3})[、.．][\s\u3000]*(\p{Script=Han}{2,6})[:：]/u;

/** Where "N、label：" for the record that comes next stands glued inside `text` (not at its start), or -1. */
function gluedRecordAt(text: string, record: { next: number; label: string }): number {
  const number = String(record.next);
  for (const separator of ['、', '.', '．']) {
    const wanted = number + separator + record.label;
    let at = text.indexOf(wanted, 1);
    while (at > 0) {
      const after = text[at + wanted.length];
      if (!/\d/.test(text[at - 1]) && (after === ':' || after === '：')) return at;
      at = text.indexOf(wanted, at + 1);
    }
  }
  return -1;
}
