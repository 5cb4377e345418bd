import { FIELD_LABELS, LABEL_ROLE_HINTS, type FieldRole } from '../lexicon/field-labels.js';
import { foldToSimplified } from '../lexicon/hant.js';
import { DIRECTIVE_OPENERS } from '../lexicon/directives.js';
import { OWNER_VERBS } from '../lexicon/organisations.js';
import { stripGlosses } from './gloss.js';
import { parseNumberLabel } from './numbering.js';
import { nameAfterPost } from './person.js';
import { isOrgName, isOwnerClause, isOwnerValue } from './owner-value.js';
import { trimEndsOf } from '../text/trim.js';
import { withoutSpaces } from '../text/space.js';
import { copyWith } from '../text/objects.js';

/** A labelled value found in a task: 责任单位：县文化局. */
export interface Field {
  role: FieldRole;
  /** The label as written: "責任股單位". */
  label: string;
  value: string;
  /** Where the value starts in the line it came from. */
  index: number;
  /** How it was written: a line of its own, an annotation inside a sentence, or a 牵头/配合/由…负责 phrase. */
  form: 'line' | 'inline' | 'phrase';
}

const LABEL_INDEX: ReadonlyMap<string, FieldRole> = new Map(
  (Object.entries(FIELD_LABELS) as Array<[FieldRole, readonly string[]]>).flatMap(([role, labels]) =>
    labels.map((label) => [label, role] as const),
  ),
);

/** The role of a label the lexicon lists, or null. */
export function knownLabelRole(label: string): FieldRole | null {
  return LABEL_INDEX.get(foldToSimplified(withoutSpaces(label))) ?? null;
}

/** The role a label plays, by the lexicon or by its words ("责任股单位" → unit). */
export function labelRole(label: string): FieldRole | null {
  const key = foldToSimplified(withoutSpaces(label));
  return LABEL_INDEX.get(key) ?? LABEL_ROLE_HINTS.find(([hint]) => hint.test(key))?.[1] ?? null;
}

/** Every label is followed by a colon: most prose lines need no label scan at all. */
function hasColon(line: string): boolean {
  return line.includes('：') || line.includes(':') || SEMICOLON_LABEL_HINT.test(line);
}

