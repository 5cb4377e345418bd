import { AGENDA_TOPIC_KINDS, NOTED_RULINGS } from '../lexicon/directives.js';
import { foldToSimplified } from '../lexicon/hant.js';
import { INTRODUCES_WORK, MAX_PLAN_FIELD_TITLE, MAX_TASK_ENDING_TITLE, MEETING_HEAD_TITLES, NON_TASK_SECTION_TITLES, NOTHING_VALUE, NON_TASK_SECTION_WORDS, PHASE_SECTION_WORDS, PLAN_FIELD_ACTIONS, PLAN_FIELD_TITLE_ENDINGS, TASK_SECTION_ENDINGS, TASK_SECTION_WORDS } from '../lexicon/sections.js';
import { findTimeMentions, type TimeMention } from './deadline.js';
import type { DraftField, TaskDraft } from './draft.js';
import { fieldsOfLine, ownerCellLine, parseFieldLine, type Field } from './fields.js';
import { isOrgName } from './owner-value.js';
import { inferOwnersFromClauses } from './owners.js';
import { stripGlosses } from './gloss.js';
import { enumeratedItems, introductionOf } from './introduced-items.js';
import { headingText, subtreeLines, walk, type Line, type Outline, type OutlineNode } from './outline.js';
import { numeralValue, parseNumberLabel, type NumberLabel } from './numbering.js';
import { firstSentence } from './tables.js';
import { holdsTaskVerb } from './task-verbs.js';
import { containsAny } from './word-table.js';
import { trimEndOf } from '../text/trim.js';
import { withoutSpaces } from '../text/space.js';
import { copyWith } from '../text/objects.js';

/** 'stage': one phase named by its own title (（一）准备阶段（3月）), not a 进度安排 section: a phase where it stands, no task section of the document. */
type SectionKind = 'task' | 'phase' | 'stage' | 'other' | 'neutral';

const OWNER_ROLES = new Set(['leader', 'unit', 'partner']);
const ASSIGNING_ROLES = new Set(['leader', 'unit', 'partner', 'deadline']);

const namesPhases = containsAny(PHASE_SECTION_WORDS);
const namesTaskWords = containsAny(TASK_SECTION_WORDS);
const endsLikeTasks = (title: string) => {
  const bare = trimEndOf(title, '：:。；;');
  return bare.length <= MAX_TASK_ENDING_TITLE && TASK_SECTION_ENDINGS.some((ending) => bare.endsWith(ending));
};
const namesTasks = (title: string) => namesTaskWords(title) || endsLikeTasks(title);
const namesNonTasks = containsAny(NON_TASK_SECTION_WORDS);

const namesPlanField = (title: string) => {
  const bare = trimEndOf(title, '：:。；;');
  const field =
    bare.length <= MAX_PLAN_FIELD_TITLE &&
    ((PLAN_FIELD_TITLE_ENDINGS.some((ending) => bare.endsWith(ending)) && !PLAN_FIELD_ACTIONS.some((verb) => bare.startsWith(verb))) ||
      MEETING_HEAD_TITLES.includes(withoutSpaces(bare)));
  // A page may run other words after the heading, past a space (一、工作推进情况 某站名 www.…): the words before it title it.
  return field || NON_TASK_SECTION_TITLES.includes(bare) || NON_TASK_SECTION_TITLES.includes(TITLE_BEFORE_SPACE.exec(bare)?.[1] ?? '');
};

/** A section title is a heading, not a sentence: an item whose first sentence runs longer only mentions the words. */
const MAX_SECTION_TITLE = 30;

/**
 * A page that lost its line breaks may run a heading into its paragraph with a space between
 * ("一、基本情况 今年全县…"): the short words before the space are the title.
 */
const TITLE_BEFORE_SPACE = /^[\s\u3000]*([^\s\u3000。；;，,：:]{2,12})[ \u3000]+\S/;

/**
 * Minutes head each topic with what the meeting did about it (研究…专项行动方案, 审议…): the words after the
 * verb name the document it studied, not what the section holds.
 */
const AGENDA_HEADING = /^(?:研究|审议|听取|讨论)/;

/** A phase's own title: …阶段, its span in brackets after it (准备阶段（2024年3月—4月）). */
const STAGE_TITLE = /阶段(?:[（(][^（）()]*[）)])?[。．.]?$/;
const TITLE_BEFORE_COLON = /^([^：:，,；;]{2,})[：:]/;

/** The words before a title's colon, unless they are a sentence's clause or an open bracket's ("…（主要内容包括：…）"). */
function titleBeforeColon(text: string): string | null {
  const title = TITLE_BEFORE_COLON.exec(text)?.[1];
  if (title === undefined) return null;
  const opened = title.split(/[（(]/).length - title.split(/[）)]/).length;
  return opened === 0 ? title : null;
}
/** "成立领导小组", "调整组织机构": setting up the body a frame section would describe is a step of work, not that frame. */
const SETS_UP = /^(?:成立|组建|设立|建立|调整)/;

function sectionKind(node: OutlineNode): SectionKind {
  // A mirror's pinyin glosses (指導(dǎo)思想) are not the title's words.
  const sentence = foldToSimplified(stripGlosses(firstSentence(headingText(node))));
  const whole = sentence.length > MAX_SECTION_TITLE ? (TITLE_BEFORE_SPACE.exec(sentence)?.[1] ?? sentence) : sentence;
  // "准备阶段（3月）：1、成立领导小组；…": the title ends at its colon, what follows is the section's content.
  const title = titleBeforeColon(whole) ?? whole;
  // "讨论事项：无", "临时动议：無": a head that says nothing stands under it holds no work.
  if (title !== whole && node.children.length === 0 && NOTHING_VALUE.test(whole.slice(title.length + 1).trim())) return 'other';
  // A phase's span in brackets does not count towards its title's length.
  const stage = STAGE_TITLE.exec(title);
  if (stage && stage.index <= MAX_SECTION_TITLE && !namesPhases(title)) return 'stage';
  if (title.length > MAX_SECTION_TITLE || AGENDA_HEADING.test(title)) return 'neutral';
  if (namesPhases(title)) return 'phase';
  if (namesTasks(title)) return 'task';
  if ((namesNonTasks(title) && !SETS_UP.test(title)) || namesPlanField(title)) return 'other';
  return 'neutral';
}

/**
 * An item with nothing under it whose line runs on past its title ("2.完善某某工作机制。编制清单…")
 * is one item among its siblings that mentions a section's words, not a section: it does not make
 * the document one with task sections, whose other items would then be left out.
 */
