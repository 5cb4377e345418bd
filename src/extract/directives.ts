import {
  ASSIGNING_PHRASES,
  DIRECTIVE_OPENERS,
  DIRECTIVE_VERBS,
  ENACTING_CLAUSE,
  LINKING_WORDS,
  NON_DIRECTIVE_WORDS,
  RECORD_OPENERS,
  SCENE_OPENERS,
  SPEAKING_VERBS,
  SUBJECTLESS_OPENERS,
  TIME_ADVERBS,
} from '../lexicon/directives.js';
import { foldToSimplified } from '../lexicon/hant.js';
import type { DraftField, TaskDraft } from './draft.js';
import { fieldsOfLine } from './fields.js';
import { stripGlosses } from './gloss.js';
import type { Line } from './outline.js';
import { inferOwnersFromClauses } from './owners.js';
import { copyWith } from '../text/objects.js';

/**
 * Minutes and meeting reports give their tasks sentence by sentence in
 * running prose ("会议要求，…尽快印发实施。要按照时间节点，抓好落实…").
 * When a document holds no numbered items, label blocks or task tables, each
 * instruction sentence is a task; sentences that record the meeting
 * (会议指出, 会议听取) are not.
 */
const MAX_SUBJECT = 30;
const MIN_SENTENCE = 8;

/** What opens a point of a list in prose: 第一，一是，二要 (the 要 stays: it is the point's verb). */
const POINT_OPENER = /^(?:第[一二三四五六七八九十]+|[一二三四五六七八九十]是|[一二三四五六七八九十](?=要))[，,、]?/;

/** A sentence as the judge reads it: simplified, without a mirror's pinyin glosses or the number of its point. */
function judged(sentence: string): string {
  return foldToSimplified(stripGlosses(sentence).replace(/^[\s\u3000]+/, '').replace(POINT_OPENER, ''));
}

function isInstruction(sentence: string): boolean {
  return isJudgedInstruction(judged(sentence));
}

function isJudgedInstruction(folded: string): boolean {
  if (RECORD_OPENERS.some((w) => folded.startsWith(w))) return false;
  // The plan's own making (…，特制定本方案。) is no instruction, whatever its purpose clause says.
  if ((folded.includes('本') || folded.includes('如下') || folded.includes('以下')) && ENACTING_CLAUSE.test(folded)) return false;
  if (DIRECTIVE_OPENERS.some((w) => folded.startsWith(w))) return true;
  // A report of a meeting gives its leader's words ("张某强调，县住建局要…", "同时，要…"): what is said is judged.
  const said = folded.replace(SPOKEN_BY, '');
  if (said !== folded && said.length >= MIN_SENTENCE) return isInstruction(said);
  // "为确保按期完成，各科室要…", "围绕全年目标，下一步，某局要…": the scene before the comma tells no one; the rest is judged.
  const unset = folded.replace(SCENE_CLAUSE, '');
  if (unset !== folded && unset.length >= MIN_SENTENCE) return isJudgedInstruction(unset);
  // "…要求，由县发改局牵头，县自然资源局配合，在9月底前完成…": the sentence hands the work to someone.
  if (ASSIGNING_PHRASES.some((p) => p.test(folded))) return true;
  // "7月，成立领导小组…", "8—9月，重点搞好…": a schedule written as paragraphs, each led by its time.
  if (TIME_LED.test(folded)) return true;
  // "各相关单位要在6月30日前完成…": a subject told what it must do ("重要指示" tells no one).
  const verbs = folded.replace(NON_DIRECTIVE, (word) => '〇'.repeat(word.length));
  const verb = DIRECTIVE_VERBS.map((w) => verbs.indexOf(w)).filter((k) => k > 0).sort((a, b) => a - b)[0];
  return verb !== undefined && verb <= MAX_SUBJECT && !/[，,。；;：:]/.test(folded.slice(0, verb));
}

/** A clause setting a sentence's scene: its purpose or frame (为确保…，围绕…，), or its time (下一步，). */
const SCENE_CLAUSE = new RegExp(`^(?:(?:${SCENE_OPENERS.join('|')})[^，,。；;：:]{2,40}|${TIME_ADVERBS.join('|')})[，,]`);
const PURPOSE = /^为/;
const NON_DIRECTIVE = new RegExp(NON_DIRECTIVE_WORDS.join('|'), 'g');
/** A speaker and the verb of speaking before a comma (张某要求，县长强调：), or a linking word (同时，此外，). */
const SPOKEN_BY = new RegExp(`^(?:[^，,。；;：:]{1,12}?(?:${SPEAKING_VERBS.join('|')})|${LINKING_WORDS.join('|')})[，,：:]`);

/** A paragraph led by a month or a span of months: 7月，…; 8—9月，…; 10月至11月，…. */
const TIME_LED = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:[—\-–~至到](?:\d{1,2}|[一二三四五六七八九十]{1,3}))?月(?:份|上旬|中旬|下旬|底前?)?[，,：:]/;

interface Sentence {
  text: string;
  start: number;
  /** A point of a list the meeting only recorded (会议指出，一是…二是…): no instruction, however it reads. */
  recorded?: boolean;
}

/**
 * Sentences, and within a sentence the parts between ；that each hand work to
 * someone of their own ("由A牵头…完成X；由B牵头…完成Y"): each is an instruction.
 * A paragraph that counts its points in prose (一是…。…；二是…。三要…) gives
 * one instruction a point: each runs, over its sentences, to the next one's number.
 */