/** A note opening with a label and a semicolon typed for its colon (see INLINE_LABEL). */
const SEMICOLON_LABEL_HINT = /[（(〔【[][^；;]{2,8}[;；]/;

/** Words every owner phrase contains; a line without them needs no phrase scan. */
const OWNER_PHRASE_HINT = /牵头|负责|由|承担|统筹|组织|会同/;

/** Roles a label may have when it stands at the start of a line in prose. */
const LINE_FIELD = /^[\s\u3000]*([\u4e00-\u9fff][\u4e00-\u9fff\s\u3000]{0,9}?)[\s\u3000]*[:：][\s\u3000]*/;

/** Roles a label set in 【】 may carry: an item's owners and its time. */
const BRACKETED_ROLES = new Set<FieldRole | null>(['leader', 'unit', 'partner', 'deadline']);
const BRACKET_LABEL = /【([\u4e00-\u9fff]{2,8})】/g;

/**
 * Some plans set an item's labels in 【】 instead of closing them with a colon: "…需求。【责任单位】县某局
 * 【完成时限】6月底前". Such a label reads as one with its colon; the text keeps its length, so a field's
 * index still points into the line as written. 【】 around anything else (a portal's column) stays.
 */
export function withBracketLabels(line: string): string {
  if (!line.includes('【')) return line;
  return line.replace(BRACKET_LABEL, (whole, label: string) => (BRACKETED_ROLES.has(labelRole(label)) ? ` ${label}：` : whole));
}

/** "责任单位：县文化局" on a line of its own, or null. */
export function parseFieldLine(written: string): Field | null {
  const line = withBracketLabels(written);
  if (!hasColon(line)) return null;
  const match = LINE_FIELD.exec(line);
  if (!match) return null;
  const role = labelRole(match[1]);
  if (!role) return null;
  const value = line.slice(match[0].length).trim();
  return { role, label: match[1].trim(), value, index: match[0].length, form: 'line' };
}

/** Roles that inline annotations may carry; content/goal labels inside sentences are prose. */
const INLINE_ROLES = new Set<FieldRole>(['leader', 'unit', 'partner', 'deadline']);

/**
 * Labels that end the value before them without being read themselves: a
 * record's progress or remark ("…配合单位：县财政局 实际完成情况：…") is no owner.
 */
const VALUE_ENDING_ROLES = new Set<FieldRole>(['status', 'remark', 'target']);

const INLINE_LABELS = [...LABEL_INDEX.entries()]
  .filter(([label, role]) => (INLINE_ROLES.has(role) || VALUE_ENDING_ROLES.has(role)) && label.length >= 3)
  .map(([label]) => label)
  .sort((a, b) => b.length - a.length);

/**
 * Two-character labels, read inside a line only after a bracket, a space, a separator or a sentence's end:
 * time labels (… 时间：2024年) and the short owner labels of a note (（主办：社会局，协办：教育局）).
 */
const SHORT_LABELS = ['时间', '时限', '期限', '主办', '牵头', '承办', '主责', '协办', '会办', '配合', '协助'];

/**
 * A label inside a sentence: known ones, and unknown ones built like them
 * (责任/牵头/配合… + up to four characters). Matched on folded text.
 */
const INLINE_LABEL = new RegExp(
  `(?<=^|[（(〔【\\[；;，,。、：:\\s\\u3000])(${INLINE_LABELS.join('|')}|(?:责任|牵头|配合|协办|主办|承办|协助)[\\u4e00-\\u9fff]{1,4}?)[\\s\\u3000]*[:：]` +
    // Text that lost its line breaks runs a value into the next label ("张明副局长责任部门：规划科"):
    // a listed label of four or more characters with its colon needs no boundary before it, nor a
    // person's label (…长青巷负责人：王某), whose 人 ends no word of a place or a sentence before a colon.
    `|(${INLINE_LABELS.filter((label) => label.length >= 4 || label.endsWith('人')).join('|')})[\\s\\u3000]*[:：]` +
    // A clerk's typo for the colon, a semicolon, right where a note opens: "（责任单位；住建局、畜牧局）".
    `|(?<=[（(〔【\\[])(${INLINE_LABELS.join('|')})[\\s\\u3000]*[;；](?=[\\s\\u3000]*[^\\s\\u3000)）])` +
    // Labels a page ran onto one line, spaces between them ("责任单位：县发改局 时间：2024年"), and a note's short ones.
    `|(?<=[（(〔【\\[\\s\\u3000；;，,。])(${SHORT_LABELS.join('|')})[\\s\\u3000]*[:：]`,
  'g',
);

/**
 * Labelled values inside a line: "（责任领导：陈忠新；责任科室：各科室）",
 * "…工作。责任单位：县文化局，完成时限：2020年底". A value runs to the next
 * label, to the closing bracket or to the end of the sentence.
 */
export function parseInlineFields(line: string): Field[] {
  if (!hasColon(line)) return [];
  const folded = foldToSimplified(line);
  const hits: Array<{ label: string; start: number; valueStart: number }> = [];
  for (const match of folded.matchAll(INLINE_LABEL)) {
    const label = match[1] ?? match[2] ?? match[3] ?? match[4];
    hits.push({ label: line.slice(match.index, match.index + label.length), start: match.index, valueStart: match.index + match[0].length });
  }
  const fields: Field[] = [];
  hits.forEach((hit, k) => {
    const role = labelRole(hit.label);
    if (!role || !INLINE_ROLES.has(role)) return;
    const limit = k + 1 < hits.length ? hits[k + 1].start : line.length;
    const value = cutValue(line.slice(hit.valueStart, limit));
    // A person's field left blank in a public copy ("牵头领导:责任部门:…") is kept: blanking is a finding.
    const blanked = value === '' && role === 'leader' && k + 1 < hits.length && hits[k + 1].start === hit.valueStart;
    if (value || blanked) fields.push({ role, label: hit.label, value, index: hit.valueStart, form: 'inline' });
  });
  return fields;
}

/** The next item's number, where lost line breaks ran it into a value: "质监站（二）小街巷…", "质监站二、…". */
const NEXT_ITEM = /^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;

/**
 * A team's members, labelled after its head with nothing between ("负责人：王某成员：张某、李某"): the
 * members are no owners, and the label ends the head's value.
 */
const MEMBERS_LABEL = /(?:成员|组员)[\s\u3000]*[:：]/;
/** A short label of Han characters after a space, with its colon: "… 成果形式：". */
const NEXT_LABEL = /[\s\u3000]+\p{Script=Han}{2,6}[\s\u3000]*[:：]/u;

/** A value ends at a closing bracket that has no opening one inside it, at 。, at the next item's number, or at a members label. */
function cutValue(raw: string): string {
  let depth = 0;
  const members = raw.search(MEMBERS_LABEL);
  let end = members < 0 ? raw.length : members;
  // A label nobody listed, after a space, opens the next cell of a row run onto one line
  // ("牵头单位：县某局 成果形式：出台文件"): it ends the value before it.
  if (raw.includes('：') || raw.includes(':')) {
    const next = raw.search(NEXT_LABEL);
    if (next > 0 && next < end) end = next;
  }
  for (let k = 0; k < end; k++) {
    const ch = raw[k];
    if (depth === 0 && k > 0 && NEXT_ITEM.test(raw.slice(k, k + 6))) {
      end = k;
      break;
    }
    if (ch === '（' || ch === '(' || ch === '〔' || ch === '【') depth++;
    else if (ch === '）' || ch === ')' || ch === '〕' || ch === '】') {
      if (depth === 0) {
        end = k;
        break;
      }
      depth--;
    } else if (ch === '。' || (depth === 0 && (ch === '；' || ch === ';'))) {
      end = k;
      break;
    }
  }
  return trimEndsOf(raw.slice(0, end), '', '，,；;、');
}

/**
 * Owners written without a label:
 *  - a bracketed note that holds only owners, with or without verbs:
 *    （县文化局牵头，县财政局配合）, (民政局), （省发展改革委牵头负责）;
 *  - a run of owner clauses opening a sentence: "由王华副市长负责，市发改委牵头，
 *    相关部门配合，尽快完成…";
 *  - "由X负责", "由X会同Y…" inside a sentence.
 * "由文化馆指导的团队" is a description, not an assignment: a 的 after the verb rules it out.
 * The value goes to the owner grammar (owner-value.ts), which sorts leads from partners.
 */
const BY_PHRASE = /由([^，。；,;由]{2,60}?)(牵头负责|具体负责|负责|牵头|组织实施|组织开展|组织|承担|统筹)(?!的)/g;
const BY_TOGETHER = /由([^，。；,;由]{2,30}?)(?:会同|联合)([^，。；,;]{2,120})/g;
/**
 * "会议要求由县卫健局抓紧制定…", "应由各科科长将清册送…", "由领导小组提出具体方案": 由 names who acts,
 * then an urging word, one of OWNER_VERBS, 提出 (minutes hand a body the proposal), or 将/把 bringing
 * the object before the verb. (由于 is "because".)
 */
const BY_ACTOR = new RegExp(`由(?!于)([^，。；,;由]{2,30}?)(?=抓紧|尽快|及时|将|把|提出|${OWNER_VERBS.filter((v) => v.length >= 2).join('|')})`, 'g');
const BRACKETS: Readonly<Record<string, string>> = { '（': '）', '(': ')', '〔': '〕', '【': '】' };
/** A body and the verb of its part of the work, before what it does: "县财政局负责资金保障", "县财政局配合". */
const PART_OF_WORK = '([^，。；,;由]{2,20}?)(?:具体负责|具体实施|具体落实|负责|配合|协助|参与)';
/** The clause after "由X牵头": a body that carries the work out or helps, "，办公室负责日常管理", "，县财政局配合". */
const AFTER_LEAD = new RegExp(`[，,]${PART_OF_WORK}`, 'y');

/**
 * "由X牵头，Y负责…": who leads (often a leader: 由王某副局长牵头) and the body that does the
 * work are one assignment. The length of the clause naming Y (up to its verb) that goes with
 * the 牵头 phrase, or 0.
 */
function leadsOthersAt(folded: string, end: number, verb: string, owner: string): number {
  // "由副县长王某负责，县水利局具体实施": a leader in charge heads the work as one who 牵头 does.
  if (verb !== '牵头' && nameAfterPost(withoutSpaces(owner)) === null) return 0;
  AFTER_LEAD.lastIndex = end;
  const next = AFTER_LEAD.exec(folded);
  return next && isOrgName(next[1]) ? next[0].length : 0;
}

export function parseOwnerPhrases(line: string): Field[] {
  const folded = foldToSimplified(line);
  const notes = ownerNotes(line, folded);
  if (notes.length > 0) return notes;
  const cell = trailingOwnerCell(line);
  if (cell) return [cell];
  const fields = openingClauses(line, folded);
  if (fields.length > 0) return fields;
  if (!OWNER_PHRASE_HINT.test(folded)) return fields;
  for (const m of folded.matchAll(BY_TOGETHER)) {
    const start = m.index + 1;
    fields.push({ role: 'unit', label: '由…会同', value: line.slice(start, start + m[0].length - 1), index: start, form: 'phrase' });
  }
  if (fields.length > 0) return fields;
  for (const m of folded.matchAll(BY_PHRASE)) {
    if (!isOwnerValue(m[1])) continue;
    const start = m.index + 1;
    const end = start + m[1].length + m[2].length;
    // "申报工作由建设部门牵头": the phrase says who leads, as a 牵头 label would.
    const label = m[2].startsWith('牵头') ? '由…牵头' : '由…负责';
    fields.push({ role: 'unit', label, value: line.slice(start, end + leadsOthersAt(folded, end, m[2], m[1])), index: start, form: 'phrase' });
  }
  if (fields.length > 0) return fields;
  for (const m of folded.matchAll(BY_ACTOR)) {
    if (!isOwnerValue(m[1])) continue;
    const start = m.index + 1;
    fields.push({ role: 'unit', label: '由…', value: line.slice(start, start + m[1].length), index: start, form: 'phrase' });
  }
  return fields;
}

/**
 * A table row flattened onto a line keeps its last cell after the text, a stop and a space between:
 * "…消防通道堆放杂物. 区文广局 区公安分局". Bodies alone after the last stop are that owner cell
 * (a stop after text: the dot of a numbering label, 3. 某小区 配套幼儿园, opens a title, not a cell).
 */
const TRAILING_CELL = /(?<=[^\d０-９\s\u3000])[。.．；;][\s\u3000]+([^\s\u3000。.．；;，,、（）()]{3,20}(?:[\s\u3000]+[^\s\u3000。.．；;，,、（）()]{3,20}){0,5})[\s\u3000]*$/;

function trailingOwnerCell(line: string): Field | null {
  const m = TRAILING_CELL.exec(line);
  if (!m) return null;
  const names = m[1].split(/[\s\u3000]+/);
  if (!names.every(isOrgName)) return null;
  return { role: 'unit', label: '（）', value: names.join('、'), index: m.index + m[0].indexOf(m[1]), form: 'phrase' };
}

/**
 * A flattened table row's owner cell may stand on a line of its own under the row's text
 * ("3 某路口 占道经营。" ⏎ "区城管局 某街道"): a line of bodies' names alone, spaces between.
 */
export function ownerCellLine(line: string): Field | null {
  const names = line.trim().split(/[\s\u3000]+/);
  if (names.length > 6 || !names.every((name) => name.length >= 3 && name.length <= 20 && isOrgName(name))) return null;
  return { role: 'unit', label: '（）', value: names.join('、'), index: line.length - line.trimStart().length, form: 'phrase' };
}

/** Bracketed notes (outside other brackets) that hold nothing but owners. */
function ownerNotes(line: string, folded: string): Field[] {
  const fields: Field[] = [];
  let depth = 0;
  let open = -1;
  let closer = '';
  for (let k = 0; k < line.length; k++) {
    const ch = line[k];
    if (depth === 0 && BRACKETS[ch]) {
      depth = 1;
      open = k;
      closer = BRACKETS[ch];
    } else if (depth > 0 && BRACKETS[ch]) {
      depth++;
    } else if (depth > 0 && (ch === closer || ch === '）' || ch === ')' || ch === '〕' || ch === '】')) {
      depth--;
      if (depth === 0) {
        const content = line.slice(open + 1, k);
        if (!/[:：]/.test(content) && standsApart(line, folded, open, k) && isOwnerValue(folded.slice(open + 1, k))) {
          fields.push({ role: 'unit', label: '（）', value: content, index: open + 1, form: 'phrase' });
        }
      }
    }
  }
  return fields;
}

/**
 * A note stands apart from the words before it: after a sentence stop or a
 * closing quote ("…事宜。（民政局）", "“老旧小区改造”（市住建局）"), or it names
 * a lead and closes the sentence ("…项目建设（区发改局牵头）。"). A bracket
 * right after a name is part of it: 各乡镇（工业区）, 慢道旁（锦鳞村）.
 */
function standsApart(line: string, folded: string, open: number, close: number): boolean {
  // A mirror's pinyin gloss closes no sentence: 一场(chǎng)(体育中心) is a bracket right after a name.
  const before = stripGlosses(line.slice(0, open)).trimEnd();
  if (before === '' || /[。；;！？!?”」』）)\]】〕：:]$/.test(before)) return true;
  const after = line.slice(close + 1).trimStart();
  return /牵头|配合|负责|协助|协办|参与/.test(folded.slice(open, close)) && (after === '' || /^[。；;，,]/.test(after));
}