function isRunOnItem(node: OutlineNode): boolean {
  if (node.children.length > 0 || node.lines.length > 1) return false;
  const text = headingText(node);
  return text.trim().length > firstSentence(text).length + 1;
}

/**
 * Tasks written in prose: the leaves of sections whose titles mean tasks
 * (重点任务, 整改内容, 进度安排 …), label blocks (整改项目N + its fields), and
 * anywhere else a numbered item or a paragraph carries its own owner or deadline.
 * A document with no task section at all takes the leaves of every section
 * that is not a frame (目标, 原则, 保障措施 …).
 */
export interface BodyContext {
  /** The order of a covering notice's 落款 line: numbered paragraphs before it are the notice's, not the plan's. */
  noticeEnd: number | null;
  /** The document has a task table: prose outside task sections is then its frame, not more tasks. */
  hasTaskTable: boolean;
}

export function bodyTaskDrafts(outline: Outline, context: BodyContext = { noticeEnd: null, hasTaskTable: false }): TaskDraft[] {
  const roots = [outline.root, ...outline.attachments];
  const kinds = new Map<OutlineNode, SectionKind>();
  for (const root of roots) for (const node of walk(root)) kinds.set(node, sectionKind(node));
  const hasTaskSection = [...kinds].some(([node, kind]) => (kind === 'task' || kind === 'phase') && !isRunOnItem(node));
  const scope: Scope = hasTaskSection || context.hasTaskTable ? 'neutral' : 'fallback';
  // A heading whose section is a table ("二、重点工作任务分解" above it) is the table's caption, not a task.
  const captions = new Set(outline.tables.map((t) => t.caption[t.caption.length - 1]).filter((l) => l !== undefined));
  const drafts: TaskDraft[] = [];
  // The notice's requirements are not the plan's; a plan's item the page ran on right after the last of them,
  // its 落款 lost, is numbered as though under it ("三、加强督导。… ⏎ 1.…（牵头单位：…）") and is still the plan's.
  const visitPlan = (node: OutlineNode, inherited: DraftField[]): void => {
    if (context.noticeEnd === null || node.lines[0].order >= context.noticeEnd) visit(node, scope, inherited, drafts, kinds, captions, null);
    else for (const child of node.children) visitPlan(child, []);
  };
  // With every numbered item a task, an item the excerpt cut before its number is one too.
  if (scope === 'fallback') drafts.push(...cutItemTasks(outline.root));
  for (const root of roots) {
    drafts.push(...looseParagraphTasks(root, []));
    // The top level's items take what closes the last of them as the items under a heading do (请各责任单位于…前整改到位).
    const introduced = [...introducedOwners(root), ...closingFieldLines(root)];
    for (const child of root.children) visitPlan(child, introduced);
  }
  const cut = cutSectionHeading(roots[roots.length - 1], kinds);
  const actionable = drafts.filter((d) => !isAgendaTopic(d) && d.order !== cut);
  return scope === 'fallback' ? dropAnsweredProblems(actionable.filter((d) => !onlyNoted(d))) : actionable;
}

/**
 * The lines of a plan's frame sections (指导思想, 整改原则, 总体要求 …): what they say of the work
 * ("各单位要充分认清…") frames it; they hand out no task, not even as sentences.
 */
export function frameLineOrders(outline: Outline): Set<number> {
  const orders = new Set<number>();
  for (const root of [outline.root, ...outline.attachments]) {
    for (const node of walk(root)) if (node.label !== null && sectionKind(node) === 'other') for (const line of subtreeLines(node)) orders.add(line.order);
  }
  return orders;
}

/** A list item's dash, as plans mark the points under an item: "--", "——", "－－". */
const DASH_ITEM = /^[\s\u3000]*(?:--|——|－－|―――?)(?=[^-—－―\s])/;
/** A dash item that is a sentence: it closes with a stop. */
const SENTENCE_CLOSE = /[。；;]$/;

/**
 * A page that is an excerpt may open inside an item, its number cut off: the document's first lines are
 * the dash points of that item ("--全省新增8万户…。" before "（三）…"). They are the rest of a numbered
 * item, read as one task.
 */
function cutItemTasks(root: OutlineNode): TaskDraft[] {
  const lines: Line[] = [];
  for (const line of root.lines) {
    if (!DASH_ITEM.test(line.text) || !SENTENCE_CLOSE.test(line.text.trim())) break;
    lines.push(line);
  }
  if (lines.length === 0 || root.children.length === 0 || lines.length < root.lines.length) return [];
  const draft = blockDraft(root, lines, []);
  return [copyWith(draft, { title: draft.title.replace(DASH_ITEM, '') })];
}

const AGENDA_TOPIC = new RegExp(
  // …or a standing report on how earlier decisions went: 上次会议决议事项执行情形报告.
  `^(?:关于|《).{2,160}的(?:${AGENDA_TOPIC_KINDS.join('|')})[;；。.]?$|^.{2,60}(?:执行|落实|办理|进展)(?:情形|情况)(?:报告|汇报)[;；。.]?$`,
);

/**
 * A meeting's agenda (会议议题：一、关于…的汇报；二、关于…的请示) names what was
 * heard, not work to do: an item that is only such a topic, with no owner, is no task.
 */
function isAgendaTopic(draft: TaskDraft): boolean {
  // An agenda item is one line; the meeting's frame lines (列席情况：…) may follow it in the outline.
  const text = foldToSimplified(withoutSpaces(draft.text.split('\n')[0]));
  // The first item may follow the list's label on its line: 会议议题：一、关于….
  const item = text.replace(/^[^:：]{0,8}[:：]/, '');
  const rest = parseNumberLabel(item)?.rest ?? item;
  return AGENDA_TOPIC.test(rest) && !draft.fields.some((f) => OWNER_ROLES.has(f.role));
}

const NOTED_ENDING = new RegExp(`(?:^|[:：。；;])(?:${NOTED_RULINGS.join('|')})[。．.]?$`);

/** An agenda item closed by a ruling that only takes note ("…报请公鉴。主席裁示：准予备查。") assigns no work. */
function onlyNoted(draft: TaskDraft): boolean {
  const text = foldToSimplified(withoutSpaces(draft.text));
  const label = parseNumberLabel(text);
  return NOTED_ENDING.test(label ? label.rest : text) && !draft.fields.some((f) => OWNER_ROLES.has(f.role));
}

