import { foldToSimplified } from '../lexicon/hant.js';
import { ADVERBIAL_PREPOSITIONS, GENERIC_BODY_WORDS, ORG_SUFFIXES, OWNER_VERBS, PARTNER_VERBS, SUBJECT_PEOPLE_WORDS } from '../lexicon/organisations.js';
import { stripGlosses } from './gloss.js';
import { opensNameWord, readOwnerValue, splitBetweenUnits } from './owner-value.js';
import { adverbialAfterBody, clauseSubject, endsLikeOrg } from './subject.js';
import { holdsTaskVerb } from './task-verbs.js';
import { isPostAlone } from './person.js';
import { SURNAMES } from '../lexicon/person-names.js';
import { trimEndsOf } from '../text/trim.js';

/**
 * Split an owner value into owners: on 、，,；; / and line breaks, on 及
 * after an organisation name, on 和/与 between two of them — never inside brackets ("各县（市、区）政府" is
 * one owner). Padding inside names goes ("陈  凯" → 陈凯); "*" and "××" stay.
 */
export function splitOwners(value: string): string[] {
  const owners: string[] = [];
  const folded = foldToSimplified(value);
  const flush = (from: number, to: number) => {
    const owner = cleanOwner(value.slice(from, to));
    if (owner) owners.push(...splitBetweenUnits(owner));
  };
  let depth = 0;
  let start = 0;
  for (let k = 0; k < value.length; k++) {
    const ch = value[k];
    if (ch === '（' || ch === '(' || ch === '【' || ch === '[') depth++;
    else if ((ch === '）' || ch === ')' || ch === '】' || ch === ']') && depth > 0) depth--;
    if (depth === 0 && (SEPARATORS.has(ch) || (ch === '及' && endsLikeOrg(folded, start, k)))) {
      flush(start, k);
      start = k + 1;
    }
  }
  flush(start, value.length);
  return owners;
}

const SEPARATORS = new Set(['、', '，', ',', '；', ';', '/', '／', '\n', '\t']);

/** Trim punctuation and the padding Word puts inside short names. */
export function cleanOwner(raw: string): string {
  const joined = raw
    .replace(/(\p{Script=Han})[\s\u3000\u00a0]+(?=\p{Script=Han})/gu, '$1')
    ;
  return trimEndsOf(joined, ':：', '。．.，,；;、').replace(/^(?:和|与|及)/, '');
}

// ── Owners named as the subject of a clause ────────────────────────────────

const SUFFIX = `(?:${ORG_SUFFIXES.join('|')})`;
const startsAny = (words: readonly string[]) => (text: string, at: number) => words.find((word) => text.startsWith(word, at)) ?? null;
const peopleAt = startsAny(SUBJECT_PEOPLE_WORDS);
/** After the subject, its people may come before the verb: "各乡镇相关人员参加". */
const verbAfterPeople = (words: readonly string[]) => {
  const wordAt = startsAny(words);
  // 县应急局要…: the 应 of 应急 is the name going on, not its verb.
  const verbAt = (text: string, at: number) => (opensNameWord(text, at) ? null : wordAt(text, at));
  return (text: string) => (end: number) => {
    const people = peopleAt(text, end);
    return (people !== null && verbAt(text, end + people.length) !== null) || verbAt(text, end) !== null ? true : null;
  };
};
/** A subject that acts (…要/负责/牵头…) or helps (…配合/参加…); see subject.ts for what a subject is. */
const OWNER_CLAUSE = verbAfterPeople(OWNER_VERBS);
const PARTNER_CLAUSE = verbAfterPeople(PARTNER_VERBS);
/**
 * What every acting subject shows somewhere: an organisation's last character
 * (or a closing bracket, or its people) right before the verb. A clause
 * without it needs none of the backtracking regexes above.
 */
const SUBJECT_BEFORE_VERB = new RegExp(
  `(?:${SUFFIX}|[）)]|${SUBJECT_PEOPLE_WORDS.join('|')})(?:${[...OWNER_VERBS, ...PARTNER_VERBS].join('|')})`,
);