/** An assigning clause ends in its verb (a few characters of filler at most), or in 重点工作 after it. */
const CLAUSE_VERB = /(?:牵头|负责|配合|协助|协办|参与|落实|承办|主抓|主办|会同|实施|组织|统筹|承担|卖力)[\u4e00-\u9fff]{0,4}$/;

/** A heading's count of the items under it, after its words: "一、县发改局牵头工作（12项）". */
const ITEM_TALLY = /[（(]共?[0-9０-９一二三四五六七八九十]+[项条件个][）)]$/;

const MEETING_WORD_OPENING = new RegExp(`^(?:${DIRECTIVE_OPENERS.filter((word) => word.length >= 4).join('|')})[:：]`);
/** The same word opening a later clause, a colon or none after it: "会议决定由县市场监管局负责". */
const MEETING_WORD_IN_CLAUSE = new RegExp(`^(?:${DIRECTIVE_OPENERS.filter((word) => word.length >= 4).join('|')})[:：]?`);

/**
 * "该项工作由县农业局牵头": the work is named before 由, so the clause does more than assign; the 由 phrase
 * reads it (自由贸易区 and 由于 hold no such 由).
 */
const TOPIC_BEFORE_BY = /(?<!自)由(?!于)/;

/** The clauses taken so far end with a 牵头 clause. */
const LEAD_LAST = /牵头[，,]$/;
/** The same clause, split off its sentence already. */
const PART_AFTER_LEAD = new RegExp(`^${PART_OF_WORK}`);