/** The words that lead from a list of problems to the measures answering them ("针对以上问题，…"). */
const ANSWERS_ABOVE = /以上问题|上述问题|前述问题|以上存在的问题|上述存在的问题/;

/**
 * An 整改 report without section titles lists the problems found (1、…4、),
 * then, after "针对以上问题…", the measures answering them (1、…4、). The
 * measures are the tasks; the problems are what they fix. Both lists are
 * siblings numbered from 1, the bridge sentence at the end of the first.
 */
function dropAnsweredProblems(drafts: TaskDraft[]): TaskDraft[] {
  const dropped = new Set<TaskDraft>();
  let start = 0;
  for (let k = 1; k <= drafts.length; k++) {
    const restarts = k === drafts.length || drafts[k].number !== String(Number(drafts[k - 1].number) + 1) || drafts[k].path.join() !== drafts[k - 1].path.join();
    if (!restarts) continue;
    const list = drafts.slice(start, k);
    const next = drafts.slice(k).findIndex((d, j) => j > 0 && d.number === '1');
    const answerLength = next < 0 ? drafts.length - k : next;
    if (k < drafts.length && drafts[k].number === '1' && list[0].number === '1' && answerLength >= list.length && ANSWERS_ABOVE.test(foldToSimplified(list[list.length - 1].text))) {
      list.forEach((d) => dropped.add(d));
    }
    start = k;
  }
  return dropped.size === 0 ? drafts : drafts.filter((d) => !dropped.has(d));
}

/** A step's label inside a phase's text, after a stop, a colon or a line's start: 1、 1. （1） 一是. */
const STEP_LABEL = /(?<=^|[。；;：:！\s\u3000])(?:(\d{1,2})[、.．](?![\d.．])|[（(](\d{1,2})[）)]|([一二三四五六七八九十]{1,2})是)/g;

interface StepStart {
  line: number;
  at: number;
}

/**
 * A phase written as one item with its steps inline ("（一）准备阶段（3月—4月）：1、成立专班；2、制定方案。",
 * or "…阶段（…）。一是… ⏎ 二是…"): each step counted up from 1 is a task of its own, with the phase's span
 * when it states no time; the phase's heading before the first step is its title, no task.
 */
function phaseSteps(node: OutlineNode, inherited: DraftField[]): TaskDraft[] | null {
  const starts = stepStarts(node.lines);
  return starts === null ? null : stepDrafts(node, starts, inherited, true);
}

/** A line that opens with a counting word: "二是实施某某行动。…". */
const POINT_OPENING = /^[\s\u3000]*([一二三四五六七八九十]{1,2})是/;

/**
 * "二、重点任务 ⏎ 一是实施某某行动。…（县某局负责） ⏎ 二是…": a section the plan's words name as its tasks, with no
 * numbered items under it, counts its points by the lines that open with 一是, 二是… (two or more, from 一): each
 * point is a task, the heading none. Inside an item's text (（一）某工作。一是… ⏎ 二是…) they stay the item's.
 */
function sectionPoints(node: OutlineNode, inherited: DraftField[]): TaskDraft[] | null {
  const starts: StepStart[] = [];
  for (let n = 1; n < node.lines.length; n++) {
    const text = node.lines[n].text;
    if (!text.includes('是')) continue;
    const m = POINT_OPENING.exec(text);
    if (m && numeralValue(m[1]) === starts.length + 1) starts.push({ line: n, at: m[0].length - m[1].length - 1 });
  }
  return starts.length >= 2 ? stepDrafts(node, starts, inherited, false) : null;
}

/** A point's counting word as its label: "二是实施…" → 二. */
function pointLabel(text: string): NumberLabel | null {
  const m = POINT_OPENING.exec(text);
  const value = m ? numeralValue(m[1]) : null;
  return m && value !== null ? { style: 'label', label: `${m[1]}是`, value, number: m[1], rest: text.slice(m[0].length) } : null;
}

/** The drafts of a node's steps, each from its start to the next one's. */
function stepDrafts(node: OutlineNode, starts: readonly StepStart[], inherited: DraftField[], phase: boolean): TaskDraft[] {
  const first = starts[0];
  const heading = first.line === 0 ? node.lines[0].text.slice(0, first.at) : node.lines[0].text;
  // Lines before the first step are the heading's: a phase's description, not a step.
  return starts.map((start, k) => {
    const end = starts[k + 1] ?? { line: node.lines.length - 1, at: node.lines[node.lines.length - 1].text.length };
    const lines: Line[] = [];
    for (let n = start.line; n <= end.line; n++) {
      const line = node.lines[n];
      const from = n === start.line ? start.at : 0;
      const to = n === end.line ? end.at : line.text.length;
      if (to > from) lines.push(from === 0 && to === line.text.length ? line : copyWith(line, { text: line.text.slice(from, to), loc: shifted(line.loc, from) }));
    }
    const label = parseNumberLabel(lines[0].text) ?? (phase ? null : pointLabel(lines[0].text));
    const draft = nodeDraft(copyWith(node, { lines, label }), fieldsOfLines(lines), inherited, phase);
    return phase ? copyWith(draft, { number: draft.number || String(k + 1), phaseTime: heading }) : draft;
  });
}

/** Where a phase's steps start: the first chain of labels of one kind counted up from 1, of two steps or more. */
function stepStarts(lines: readonly Line[]): StepStart[] | null {
  const chains: Array<StepStart[]> = [[], [], []];
  const expected = [1, 1, 1];
  lines.forEach((line, n) => {
    for (const m of line.text.matchAll(STEP_LABEL)) {
      const kind = m[1] !== undefined ? 0 : m[2] !== undefined ? 1 : 2;
      const value = numeralValue(m[1] ?? m[2] ?? m[3]);
      if (value !== expected[kind]) continue;
      chains[kind].push({ line: n, at: m.index });
      expected[kind]++;
    }
  });
  const chain = chains.filter((c) => c.length >= 2).sort((a, b) => a[0].line - b[0].line || a[0].at - b[0].at)[0];
  return chain ?? datedLineStarts(lines);
}

/** A schedule's line that opens with its time and a colon: "3月底前：完成方案制定。", "2024年6月：…", "3月1日—3月15日：…". */
const DATED_OPENING =
  /^[\s\u3000]*(?:(?:19|20)\d{2}年)?\d{1,2}月(?:上旬|中旬|下旬|底|末|\d{1,2}日)?(?:[—–\-－至到~～](?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:上旬|中旬|下旬|底|末|\d{1,2}日)?)?(?:前|以前|之前)?[：:]/;

