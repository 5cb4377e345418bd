import { ASSIGNING_PHRASES, DIRECTIVE_OPENERS, DIRECTIVE_VERBS, LINKING_WORDS, NON_DIRECTIVE_WORDS, RECORD_OPENERS, SPEAKING_VERBS } from '../lexicon/directives.js';
import { foldToSimplified } from '../lexicon/hant.js';
import type { TaskDraft } from './draft.js';
import { fieldsOfLine } from './fields.js';
import type { Line } from './outline.js';
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

function isInstruction(sentence: string): boolean {
  const folded = foldToSimplified(sentence.replace(/^[\s\u3000]+/, '').replace(/^(?:第[一二三四五六七八九十]+|[一二三四五六七八九十]是)[，,、]?/, ''));
  if (RECORD_OPENERS.some((w) => folded.startsWith(w))) return false;
  if (DIRECTIVE_OPENERS.some((w) => folded.startsWith(w))) return true;
  // A report of a meeting gives its leader's words ("张某强调，县住建局要…", "同时，要…"): what is said is judged.
  const said = folded.replace(SPOKEN_BY, '');
  if (said !== folded && said.length >= MIN_SENTENCE) return isInstruction(said);
  // "为确保按期完成，各科室要…": the purpose before the comma tells no one; the rest is judged.
  const purposeless = folded.replace(PURPOSE_CLAUSE, '');
  if (purposeless !== folded && purposeless.length >= MIN_SENTENCE) return isInstruction(purposeless);
  // "…要求，由县发改局牵头，县自然资源局配合，在9月底前完成…": the sentence hands the work to someone.
  if (ASSIGNING_PHRASES.some((p) => p.test(folded))) return true;
  // "7月，成立领导小组…", "8—9月，重点搞好…": a schedule written as paragraphs, each led by its time.
  if (TIME_LED.test(folded)) return true;
  // "各相关单位要在6月30日前完成…": a subject told what it must do ("重要指示" tells no one).
  const verbs = folded.replace(NON_DIRECTIVE, (word) => '〇'.repeat(word.length));
  const verb = DIRECTIVE_VERBS.map((w) => verbs.indexOf(w)).filter((k) => k > 0).sort((a, b) => a - b)[0];
  return verb !== undefined && verb <= MAX_SUBJECT && !/[，,。；;：:]/.test(folded.slice(0, verb));
}

/** A purpose clause opening a sentence: 为确保…，为了…，. */
const PURPOSE_CLAUSE = /^为了?[^，,。；;：:]{2,40}[，,]/;
const NON_DIRECTIVE = new RegExp(NON_DIRECTIVE_WORDS.join('|'), 'g');
/** A speaker and the verb of speaking before a comma (张某要求，县长强调：), or a linking word (同时，此外，). */
const SPOKEN_BY = new RegExp(`^(?:[^，,。；;：:]{1,12}?(?:${SPEAKING_VERBS.join('|')})|${LINKING_WORDS.join('|')})[，,：:]`);

/** A paragraph led by a month or a span of months: 7月，…; 8—9月，…; 10月至11月，…. */
const TIME_LED = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:[—\-–~至到](?:\d{1,2}|[一二三四五六七八九十]{1,3}))?月(?:份|上旬|中旬|下旬|底前?)?[，,：:]/;

/**
 * Sentences, and within a sentence the parts between ；that each hand work to
 * someone of their own ("由A牵头…完成X；由B牵头…完成Y"): each is an instruction.
 */
function sentencesOf(line: Line): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (let k = 0; k <= line.text.length; k++) {
    const ch = line.text[k];
    const end = k === line.text.length || '。！？!?'.includes(ch) || ((ch === '；' || ch === ';') && assignsFromHere(line.text, k + 1));
    if (!end) continue;
    const text = line.text.slice(start, k + 1).trim();
    if (text.length >= MIN_SENTENCE) out.push({ text, start });
    start = k + 1;
  }
  return out;
}

/** The part after a ；starts by handing its work to someone: "由县工业园区管委会牵头…". */
function assignsFromHere(text: string, from: number): boolean {
  const part = foldToSimplified(text.slice(from, from + 40));
  return /^由[^，。；,;]{2,30}?(?:牵头|负责|承办)/.test(part);
}

export function directiveDrafts(lines: readonly Line[]): TaskDraft[] {
  const drafts: TaskDraft[] = [];
  for (const line of lines) {
    for (const sentence of sentencesOf(line)) {
      if (!isInstruction(sentence.text)) continue;
      drafts.push({
        origin: 'body',
        number: '',
        path: [],
        title: sentence.text.replace(/[。！？!?]$/, '').slice(0, 60),
        text: sentence.text,
        loc: copyWith(line.loc, { column: (line.loc.column ?? 1) + sentence.start }),
        order: line.order,
        row: sentence.start,
        fields: [...fieldsOfLine(sentence.text)],
        inheritedFields: [],
        ownerText: sentence.text,
        targetText: sentence.text,
        timeText: sentence.text,
        phase: false,
        numberInherited: false,
      });
    }
  }
  return drafts;
}