/** Clauses that only assign, at the start of the line or of a sentence: "由X负责，Y牵头，Z配合，…". */
function openingClauses(line: string, folded: string): Field[] {
  if (!/牵头|负责|配合|协助|参与|会同|主抓/.test(folded)) return [];
  const fields: Field[] = [];
  // An item may open with its owner: "7.莆田出入境检验检疫局负责，市工商局配合，加强…", "（四）由市农业局负责…".
  const label = parseNumberLabel(folded);
  const numbered = label ? folded.length - label.rest.length : 0;
  // "会议议定：由县住建局牵头…": the meeting's word and its colon open the sentence, not its owner.
  const start = numbered + (MEETING_WORD_OPENING.exec(folded.slice(numbered))?.[0].length ?? 0);
  const sentences = folded.slice(start).split(/(?<=[。；;])/);
  let offset = start;
  for (const sentence of sentences) {
    // The first run of clauses that only assign: "…专项整治，由公安部门负责，有关部门配合。"
    const clauses = sentence.split(/(?<=[，,])/);
    let at = 0;
    let from = -1;
    let length = 0;
    for (const clause of clauses) {
      // A clause may open with the meeting's word before its owner: "…，会议要求县住建局牵头，…".
      const lead = from < 0 ? (MEETING_WORD_IN_CLAUSE.exec(clause)?.[0].length ?? 0) : 0;
      const body = clause.slice(lead).replace(/[，,。；;]$/, '').replace(ITEM_TALLY, '').replace(/^由/, '');
      // The 由 phrase reads a sentence whose assignment opens with the work it assigns.
      if (from < 0 && TOPIC_BEFORE_BY.test(body) && CLAUSE_VERB.test(body)) break;
      if (CLAUSE_VERB.test(body) && isOwnerClause(body)) {
        if (from < 0) from = at + lead;
        length = at + clause.length - from;
      } else if (from >= 0) {
        // "由县发改局牵头，县财政局负责资金保障": after a 牵头 clause, a body doing its part of the work goes with it.
        const part = LEAD_LAST.test(sentence.slice(from, at)) ? PART_AFTER_LEAD.exec(body) : null;
        if (part && isOrgName(part[1])) length = at + part[0].length - from;
        break;
      }
      at += clause.length;
    }
    if (from >= 0) {
      fields.push({ role: 'unit', label: '牵头', value: line.slice(offset + from, offset + from + length).replace(/[，,。；;]$/, '').replace(ITEM_TALLY, ''), index: offset + from, form: 'phrase' });
    }
    offset += sentence.length;
  }
  return fields;
}
/**
 * Every field a line carries. A line-start label ("整改时限：…", "整改措施：…")
 * comes first; labels inside the rest of the line follow and cut its value;
 * owner phrases count only where no label names an owner.
 */