function sentencesOf(line: Line): Sentence[] {
  const text = line.text;
  const points = pointStarts(text);
  if (points === null) return plainSentences(text, 0, text.length);
  // The sentence that introduces the points (会议要求：) opens the first of them.
  let lead = points[0];
  while (lead > 0 && !'。！？!?'.includes(text[lead - 1])) lead--;
  const out = plainSentences(text, 0, lead);
  const recorded = RECORD_OPENERS.some((w) => judged(text.slice(lead, points[0])).startsWith(w));
  const bounds = [lead, ...points.slice(1), text.length];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const piece = text.slice(bounds[k], bounds[k + 1]).trim();
    if (piece.length >= MIN_SENTENCE) out.push({ text: piece, start: bounds[k], recorded });
  }
  return out;
}

function plainSentences(text: string, from: number, to: number): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  for (let k = from; k <= to; k++) {
    const ch = text[k];
    const end = k === to || '。！？!?'.includes(ch) || ((ch === '；' || ch === ';') && assignsFromHere(text, k + 1));
    if (!end) continue;
    const sentence = text.slice(start, Math.min(k + 1, to)).trim();
    if (sentence.length >= MIN_SENTENCE) out.push({ text: sentence, start });
    start = k + 1;
  }
  return out;
}

const NUMERALS = '一二三四五六七八九十';
/** Where a point's number may stand: the paragraph's start, or after a sentence's or clause's end. */
const POINT_BOUNDARY = '。！？!?；;：:，, \u3000';

/**
 * Where the counted points of a paragraph start (一是, 二是 …, or 一要, 二要 …):
 * at least 一 and 二, in order, each after a boundary. Null for a paragraph without.
 */
function pointStarts(text: string): number[] | null {
  if (!text.includes('二是') && !text.includes('二要')) return null;
  const starts: number[] = [];
  let suffix = '';
  for (let k = 0; k + 1 < text.length && starts.length < NUMERALS.length; k++) {
    if (text[k] !== NUMERALS[starts.length] || (k > 0 && !POINT_BOUNDARY.includes(text[k - 1]))) continue;
    const next = text[k + 1];
    if (next !== '是' && next !== '要') continue;
    if (starts.length === 0) suffix = next;
    else if (next !== suffix) continue;
    starts.push(k);
  }
  return starts.length >= 2 ? starts : null;
}

/** The part after a ；starts by handing its work to someone: "由县工业园区管委会牵头…". */
function assignsFromHere(text: string, from: number): boolean {
  const part = foldToSimplified(text.slice(from, from + 40));
  return /^由[^，。；,;]{2,30}?(?:牵头|负责|承办)/.test(part);
}

export function directiveDrafts(lines: readonly Line[]): TaskDraft[] {
  const drafts: TaskDraft[] = [];
  for (const line of lines) {
    // Whom the paragraph has told so far: a later "要…" with no subject of its own tells them again.
    let subject: string[] = [];
    for (const sentence of sentencesOf(line)) {
      if (sentence.recorded || !isInstruction(sentence.text)) continue;
      const fields = fieldsOfLine(sentence.text);
      const inheritedFields: DraftField[] = [];
      const named = fields.some((f) => f.role === 'unit' || f.role === 'leader' || f.role === 'partner');
      const units = named ? [] : inferOwnersFromClauses(sentence.text).units;
      if (units.length > 0) subject = units;
      else if (!named && subject.length > 0 && opensSubjectless(sentence.text)) {
        inheritedFields.push({ role: 'unit', label: '', value: subject.join('、'), index: 0, form: 'phrase' });
      } else subject = [];
      drafts.push({
        origin: 'body',
        number: '',
        path: [],
        title: sentence.text.replace(/[。！？!?]$/, '').slice(0, 60),
        text: sentence.text,
        loc: copyWith(line.loc, { column: (line.loc.column ?? 1) + sentence.start }),
        order: line.order,
        row: sentence.start,
        fields: [...fields],
        inheritedFields,
        ownerText: sentence.text,
        targetText: sentence.text,
        timeText: sentence.text.slice(sceneEnd(sentence.text)),
        phase: false,
        numberInherited: false,
      });
    }
  }
  return drafts;
}

/**
 * Where the sentence's scene and speaker end ("就做好2020年工作谋划，张某强调，对于…，某局要…"): the dates of
 * the topic it frames are not the time of what it tells.
 */
function sceneEnd(sentence: string): number {
  const folded = foldToSimplified(sentence);
  let at = 0;
  for (;;) {
    const rest = folded.slice(at);
    // A purpose (为确保9月底前完成，…) may hold the time the work is due: it stays.
    const m = (PURPOSE.test(rest) ? null : SCENE_CLAUSE.exec(rest)) ?? SPOKEN_BY.exec(rest);
    if (!m || rest.length - m[0].length < MIN_SENTENCE) return at;
    at += m[0].length;
  }
}

/** "要加强…", "同时，要…": the sentence opens on its verb, its subject unsaid (a counted point, 三要…, opens its own). */
function opensSubjectless(sentence: string): boolean {
  const bare = stripGlosses(sentence).replace(/^[\s\u3000]+/, '');
  if (POINT_OPENER.test(bare) && !SUBJECTLESS_OPENERS.some((w) => bare.startsWith(w))) return false;
  const folded = foldToSimplified(bare).replace(LINKED, '');
  return SUBJECTLESS_OPENERS.some((w) => folded.startsWith(w));
}

const LINKED = new RegExp(`^(?:${LINKING_WORDS.join('|')})[，,]`);