/** Unnumbered, a schedule's steps are its lines that each open with their time (two or more, under the heading). */
function datedLineStarts(lines: readonly Line[]): StepStart[] | null {
  const starts: StepStart[] = [];
  for (let n = 1; n < lines.length; n++) if (DATED_OPENING.test(lines[n].text)) starts.push({ line: n, at: 0 });
  return starts.length >= 2 ? starts : null;
}

function shifted(loc: Line['loc'], by: number): Line['loc'] {
  return loc.column === undefined || by === 0 ? loc : copyWith(loc, { column: loc.column + by });
}

/** A heading that may give a phase's span: a number, a month, a year's part (上半年, 三季度). */
const PHASE_SPAN = /[0-9０-９]|[一二三四五六七八九十]月|半年|季度|年底|年内/;

/**
 * "一、总体要求 ⏎ （一）… ⏎ 二、统一审批流程" and the page ends: a last heading alone, whose sibling before it
 * heads a section the plan's words name (总体要求, 重点任务 …), heads one too; the excerpt cut off its items.
 * The order of its line, or null. (Minutes' topics, 一、研究某某工作, name no such section.)
 */
function cutSectionHeading(root: OutlineNode, kinds: ReadonlyMap<OutlineNode, SectionKind>): number | null {
  let node = root;
  while (node.children.length > 0) node = node.children[node.children.length - 1];
  const parent = node.parent;
  if (node === root || parent === null || node.label === null || node.lines.length !== 1) return null;
  if (/[。；;！!？?]/.test(node.label.rest)) return null;
  const siblings = parent.children;
  const before = siblings.length > 1 ? siblings[siblings.length - 2] : null;
  const heads = before !== null && before.style === node.style && before.children.length > 0 && kinds.get(before) !== 'neutral';
  return heads ? node.lines[0].order : null;
}

/** `scope`: what the enclosing sections say about their leaves. */
type Scope = SectionKind | 'fallback';

function visit(
  node: OutlineNode,
  scope: Scope,
  inherited: DraftField[],
  out: TaskDraft[],
  kinds: ReadonlyMap<OutlineNode, SectionKind>,
  captions: ReadonlySet<Line>,
  phaseTime: string | null,
): void {
  // An unnumbered heading with nothing under it is a title ("# …任务分解表"), never a task; nor is a table's caption.
  if (node.children.length === 0 && node.lines.length <= 1 && (node.label === null || captions.has(node.lines[0]))) return;
  const kind = kinds.get(node)!;
  const here: Scope = kind === 'neutral' ? scope : kind === 'stage' ? 'phase' : kind;
  // A problem's measures listed under its 整改措施： take the owner and time lines that close them as the problem's.
  const measured = listsItsMeasures(node);
  const fields = measured ? [...nodeFields(node), ...closingFieldLines(node)] : nodeFields(node);
  if (node.children.length === 0 || measured || isTaskBlock(node, fields)) {
    // The fallback (no task section anywhere) takes numbered items only: an unnumbered heading is a title.
    const inScope = here === 'task' || here === 'phase' || (here === 'fallback' && node.label !== null);
    // Outside a frame section, an item closed by its owners in brackets ("…5处。（县某局牵头）") assigns as a label does.
    if (inScope || fields.some(isAssigning) || (here !== 'other' && fields.some(isOwnerNote)) || (here === 'neutral' && asksBody(node))) {
      const steps =
        node.children.length === 0 ? (here === 'phase' ? phaseSteps(node, inherited) : kind === 'task' ? sectionPoints(node, inherited) : null) : null;
      if (steps) {
        out.push(...steps);
        return;
      }
      const duties = node.children.length === 0 ? dutyList(node, inherited) : null;
      if (duties) {
        out.push(...duties);
        return;
      }
      const drafts = splitAtOwnNotes(nodeDraft(node, fields, inherited, here === 'phase'), node);
      out.push(...(phaseTime === null ? drafts : drafts.map((d) => copyWith(d, { phaseTime }))));
    }
    return;
  }
  out.push(...looseParagraphTasks(node, inherited));
  // A heading's annotation, or a heading that names its owner ("一、叶枝利区长牵头重点工作"), speaks for the items below it;
  // so does one owner line after the last of them when none has its own.
  const passDown = [
    ...inherited,
    ...fieldsOfLine(node.lines[0].text).filter(assignsFromHeading),
    ...headingNoteFields(node),
    ...closingFieldLines(node),
    ...introducedOwners(node),
  ];
  // A phase's heading gives its span (（一）准备阶段（3月—4月）): the steps under it that state no time of their own take it.
  const childPhaseTime = here === 'phase' && node.label && PHASE_SPAN.test(node.lines[0].text) ? node.lines[0].text : phaseTime;
  for (const child of node.children) visit(child, here, passDown, out, kinds, captions, childPhaseTime);
}

/** A ruling of minutes that opens by asking a body (一、請某局於…前提報…; 并请某处…): a decision, wherever it stands. */
const ASKS = /^(?:并|另|亦)?请(?![示求])/;

function asksBody(node: OutlineNode): boolean {
  const first = node.lines[0].text;
  const rest = foldToSimplified(stripGlosses(parseNumberLabel(first)?.rest ?? first)).trimStart();
  return node.label !== null && ASKS.test(rest) && inferOwnersFromClauses(firstSentence(rest)).units.length > 0;
}

/**
 * "局生产技术科牵头，做好以下几方面工作： ⏎ （一）… ⏎ （二）…": the owners of a sentence that introduces
 * the items below it, written as the node's last line before them, apply to each item.
 */
function introducedOwners(node: OutlineNode): Field[] {
  const own = node.label ? node.lines.slice(1) : node.lines;
  const last = own[own.length - 1];
  if (node.children.length === 0 || !last) return [];
  const intro = introductionOf(last.text);
  return intro && last.text.slice(intro.itemsFrom).trim() === '' ? intro.owners : [];
}

function assignsFromHeading(field: Field): boolean {
  return isAssigning(field) || (field.form === 'phrase' && ASSIGNING_ROLES.has(field.role));
}

/** A bracket on its own line: "（由市某局牵头实施）". */
const WHOLE_NOTE = /^[\s\u3000]*[（(〔【][^（()）〔〕【】]{2,80}[)）〕】][\s\u3000]*$/;

/**
 * "一、扩大有效投资 ⏎ （由市某局牵头实施） ⏎ …": the heading's note on the line under it, before the section's
 * text, names who leads all of the section, as it does written in the heading itself.
 */