/** A body's name right before an adverbial's preposition: 某集团对…, 某局于…. */
const SUBJECT_BEFORE_ADVERBIAL = new RegExp(`(?:${SUFFIX})(?:${ADVERBIAL_PREPOSITIONS.join('|')})`);
const LONG_OWNER_VERBS = OWNER_VERBS.filter((verb) => verb.length >= 2);
/** "随后安排某社区对…": a span holding an instruction names the body told, after it, not a subject. */
const INSTRUCTED_INSIDE = /安排|要求|责成|指定|委托/;

/**
 * A subject, then an adverbial (对…, 在…, 于…前), then the verb: "某集团对转包问题在全集团开展检查",
 * "某局于6月底前完成". The subject ends before the preposition (subject.ts); a verb must follow in the clause.
 */
const ADVERBIAL_CLAUSE = (text: string) => (end: number) => {
  if (!adverbialAfterBody(text, 0, end) || INSTRUCTED_INSIDE.test(text.slice(0, end))) return null;
  const rest = text.slice(end + 1);
  return holdsTaskVerb(rest) || LONG_OWNER_VERBS.some((verb) => rest.includes(verb)) || actsAfterAdverbial(rest) ? true : null;
};

/**
 * What follows the preposition goes on past a circumstance (某局于本月底前拨付…, 某政府在辖区内推行…): a verb
 * no list holds still acts. A clause that closes on a place or a time (某局在此前的工作中) only sets the scene.
 */
function actsAfterAdverbial(rest: string): boolean {
  return rest.length >= MIN_ACTING_REST && !SCENE_ENDING.test(rest);
}
const MIN_ACTING_REST = 6;
const SCENE_ENDING = /[中时后内前上下里间]$/;

/** "加强与某局、某办等部门…": bodies after 与/同/跟 are whom the work is done with, not who does it. */
const WITH_BODIES = /[与同跟]\p{Script=Han}{2,}$/u;
/** A list of bodies closed by 等部门 as a clause's whole subject. */
const LISTED_SUBJECT = /^((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}等(?:有关|相关)?(?:部门|单位))(?:[，,]?(?:要|应|须|负责|按照)|$)/;

/** Minutes assign by asking: 请一科督促…, 请六、七科会同五科派员参加; the asked may be several kinds of office at once (请各科室处转知…). */
// A name runs on where a body's own ending follows: 社会局 is not 社会 (会) before 局, 各区公所 not 各区 before 公所;
// and where its bodies follow (各县市相关局处 is not 各县 before 市, nor 各县市 before 相关局处).
const SHORT_ORG = `[\\u4e00-\\u9fff]{1,12}?${SUFFIX}(?![局厅廳委办辦镇]|公所|市|相关|有关)[科室处處股]*`;
/** "六、七科": numbered sections sharing one suffix are one owner as written. */
const NUMBERED_LIST = '(?:[〇一二三四五六七八九十0-9]{1,3}、)+';
/**
 * After 请, an adverb, a verb or a time means no one is named: 请加速办理, 请先和…, 请研议…, 请发文时…, 请于…前; whom the asked
 * invite, notify or consult (请邀更新处同仁参加, 请通知各科, 请洽教育局) are no owners either.
 */