export function fieldsOfLine(line: string): readonly Field[] {
  let fields = FIELD_CACHE.get(line);
  if (!fields) {
    if (FIELD_CACHE.size >= FIELD_CACHE_LIMIT) FIELD_CACHE.clear();
    fields = Object.freeze(readFieldsOfLine(line));
    FIELD_CACHE.set(line, fields);
  }
  return fields;
}

/** The outline asks for a line's fields several times (node, subtree, inheritance): parse each text once. */
const FIELD_CACHE = new Map<string, readonly Field[]>();
const FIELD_CACHE_LIMIT = 4096;

function readFieldsOfLine(written: string): Field[] {
  const line = withBracketLabels(written);
  const own = parseFieldLine(line);
  const offset = own ? own.index : 0;
  const inline = parseInlineFields(line.slice(offset)).map((f) => copyWith(f, { index: f.index + offset }));
  const fields: Field[] = [];
  if (own) {
    const valueEnd = inline.length > 0 ? labelStartBefore(line, inline[0].index) : line.length;
    const value = cutValue(line.slice(own.index, valueEnd));
    if (value || !INLINE_ROLES.has(own.role)) fields.push(copyWith(own, { value: INLINE_ROLES.has(own.role) ? value : own.value }));
  }
  fields.push(...inline);
  if (!fields.some((f) => OWNER_ROLES.has(f.role))) fields.push(...colonlessOwnerFields(line.slice(offset)).map((f) => copyWith(f, { index: f.index + offset })));
  if (!fields.some((f) => OWNER_ROLES.has(f.role))) fields.push(...parseOwnerPhrases(line.slice(offset)).map((f) => copyWith(f, { index: f.index + offset })));
  return fields;
}