function headingNoteFields(node: OutlineNode): Field[] {
  if (node.label === null || node.lines.length < 2 || !WHOLE_NOTE.test(node.lines[1].text)) return [];
  return fieldsOfLine(node.lines[1].text).filter(assignsFromHeading);
}

/**
 * "（1）… ⏎ （2）… ⏎ （4）… ⏎ （责任单位：A、B）": owner and deadline lines after the last of
 * several items apply to each of them, for the roles none of the others states itself.
 */
function closingFieldLines(node: OutlineNode): Field[] {
  const children = node.children;
  if (children.length < 2) return [];
  const last = children[children.length - 1];
  // The field lines that close the last item: "责任单位：… ⏎ 完成时限：…", the item's own text above them.
  let first = last.lines.length;
  while (first > 1 && isClosingFieldLine(last.lines[first - 1].text)) first--;
  const summing = first === last.lines.length && first > 1 ? summingUpFields(last.lines[first - 1].text) : [];
  if (summing.length > 0) first--;
  if (first === last.lines.length) return [];
  const closing = summing.length > 0 ? summing : last.lines.slice(first).flatMap((l) => fieldsOfLine(l.text)).filter((f) => ASSIGNING_ROLES.has(f.role));
  const otherLines = children.slice(0, -1).flatMap((child) => subtreeLines(child));
  const others = otherLines.flatMap((l) => fieldsOfLine(l.text));
  // Where the other items state a role the closing lines give too, those lines are the last item's own; else they
  // speak for each item: "1.… ⏎ 2.… ⏎ 完成时限：6月底前" sets each one's time.
  const ownersTaken = closing.some((f) => OWNER_ROLES.has(f.role)) && others.some((f) => OWNER_ROLES.has(f.role));
  const timeTaken =
    closing.some((f) => f.role === 'deadline') && (others.some((f) => f.role === 'deadline') || otherLines.some((l) => findTimeMentions(l.text, NO_YEAR).some(isDated)));
  // A sentence that says it sums them up (以上任务由某局牵头) speaks for every item that names no owner itself;
  // its time only where none of them states one.
  if (summing.length > 0) return timeTaken ? summing.filter((f) => f.role !== 'deadline') : summing;
  return ownersTaken || timeTaken ? [] : closing;
}