const NOT_ASKED = '(?![先再尽儘加务務即立迅及抓速确確研转轉安邀洽发發于於]|通知)';
/** Whom minutes ask may be several bodies: 请六、七科…, 请交通局与市场处共同…. */
/** A body's name before 长 is its head's post: 请签报局长, 请查明后回报局长 name whom to report to, no body. */
/** A further ask in the same ruling opens with 并/另/同时: "…，并请建设局于春节前安排…". */
const ASKED = new RegExp(`^((?:(?:会议|会上)?(?:决议|决定|议定))?(?:并|另|亦|同时)?请)${NOT_ASKED}((${NUMBERED_LIST})?${SHORT_ORG}(?:[、与和及]${SHORT_ORG})*)(?![理置事长])(?=[\\s\\u3000]*[\\u4e00-\\u9fff])`);
/** A clause that goes on with whom the owner named before works with: "并会同交通局检讨…". */
const JOINED_WITH = new RegExp(`^((?:并|同时|并且)?(?:会同|协同|联合))(${SHORT_ORG}(?:、${SHORT_ORG})*)`);
/** After a clause's owner, whom it works together with: "（要）会同县某局、县某局…" (A会同B: A leads, B helps). */
const TOGETHER_AFTER_SUBJECT = new RegExp(`^((?:要|应|须|应当|将|牵头)?(?:会同|联合))(${SHORT_ORG}(?:、${SHORT_ORG})*)`);
const HELPED_BY = new RegExp(`^.{0,12}?(?:会同|协同|配合)(${SHORT_ORG}(?:、${SHORT_ORG})*)`);

/**
 * Minutes approve what a body proposed, and that body carries it out:
 * "会议原则同意县财政局关于…的意见，会后修改完善后报…" → 县财政局.
 */
const APPROVAL = /^(?:会议)?(?:原则)?同意/;
const approvedWhat = startsAny(['关于', '提交的', '提出的', '报送的', '上报的', '拟定的', '起草的', '制定的']);

/** "学校要求后勤处…", "县政府责成县水利局…": the body told to act owns the work, not the one telling it. */
const INSTRUCTION_LABEL = /^\d+[、.．]/;
const instructionAt = startsAny(['要求', '责成', '指定', '委托', '安排']);
/** An adverb between the instructing body and its verb: 我镇立即安排社区…. */
const urgingAt = startsAny(['立即', '及时', '迅速', '随即', '马上']);
const MAX_INSTRUCTED = 10;

/** Where the Han run after an instruction verb starts, if it holds two to ten characters. */
function instructedRun(text: string, end: number): number | null {
  const urged = end + (urgingAt(text, end)?.length ?? 0);
  const verb = instructionAt(text, urged);
  if (verb === null) return null;
  const from = urged + verb.length;
  let k = from;
  while (k < text.length && k - from < MAX_INSTRUCTED && /[\u4e00-\u9fff]/.test(text[k])) k++;
  return k - from >= 2 ? from : null;
}

const LONG_SUFFIXES = ORG_SUFFIXES.filter((suffix) => suffix.length >= 2);

/** Bodies whose name goes on past a first body-like end: 县政府|办公室, 区人大|常委会. */
const BODY_CONTINUES = /^(?:办公室|常委会|委员会|管委会|领导小组办公室)/;

/**
 * The body named after 要求/责成: the shortest start of `text` that ends like
 * a body ("后勤处" in 后勤处组织人力…, not 后勤处组), carried on over an office
 * of it (县政府办公室).
 */
function instructedBody(text: string): string | null {
  const folded = foldToSimplified(text.slice(0, MAX_INSTRUCTED));
  for (let length = 3; length <= Math.min(text.length, MAX_INSTRUCTED); length++) {
    if (!endsLikeOrg(folded, 0, length)) continue;
    // The ending read may open a longer one: 蓝山社|区, 服务中|心 are 社区, 中心.
    const longer = LONG_SUFFIXES.find((suffix) => suffix[0] === folded[length - 1] && folded.startsWith(suffix, length - 1));
    const end = longer ? length - 1 + longer.length : length;
    const more = BODY_CONTINUES.exec(foldToSimplified(text.slice(end)));
    return text.slice(0, end + (more ? more[0].length : 0));
  }
  return null;
}

/** What ends a duty list's heading: a full stop or a colon, then the duties. */
const DUTY_BREAK = /[。：:][ \t\u3000]{0,4}[^\s]/y;

function dutyBreakAt(text: string, end: number): boolean {
  DUTY_BREAK.lastIndex = end;
  return DUTY_BREAK.test(text);
}

/**
 * A list of duties (职责分工) names the bodies first, as a sentence of their
 * own, then what they do: "（十七）市委督查室、市监察局。负责组织专项督查…",
 * "市发展改革委：负责…". The bodies own the item.
 */