const OWNER_ROLES = new Set<FieldRole>(['leader', 'unit', 'partner']);

/** Owner labels a flattened page runs on without their colon: "…开展整治活动责任单位城管科、环卫公司". */
const BARE_OWNER_LABEL = /(?:责任|牵头|配合|协办)(?:单位|部门|科室)(?=\p{Script=Han})/gu;
/** Before a label, these make it a word of the sentence: 各责任单位要…, 有关牵头单位. */
const NOT_A_BARE_LABEL_BEFORE = /[各关的等]/;

/**
 * A line's last owner labels written without a colon, each followed by nothing but
 * bodies' names to the end of the line ("…责任单位环卫公司配合单位办事处、城管中队"): a page
 * that lost the colons (and the line breaks) before them. Anything else after a label
 * (责任单位要…) is a sentence that mentions it.
 */
function colonlessOwnerFields(line: string): Field[] {
  const folded = foldToSimplified(line);
  const hits = [...folded.matchAll(BARE_OWNER_LABEL)].filter((m) => m.index > 0 && !NOT_A_BARE_LABEL_BEFORE.test(folded[m.index - 1]));
  let first = hits.length;
  while (first > 0) {
    const hit = hits[first - 1];
    const end = first < hits.length ? hits[first].index : line.length;
    if (!onlyBodies(line.slice(hit.index + hit[0].length, end), first === hits.length)) break;
    first--;
  }
  return hits.slice(first).flatMap((hit, k) => {
    const role = labelRole(hit[0]);
    const start = hit.index + hit[0].length;
    const end = first + k + 1 < hits.length ? hits[first + k + 1].index : line.length;
    return role ? [{ role, label: line.slice(hit.index, start), value: cutValue(line.slice(start, end)), index: start, form: 'inline' as const }] : [];
  });
}

/** Bodies' names only, separated by 、，, (the last value may close with 。). */
function onlyBodies(value: string, last: boolean): boolean {
  const cut = cutValue(value);
  if (!cut || (last && value.trim().replace(/[。.；;]$/, '') !== cut)) return false;
  return cut.split(/[、，,]/).every((name) => isOrgName(name.trim()) && !LABEL_TALK.test(foldToSimplified(name.trim())));
}

/** A "name" that joins on or names a label is talk about the labels: 明确牵头单位与责任单位. */
const LABEL_TALK = /^[与和及或]|(?:责任|牵头|配合|协办)(?:单位|部门|科室)/;

/** Where the label whose value starts at `valueIndex` begins: back over the colon and the label's characters. */
function labelStartBefore(line: string, valueIndex: number): number {
  let k = valueIndex;
  while (k > 0 && /[\s\u3000:：]/.test(line[k - 1])) k--;
  while (k > 0 && /[\u4e00-\u9fff]/.test(line[k - 1])) k--;
  return k;
}