/** A sentence that sums up the items above it: 以上工作…, 上述任务…. */
const SUMS_UP = /^[\s\u3000]*[（(〔【]?(?:以上|上述)/;
/** The brackets a summing sentence may stand in: （以上任务由县某局牵头，各乡镇配合）. */
const SUMMING_BRACKETS = /^[\s\u3000]*[（(〔【]|[)）〕】][\s\u3000]*$/g;
/**
 * A 通报's request to every owner of the problems it lists (请各责任单位于5月20日前整改到位): its time is each
 * problem's. Folded.
 */
const ASKS_EVERY_OWNER = /^[\s\u3000]*(?:请|望)?(?:各|以上|上述)(?:责任|相关|有关|涉及)?(?:单位|部门)/;

/**
 * "以上工作由县某局牵头，各社区配合，6月底前完成": a sentence after the last of several items that sums them
 * up assigns each of them, its owners and its time, as an owner line there does.
 */
function summingUpFields(written: string): Field[] {
  const asked = ASKS_EVERY_OWNER.test(foldToSimplified(written)) ? findTimeMentions(written, NO_YEAR).find(isDated) : undefined;
  if (asked) return [{ role: 'deadline', label: '各责任单位', value: asked.text, index: asked.index, form: 'phrase' }];
  if (!SUMS_UP.test(written)) return [];
  const text = written.replace(SUMMING_BRACKETS, '');
  const owners = fieldsOfLine(text).filter((f) => OWNER_ROLES.has(f.role));
  if (owners.length === 0) return [];
  const time = owners.some((f) => f.role === 'deadline') ? undefined : findTimeMentions(text, NO_YEAR).find(isDated);
  return time ? [...owners, { role: 'deadline', label: '以上', value: time.text, index: time.index, form: 'phrase' }] : owners;
}

/** A line's times are found without a year: only their shape is asked. */
const NO_YEAR = { year: null };

/** A time that dates the work (9月底前, 2024年6月): 及时, 长期坚持 and 每月 do not. */
function isDated(mention: TimeMention): boolean {
  return mention.kind === 'by' || mention.kind === 'at' || mention.kind === 'range' || mention.kind === 'until';
}

/** A field line is short and labelled (a colon, or a label's closing 】): the shape is checked before its fields are read. */
const OWNER_LINE_SHAPE = /^[\s\u3000]*[（(〔【]?[^。；;]{2,12}[:：】]/;

/**
 * A line that is only field labels and their values, an owner's ("（责任单位：…）", "责任人：王某、***") or a
 * deadline's ("完成时限：2024年6月底前", "（时间要求：9月底前）").
 */
function isClosingFieldLine(text: string): boolean {
  if (!OWNER_LINE_SHAPE.test(text) || !isOneClause(text)) return false;
  const fields = fieldsOfLine(text);
  if (fields.some((f) => OWNER_ROLES.has(f.role) && f.form !== 'phrase')) return !/。./.test(text);
  return fields.length > 0 && fields.every((f) => f.role === 'deadline' && f.form !== 'phrase');
}

/**
 * No ；; and no 。 but one at the end (white space after it): what
 * /^\s*[（(〔【]?[^。；;]*[）)〕】]?[。．.]?\s*$/ accepts, whose runs of white space
 * and of any character overlap, so that it backtracks in cubic time over spaces.
 */
function isOneClause(text: string): boolean {
  if (text.includes('；') || text.includes(';')) return false;
  const stop = text.indexOf('。');
  return stop < 0 || text.slice(stop + 1).trim() === '';
}

function isAssigning(field: DraftField): boolean {
  return ASSIGNING_ROLES.has(field.role) && field.form !== 'phrase';
}

/** A bracketed note that holds only owners, standing apart from the sentence before it: （县某局牵头，县某局配合）. */
function isOwnerNote(field: DraftField): boolean {
  return field.form === 'phrase' && field.label === '（）';
}

/**
 * A node whose item text ends in field lines (整改项目N ⏎ 整改时限：… ⏎ 责任领导：…)
 * is one task, numbered sub-items included.
 */
function isTaskBlock(node: OutlineNode, fields: readonly Field[]): boolean {
  if (node.style === 'label') return true;
  return fields.some((f) => f.form === 'line' && ASSIGNING_ROLES.has(f.role)) || hasFieldItems(node) || listsItsContent(node) || detailsItsBullets(node, fields);
}

/** An item's sentence closed by its owners in brackets: …完成年度各项指标。（牵头单位：某局）. */
const SENTENCE_THEN_OWNERS = /[。；;][\s\u3000]*[(（][^()（）]+[)）][\s\u3000]*$/;

/**
 * "1.加强某项监测。（牵头单位：某局） ⏎ ▲某指标增长6%。 ⏎ ▲某指标增长5%。": an item whose sentence closes with its
 * owners, followed by unnumbered bullets with no owner of their own, is one task; the bullets spell out its indicators.
 * A heading that names an area (（一）经济发展（牵头领导：某某）) is no sentence: its bullets are its tasks.
 */
function detailsItsBullets(node: OutlineNode, fields: readonly Field[]): boolean {
  if (node.label === null || node.label.style === 'bullet' || node.lines.length !== 1 || !SENTENCE_THEN_OWNERS.test(node.lines[0].text)) return false;
  if (!fields.some((f) => f.form !== 'line' && ASSIGNING_ROLES.has(f.role))) return false;
  return node.children.every(
    (child) => child.children.length === 0 && child.label?.style === 'bullet' && !fieldsOfLines(child.lines).some((f) => ASSIGNING_ROLES.has(f.role)),
  );
}

/** A measures label closing the item's own text, alone on its line or after the problem's sentence: 整改措施：. Folded. */
const MEASURES_LABEL = /(?:^|[。；;])[\s\u3000]*(?:整改措施|具体措施|整改举措)[:：]?[\s\u3000]*$/;

/**
 * "（一）某问题。 ⏎ 整改措施： ⏎ ①… ⏎ ②… ⏎ 责任领导：… ⏎ 整改时限：…": a problem of a rectification plan whose own
 * 整改措施 label lists its measures, none with an owner or time of its own, is one task: the measures are its text.
 */
function listsItsMeasures(node: OutlineNode): boolean {
  if (node.children.length < 2) return false;
  if (!MEASURES_LABEL.test(foldToSimplified(node.lines[node.lines.length - 1].text))) return false;
  return node.children.every((child) => child.children.length === 0 && !fieldsOfLine(child.lines[0].text).some(isAssigning));
}

/** Longer than this, a listed point is a sentence, not a name. */
const MAX_CONTENT_NAME = 12;

/**
 * "（一）开展专项检查。…重点检查以下内容： ⏎ 1.消防设施； ⏎ 2.安全通道；": an item whose text closes by
 * introducing a list of bare names (short, no task verb, no owner) holds them as what it covers: the
 * item is one task, the list its content.
 */
function listsItsContent(node: OutlineNode): boolean {
  if (node.children.length < 2) return false;
  const own = node.lines[node.lines.length - 1].text;
  if (!own.trimEnd().endsWith('：') && !own.trimEnd().endsWith(':')) return false;
  if (!INTRODUCES_WORK.test(foldToSimplified(own))) return false;
  return node.children.every((child) => {
    if (child.children.length > 0 || child.lines.length > 1 || !child.label) return false;
    const name = trimEndOf(child.label.rest.trim(), '；;。，,、');
    return name.length <= MAX_CONTENT_NAME && !/[，,。；;]/.test(name) && !holdsTaskVerb(foldToSimplified(name)) && fieldsOfLine(name).length === 0;
  });
}

/**
 * An item whose sub-items are all labelled fields, one of them assigning
 * ("一、…项目 ⏎ （一）责任领导：X ⏎ （二）年度目标：… ⏎ （三）完成情况：…"):
 * the numbers only order the item's fields, so the item is one task.
 */
function hasFieldItems(node: OutlineNode): boolean {
  if (node.children.length < 2) return false;
  let assigning = false;
  for (const child of node.children) {
    const field = child.children.length === 0 && child.label ? parseFieldLine(child.label.rest) : null;
    if (!field) return false;
    assigning ||= ASSIGNING_ROLES.has(field.role);
  }
  return assigning;
}

/** The node's lines, a field item's number taken off its first line so that its label is read as a field line. */
function withoutFieldNumbers(lines: readonly Line[], node: OutlineNode): Line[] {
  if (!hasFieldItems(node)) return [...lines];
  const firsts = new Map(node.children.map((child) => [child.lines[0], child.label!.rest] as const));
  return lines.map((line) => {
    const rest = firsts.get(line);
    return rest === undefined ? line : copyWith(line, { text: rest });
  });
}

function nodeFields(node: OutlineNode): Field[] {
  const fields = fieldsOfLines(node.lines);
  if (node.style !== 'row' || fields.some((f) => OWNER_ROLES.has(f.role))) return fields;
  // A flattened table row with no owner in its text: its owner cell may stand on a line of its own.
  const cell = node.lines.slice(1).map((line) => ownerCellLine(line.text)).find((field) => field !== null);
  return cell ? [...fields, cell] : fields;
}

function fieldsOfLines(lines: readonly Line[]): Field[] {
  return unwrapNotes(lines).flatMap((line) => fieldsOfLine(line.text));
}

/** A note hard-wrapped by the page, read as one: lines are at most this many per note. */
const MAX_NOTE_LINES = 6;

/**
 * Text exported with hard line breaks (a PDF's or a Word page's width) wraps
 * an owner note anywhere, even inside its list:
 *   …按期完成。(责任单位:县水务局
 *   (列第一位的为牵头单位,下同)、县财政局、县农业局、
 *   各乡镇)
 * A line that leaves a bracket open goes on in the next lines until it
 * closes; they are read as one line.
 */
function unwrapNotes(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let k = 0; k < lines.length; k++) {
    let line = lines[k];
    let depth = bracketBalance(line.text);
    for (let j = 1; depth > 0 && j < MAX_NOTE_LINES && k + 1 < lines.length; j++) {
      const next = lines[++k];
      line = copyWith(line, { text: line.text + next.text.trimStart() });
      depth += bracketBalance(next.text);
    }
    out.push(line);
  }
  return out;
}

function bracketBalance(text: string): number {
  if (!OPENING_BRACKET.test(text)) return 0;
  let depth = 0;
  for (let k = 0; k < text.length; k++) {
    const ch = text.charCodeAt(k);
    if (ch === FULL_OPEN || ch === ASCII_OPEN) depth++;
    else if ((ch === FULL_CLOSE || ch === ASCII_CLOSE) && depth > 0) depth--;
  }
  return depth;
}

const OPENING_BRACKET = /[（(]/;
const [FULL_OPEN, ASCII_OPEN, FULL_CLOSE, ASCII_CLOSE] = [...'（()）'].map((ch) => ch.charCodeAt(0));

function pathOf(node: OutlineNode): string[] {
  const path: string[] = [];
  for (let p = node.parent; p; p = p.parent) {
    if (p.label) path.unshift(p.label.label + firstSentence(p.label.rest).replace(/[。．.]$/, ''));
    else if (p.attachment) path.unshift(p.attachment);
  }
  return path;
}

/**
 * One owner note per task: an item whose first line closes with its owners
 * ("…汽车产业基地。（牵头单位：X；配合单位：Y）") is over at that note, and a
 * line after it that closes with a note of its own is the next task — its
 * number lost to the page ("?。ǘ┩七M…（牵头单位：Z）"), or never written.
 */
function splitAtOwnNotes(draft: TaskDraft, node: OutlineNode): TaskDraft[] {
  if (node.children.length > 0 || node.lines.length < 2) return [draft];
  const noted = node.lines.map((line) => closesWithOwnNote(line.text));
  if (!noted[0] && isTitleLine(node)) return titledNotedParagraphs(draft, node, noted);
  if (!noted[0] || noted.filter(Boolean).length < 2) return [draft];
  const groups: Line[][] = [];
  node.lines.forEach((line, k) => {
    if (k === 0 || noted[k - 1]) groups.push([line]);
    else groups[groups.length - 1].push(line);
  });
  return groups.map((lines, k) => (k === 0 ? nodeDraft(copyWith(node, { lines }), lines.flatMap((l) => fieldsOfLine(l.text)), draft.inheritedFields, draft.phase) : copyWith(blockDraft(node, lines, draft.inheritedFields), { path: [...draft.path] })));
}

/** A numbered heading that is a title, not a sentence: "一、加快某某发展" (one clause, no stop before its end). */
function isTitleLine(node: OutlineNode): boolean {
  const rest = node.label?.rest.trim() ?? '';
  return rest.length > 0 && rest.length <= MAX_SECTION_TITLE && !/[。；;！？]./.test(rest);
}

/**
 * "一、加快某某发展 ⏎ 某某工作。…（牵头单位：市某局） ⏎ 某某工作。…（牵头单位：市某委）": under a heading that is a
 * title, unnumbered paragraphs each closed by their own owners are tasks, one per note (lines before a note go with
 * it); the heading is their section, no task. Two notes at least; otherwise the heading and its text are one task.
 */
function titledNotedParagraphs(draft: TaskDraft, node: OutlineNode, noted: readonly boolean[]): TaskDraft[] {
  if (noted.filter(Boolean).length < 2) return [draft];
  const groups: Line[][] = [];
  let open: Line[] = [];
  for (let k = 1; k < node.lines.length; k++) {
    open.push(node.lines[k]);
    if (noted[k]) {
      groups.push(open);
      open = [];
    }
  }
  if (open.length > 0) groups[groups.length - 1].push(...open);
  const path = [...draft.path, node.label!.label + firstSentence(node.label!.rest).replace(/[。．.]$/, '')];
  return groups.map((lines) => copyWith(blockDraft(node, lines, draft.inheritedFields), { path }));
}

/** A line of text (not a field line) that ends in a bracketed note naming its owners. */
function closesWithOwnNote(text: string): boolean {
  if (!/[）)〕】][。．.]?\s*$/.test(text) || parseFieldLine(text)) return false;
  const fields = fieldsOfLine(text);
  return fields.some((f) => OWNER_ROLES.has(f.role) && (f.form === 'inline' || f.form === 'phrase') && f.index > 4);
}

function nodeDraft(node: OutlineNode, ownFields: Field[], inherited: DraftField[], phase: boolean): TaskDraft {
  const lines = node.children.length === 0 ? node.lines : subtreeLines(node);
  const read = node.children.length === 0 ? lines : withoutFieldNumbers(lines, node);
  const fields = node.children.length === 0 ? ownFields : fieldsOfLines(read);
  const text = lines.map((l) => l.text).join('\n');
  const bodyText = taskProse(read, fields);
  const label = node.label;
  return {
    origin: 'body',
    number: label ? label.number : '',
    path: pathOf(node),
    title: cleanTitle(label ? label.rest : text),
    text,
    loc: node.lines[0].loc,
    order: node.lines[0].order,
    row: 0,
    fields,
    inheritedFields: inherited,
    ownerText: label && bodyText.startsWith(label.label) ? bodyText.slice(label.label.length) : bodyText,
    targetText: bodyText,
    timeText: bodyText,
    phase,
    numberInherited: false,
  };
}

/**
 * Paragraphs outside any numbered task that carry their own owner annotation
 * ("…（责任单位：县文化局）") are tasks too, one per paragraph.
 */
/** A body's name and the colon after it opening a line: "县农业农村局：负责…". */
const DUTY_LINE = /^[\s\u3000]*([^：:，,。；;（）()\s]{2,20})[：:]/;

/**
 * "四、职责分工 ⏎ 县农业农村局：负责… ⏎ 县生态环境局：负责…": a list of bodies, each with its
 * duties after a colon, gives each body its own task. Every line of the section (two or more) must read so.
 */
function dutyList(node: OutlineNode, inherited: DraftField[]): TaskDraft[] | null {
  const own = node.label ? node.lines.slice(1) : node.lines;
  if (own.length < 2) return null;
  const named = own.map((line) => DUTY_LINE.exec(line.text));
  if (!named.every((m) => m !== null && isOrgName(m[1]) && parseFieldLine(`${m[1]}：`) === null)) return null;
  return own.map((line, k) => {
    const name = named[k]![1];
    const duty = line.text.slice(named[k]![0].length).trim();
    return lineDraft(node, line, [{ role: 'unit', label: name, value: name, index: 0, form: 'line' }], inherited, { title: duty, owners: '', rest: duty });
  });
}

/**
 * A task that stands on one line of a section's own text (a line with its owner note, a body and its
 * duties): `owners` is the text its owners may be read from, `rest` the one its targets and time are.
 */
function lineDraft(node: OutlineNode, line: Line, fields: DraftField[], inherited: DraftField[], words: { title: string; owners: string; rest: string }): TaskDraft {
  return {
    origin: 'body',
    number: '',
    path: node.label ? [...pathOf(node), node.label.label + firstSentence(node.label.rest)] : pathOf(node),
    title: cleanTitle(words.title),
    text: line.text,
    loc: line.loc,
    order: line.order,
    row: 0,
    fields,
    inheritedFields: inherited,
    ownerText: words.owners,
    targetText: words.rest,
    timeText: words.rest,
    phase: false,
    numberInherited: false,
  };
}

function looseParagraphTasks(node: OutlineNode, inherited: DraftField[]): TaskDraft[] {
  const drafts: TaskDraft[] = [];
  const own = node.label ? node.lines.slice(1) : node.lines;
  const inBlocks = new Set<Line>();
  for (const block of labelBlocks(own)) {
    block.forEach((line) => inBlocks.add(line));
    drafts.push(blockDraft(node, block, inherited));
  }
  drafts.push(...enumeratedTasks(node, own, inherited, inBlocks));
  for (const line of own) {
    if (inBlocks.has(line)) continue;
    const fields = fieldsOfLine(line.text).filter((f) => f.form === 'inline');
    if (!fields.some((f) => OWNER_ROLES.has(f.role))) continue;
    const prose = taskProse([line], fields);
    drafts.push(lineDraft(node, line, fields, inherited, { title: line.text, owners: prose, rest: prose }));
  }
  return drafts;
}

/**
 * "…做好以下几方面工作：一是…。二是…。": the clauses counted after an owner sentence that introduces
 * them, on its line or on the lines below, are tasks of those owners. `used` gets the lines they take.
 */
function enumeratedTasks(node: OutlineNode, own: readonly Line[], inherited: DraftField[], used: Set<Line>): TaskDraft[] {
  const drafts: TaskDraft[] = [];
  for (let k = 0; k < own.length; k++) {
    if (used.has(own[k])) continue;
    const intro = introductionOf(own[k].text);
    if (!intro) continue;
    const sameLine = own[k].text.slice(intro.itemsFrom).trim() !== '';
    const lines = sameLine ? own.slice(k) : own.slice(k + 1);
    const texts = lines.map((line, j) => (j === 0 && sameLine ? line.text.slice(intro.itemsFrom) : line.text));
    const items = enumeratedItems(texts);
    if (items.length === 0) continue;
    const owners = [...inherited, ...intro.owners];
    for (const item of items) {
      const line = lines[item.text];
      used.add(line);
      const text = texts[item.text].slice(item.start, item.end).trim();
      const fields = fieldsOfLine(text).filter((f) => f.form !== 'phrase' || OWNER_ROLES.has(f.role));
      const prose = taskProse([copyWith(line, { text })], fields);
      drafts.push({
        origin: 'body',
        number: text.slice(0, item.counter),
        path: pathOf(node),
        title: cleanTitle(text.slice(item.counter + 1)),
        text,
        loc: line.loc,
        order: line.order,
        row: item.value,
        fields,
        inheritedFields: owners,
        ownerText: prose,
        targetText: prose,
        timeText: prose,
        phase: false,
        numberInherited: false,
      });
    }
    k += items[items.length - 1].text + (sameLine ? 0 : 1);
  }
  return drafts;
}

const BLOCK_START_ROLES = new Set(['content', 'title', 'goal', 'group']);

/**
 * Unnumbered label blocks: "具体任务：… ⏎ 责任单位：… ⏎ 完成时限：…" — a line
 * labelled as the task, then field lines, is one task when a field names an
 * owner or a deadline.
 */
function labelBlocks(lines: readonly Line[]): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] | null = null;
  const close = () => {
    if (current?.some((l) => fieldsOfLine(l.text).some((f) => f.form === 'line' && ASSIGNING_ROLES.has(f.role)))) blocks.push(current);
    current = null;
  };
  let opensWithTitle = false;
  for (const line of lines) {
    const own = recordFieldLine(line.text);
    if (own && current?.length === 1 && opensWithTitle && own.role !== 'title' && BLOCK_START_ROLES.has(own.role)) {
      // A record names its item, then says what it holds: 项目名称：… ⏎ 项目内容：… is one record.
      current.push(line);
      opensWithTitle = false;
    } else if (own && BLOCK_START_ROLES.has(own.role)) {
      close();
      current = [line];
      opensWithTitle = own.role === 'title';
    } else if (current && own) {
      current.push(line);
    } else {
      close();
    }
  }
  close();
  return blocks;
}