function dutyHolders(text: string): string[] | null {
  const folded = foldToSimplified(text.trimStart());
  // A heading that opens with a verb names work (建设文艺团队。), not a body.
  if (NOT_A_SUBJECT.test(folded)) return null;
  const head = clauseSubject(folded, 0, (end) => (dutyBreakAt(folded, end) ? end : null));
  return head && !holdsTaskVerb(folded.slice(0, head.end)) ? splitOwners(text.trimStart().slice(0, head.end)) : null;
}

/**
 * Clause openers that are verbs, prepositions or adverbs of manner, never subjects; a body after a verb is
 * its object ("指导各区政府建立…", "督促各乡镇落实…", "编制城市…清单", "有计划组织村干部去市、县参加…", "包括某局在内的…");
 * 分三组对… divides people, 组 is no body. A conjunction before them (并对各区公所…, 同时加强…) leaves the clause without one too.
 */
const NOT_A_SUBJECT =
  /^(?:并且?|同时|另外?)?(?:有计划|有序|有针对性|分期分批|分批|逐步|会同|协同|包括|分[成为批组一二三四五六七八九十两0-9]|涉及|涉|按照|根据|依托|围绕|结合|通过|为了|为|对|在|把|将|以|加强|推进|推动|建立|健全|完善|落实|开展|深入|积极|大力|全面|坚持|发挥|做好|确保|实施|组织|建设|制定|明确|加快|强化|提升|继续|进一步|力争|争取|切实|编制|指导|督促|引导|鼓励|支持|帮助|协助|推广|公布|印发|出台|修订|研究|优化|深化|规范|提高|促进|加大)/;

export interface InferredOwners {
  /** Persons the minutes ask by surname and post (请林局长暂兼), when any. */
  leaders?: string[];
  units: string[];
  partners: string[];
}

/** What opens an ask: 请, 并请, 也请, after a ruling's label (决议：请…). */
const ASK_OPENING = /^(?:(?:会议|会上)?(?:决议|决定|议定))?(?:并|另|亦|也|同时)?请(?:本[局府处科室会部])?/;
/** A surname and a post, the longest first: 请常务副市长… has no surname; 请王副局长… has. */
const MAX_ASKED_PERSON = 6;

/**
 * Minutes may ask a person by surname and post (请林局长暂兼, 并请张主秘邀集…, 请本局李主秘…): that person leads the
 * work; 本局 before the name only says whose officer it is.
 */
function askedPerson(clause: string, folded: string): string | null {
  const opening = folded.includes('请') ? ASK_OPENING.exec(folded) : null;
  if (!opening) return null;
  const at = opening[0].length;
  if (!SURNAMES.includes(folded[at] ?? '　')) return null;
  for (let len = MAX_ASKED_PERSON; len >= 2; len--) {
    if (at + len > folded.length) continue;
    if (isPostAlone(folded.slice(at + 1, at + len))) return clause.slice(at, at + len);
  }
  return null;
}

/**
 * When a task names no owner in a field, its clauses may: "县某局及各乡镇…
 * 要认真组织…", "各乡镇(园区)拟定实施细则", "各乡镇…派员参加培训" (partners).
 * Only clause-initial subjects followed by an acting verb count.
 */
export function inferOwnersFromClauses(glossed: string): InferredOwners {
  const leaders: string[] = [];
  const units: string[] = [];
  const partners: string[] = [];
  // Owners are named without a mirror's pinyin glosses (縣財(cái)政局 is 縣財政局).
  const text = stripGlosses(glossed);
  const duty = dutyHolders(text);
  if (duty) return { units: duty, partners };
  // A clause is a piece of the text: where the whole text has no subject before a verb, no clause has one.
  const folded = foldToSimplified(text);
  if (!SUBJECT_BEFORE_VERB.test(folded) && !HAS_OTHER_SHAPES.test(folded) && !SUBJECT_BEFORE_ADVERBIAL.test(folded)) return { units, partners };
  for (const whole of clauses(text)) {
    // "主席裁示：请工务局…", "决议：请社会局…": the ruling's label opens the clause, its owner comes after.
    const labelled = whole.slice(RULING_LABEL.exec(foldToSimplified(whole))?.[0].length ?? 0);
    // "所需经费由财政局协助筹措": the work is named before 由, the body after it.
    const clause = labelled.slice(WORK_BEFORE_BY.exec(foldToSimplified(labelled))?.[0].length ?? 0);
    const folded = foldToSimplified(clause);
    // "（会议）要求县财政局加强…": the meeting, or the speaker the report names before, tells the body after it.
    const opening = OPENING_INSTRUCTION.exec(folded);
    const told = opening && instructedBody(clause.slice(opening[0].length));
    if (told) {
      units.push(told);
      continue;
    }
    // "请工务局…，并会同交通局…": after an owner, a clause opening with 会同 names whom it works with.
    const joined = units.length > 0 ? JOINED_WITH.exec(folded) : null;
    if (joined) {
      pushAll(partners, splitOwners(clause.slice(joined[1].length, joined[1].length + joined[2].length)));
      continue;
    }
    const person = askedPerson(clause, folded);
    if (person) {
      pushAll(leaders, [person]);
      continue;
    }
    const asked = ASKED.exec(folded);
    if (asked) {
      // "请三科派员协同五科出席": whom the minutes ask owns the work; whom it works with helps.
      const named = clause.slice(asked[1].length, asked[1].length + asked[2].length);
      pushAll(units, asked[3] ? [named] : splitOwners(named).flatMap(splitAtJoiner));
      const helper = HELPED_BY.exec(folded.slice(asked[0].length));
      // The helper as written: the folded text only finds it (會同衛生局 names 衛生局).
      const helperEnd = helper ? asked[0].length + helper[0].length : 0;
      if (helper) pushAll(partners, splitOwners(clause.slice(helperEnd - helper[1].length, helperEnd)));
      continue;
    }
    const approval = APPROVAL.exec(folded);
    const approved = approval && clauseSubject(folded, approval[0].length, (end) => approvedWhat(folded, end));
    if (approval && approved) {
      pushAll(units, splitOwners(clause.slice(approval[0].length, approved.end)));
      continue;
    }
    const instructed = clauseSubject(folded, INSTRUCTION_LABEL.exec(folded)?.[0].length ?? 0, (end) => instructedRun(folded, end));
    const body = instructed && instructedBody(clause.slice(instructed.then));
    if (body) {
      units.push(body);
      continue;
    }
    const listed = LISTED_SUBJECT.exec(folded);
    if (listed && !WITH_BODIES.test(listed[1].slice(0, listed[1].indexOf('、')))) {
      // "铁路、水利、电力等部门，要各负其责": every body of the list owns the work.
      pushAll(units, readOwnerValue(clause.slice(0, listed[1].length), 'unit').units);
      continue;
    }
    if (NOT_A_SUBJECT.test(folded)) continue;
    const acts = SUBJECT_BEFORE_VERB.test(folded);
    const partner = acts && clauseSubject(folded, 0, PARTNER_CLAUSE(folded));
    if (partner) {
      pushAll(partners, splitOwners(clause.slice(0, partner.end)));
      continue;
    }
    const owner =
      (acts && clauseSubject(folded, 0, OWNER_CLAUSE(folded))) ||
      (SUBJECT_BEFORE_ADVERBIAL.test(folded) && clauseSubject(folded, 0, ADVERBIAL_CLAUSE(folded)));
    if (owner) {
      pushAll(units, splitOwners(clause.slice(0, owner.end)));
      // "县某局要会同县某局编制…": the bodies the owner works together with help.
      const together = TOGETHER_AFTER_SUBJECT.exec(folded.slice(owner.end));
      if (together) pushAll(partners, splitOwners(clause.slice(owner.end + together[1].length, owner.end + together[0].length)));
    }
  }
  // "强化统筹指挥，部门协同行动": a bare 部门 or 单位, no one's, names the kind of body, not one. A body that
  // owns the work and then works with another (各镇…细化方案，部门与各镇协同) is no partner of its own work.
  const owning = units.map(beforeTime).filter((u) => u.length > 0 && isNamedBody(u));
  const inferred: InferredOwners = { units: owning, partners: partners.map(beforeTime).filter((p) => p.length > 0 && isNamedBody(p) && !owning.includes(p)) };
  if (leaders.length > 0) inferred.leaders = leaders;
  return inferred;
}