/** A record's number before its first label, as some pages write them: "01 项目名称：…". */
const RECORD_NUMBER = /^[\s\u3000]*(\d{1,3})[\s\u3000]+(?=\p{Script=Han})/u;

/** A field line, read past the record's number before it. */
function recordFieldLine(text: string): Field | null {
  return parseFieldLine(text.replace(RECORD_NUMBER, ''));
}

function blockDraft(node: OutlineNode, lines: Line[], inherited: DraftField[]): TaskDraft {
  const fields = lines.flatMap((l) => fieldsOfLine(l.text));
  // The record's number counts records, it is no quantity of the task ("01 项目名称" is not 1 项).
  const prose = taskProse([copyWith(lines[0], { text: lines[0].text.replace(RECORD_NUMBER, '') }), ...lines.slice(1)], fields);
  const text = lines.map((l) => l.text).join('\n');
  return {
    origin: 'body',
    number: RECORD_NUMBER.exec(lines[0].text)?.[1] ?? '',
    path: pathOf(node),
    title: cleanTitle(recordFieldLine(lines[0].text)?.value ?? text),
    text,
    loc: lines[0].loc,
    order: lines[0].order,
    row: 0,
    fields,
    inheritedFields: inherited,
    ownerText: prose,
    targetText: prose,
    timeText: prose,
    phase: false,
    numberInherited: false,
  };
}

/**
 * The task's words without its owner and deadline fields, nor its progress (完成情况：…, what was
 * done, not what is committed): what targets, times and subjects are read from.
 */
function taskProse(lines: readonly Line[], fields: readonly Field[]): string {
  const assigning = fields.filter((f) => ASSIGNING_ROLES.has(f.role) || f.role === 'status');
  return unwrapNotes(lines)
    .filter((line) => !assigning.some((f) => f.form === 'line' && line.text.trimStart().startsWith(f.label)))
    .map((line) => stripAnnotations(line.text))
    .join('\n');
}

/** "（责任领导：X；责任科室：Y）" and "（X牵头，Y配合）" out of a sentence. */
function stripAnnotations(text: string): string {
  return text.replace(/[（(][^（）()]*(?:[:：]|牵头|配合)[^（）()]*[）)]/g, '');
}

function cleanTitle(text: string): string {
  return firstSentence(stripAnnotations(text)).replace(/[。．.，,]$/, '');
}