/**
 * "各乡镇年底前全部完成", "年底前全部完成": a time between the subject and its verb is the clause's adverbial,
 * no part of the body; a clause that opens with its time names no one.
 */
const SUBJECT_TIME = /(?:(?:19|20)\d{2}年|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月|年底|年内|年末|年初|月底|月末|上半年|下半年|第?[一二三四]季度|今年|明年|本年)/;

function beforeTime(owner: string): string {
  const time = SUBJECT_TIME.exec(foldToSimplified(owner));
  return time ? owner.slice(0, time.index) : owner;
}

const isNamedBody = (owner: string) => !GENERIC_BODY_WORDS.includes(foldToSimplified(owner));

/** Shapes that name an owner without a subject before a verb: asking, arranging, approving, listing, instructing. */
const HAS_OTHER_SHAPES = /请|安排|同意|等部门|等单位|要求|责成/;
/** A clause that opens by instructing: 要求X…, 会议要求X…, 责成X…. */
const OPENING_INSTRUCTION = /^(?:会议|会上)?(?:要求|责成)/;
/** Words naming the work, then 由 and the body that does it (自由, 由于 are no such 由). */
const WORK_BEFORE_BY = /^[^，,；;。由]{2,12}?(?<!自)由(?!于)(?=[\u4e00-\u9fff])/;
/** The label minutes put before a ruling: 主席裁示：, 决议：, 会议决定：. */
const RULING_LABEL = /^[\s\u3000]*(?:主席|会议|市长|县长|区长)?(?:裁示|决议|决定|议定|指示)[:：][\s\u3000]*/;

const ENUMERATOR = /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+|其[一二三四五六七八九十]+)[，,、：:]?/;
const CLAUSE_OPENERS = '（(“《';
const CLAUSE_CLOSERS = '）)”》';
const CLAUSE_ENDS = '。；;，,！？\n';
const LOST_BREAK_SPACE = ' \u3000\u00a0';

/** Split on sentence and clause punctuation outside brackets and quotes. */
function clauses(text: string): string[] {
  const out: string[] = [];
  const flush = (from: number, to: number) => {
    // "四是经发局要…": the enumerator opens the clause, the subject follows it.
    const clause = text.slice(from, to).trim().replace(ENUMERATOR, '');
    if (clause) out.push(clause);
  };
  let depth = 0;
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (CLAUSE_OPENERS.includes(ch)) depth++;
    else if (CLAUSE_CLOSERS.includes(ch) && depth > 0) depth--;
    // A space after a closing bracket is a line break the page lost: "（一）动员阶段（5月） 各县要…".
    if (depth === 0 && (CLAUSE_ENDS.includes(ch) || (LOST_BREAK_SPACE.includes(ch) && CLAUSE_CLOSERS.includes(text[k - 1] ?? '')))) {
      flush(start, k);
      start = k + 1;
    }
  }
  flush(start, text.length);
  return out;
}

/** "交通局与市场处": bodies joined by 与/和 after a body's ending are two (住房和城乡建设局 stays one). */
function splitAtJoiner(owner: string): string[] {
  const folded = foldToSimplified(owner);
  for (let k = 1; k < folded.length - 1; k++) {
    if ((folded[k] === '与' || folded[k] === '和') && endsLikeOrg(folded, 0, k)) return [owner.slice(0, k), ...splitAtJoiner(owner.slice(k + 1))];
  }
  return [owner];
}

function pushAll(into: string[], items: string[]): void {
  for (const item of items) if (!into.includes(item)) into.push(item);
}
