import type { Owners } from '../model/plan.js';
import { foldToSimplified } from '../lexicon/hant.js';
import {
  BARE_LEVEL_CHARS,
  WHOLE_AREA_BODIES,
  BARE_ORG_WORDS,
  FIRST_LISTED_LEADS_PATTERNS,
  IMPLEMENT_VERBS,
  LEAD_VERBS,
  OPEN_LIST_TAIL,
  OWNER_SEPARATORS,
  PARTNER_VERBS_AFTER,
  ROLE_MARKER,
  ROLE_NOUN_BEFORE_NAME,
  STAR_LEADS_PATTERN,
  TOGETHER_WORDS,
} from '../lexicon/owner-words.js';
import { BARE_LEVEL_WORDS, NAME_WORDS_OPENING_WITH_VERBS, ORG_NAME_END_GLOSSED, OWNER_FIELD_ONLY_SUFFIXES, REDACTION_PATTERN, VAGUE_OWNER_WORDS } from '../lexicon/organisations.js';
import { stripGlosses } from './gloss.js';
import { endsWithVerb } from './subject.js';
import { COMRADE, isPostAlone, isTitleOnly, looksLikeName, nameAfterPost, postBeforeGivenName, readPerson } from './person.js';
import { stripEndOf, trimEndsOf } from '../text/trim.js';
import { withoutSpaces } from '../text/space.js';
import { copyWith } from '../text/objects.js';
import { asciiDigits } from '../text/digits.js';

/** The opening of a note that sums up the items above it, up to its 由: 以上任务由, 上述工作由. */
const SUMMED_BY = /^(?:以上|上述)[^由，,]{0,12}由/;

/**
 * The grammar of an owner value — a 责任单位 cell, a （…牵头，…配合） note,
 * a "由X负责" clause — in the conventions of official documents:
 *  - owners are separated by 、，,；; / and line breaks, never inside brackets
 *    (各县（市、区）政府 is one owner), by spaces between unit names in a table
 *    cell, and by 和/及/与 only between two units;
 *  - a verb after a run of owners gives their role: 牵头 leads, 配合/协助/参与
 *    help, 落实/按职责分工负责 carry out (helpers when a lead is named, owners
 *    when not); "A会同B" makes A lead and B help;
 *  - an open list's tail is not an owner (…等有关部门), a level word alone
 *    belongs to its list (各县、市、区政府), a post after a name makes it a
 *    person (张明副局长 → 张明);
 *  - a document may say that the first unit of each list leads.
 */
export type OwnerRole = 'leader' | 'unit' | 'partner';

export interface OwnerConventions {
  /** 列第一位的为牵头单位 (or 排序第一…): in a list with no verbs, the first unit leads and the rest help. */
  firstListedLeads: boolean;
}

export interface OwnerReading extends Owners {
  /** A time phrase written inside the owner value ("…各县市人民政府，6月底完成"). */
  timeText: string | null;
}

type Verb = 'lead' | 'partner' | 'implement';

interface Item {
  text: string;
  verb: Verb | null;
  /** Marked as lead with *. */
  starred: boolean;
  /** Named in a list that ends "…等部门": each is a body though written short (铁路、水利、电力等部门). */
  listed?: boolean;
  /** A clause separator (，；) stands before it: a verb after it does not reach back over it. */
  opensClause?: boolean;
  /** The piece before its tail was cleaned (第三季度 keeps its 第三). */
  written?: string;
}

/** A time closing an owner value: "县住建局，2024年底前", "县文旅局，第三季度". */
const isTimeItem = (item: Item): boolean => TIME_ITEM.test(asciiDigits(foldToSimplified(item.written ?? item.text)));

const VERBS: ReadonlyArray<readonly [string, Verb]> = [
  ...LEAD_VERBS.map((w) => [w, 'lead'] as const),
  ...PARTNER_VERBS_AFTER.map((w) => [w, 'partner'] as const),
  ...IMPLEMENT_VERBS.map((w) => [w, 'implement'] as const),
].sort((a, b) => b[0].length - a[0].length);

const hanLength = (text: string) => text.replace(/[^\p{Script=Han}]/gu, '').length;

/** Longer than this (in Han characters) and ending like no body, an "owner" is a sentence. */
const MAX_OWNER_NAME = 8;
/** Short owners that are real though they end like no organisation: 村, 乡镇, 街道. */
const KNOWN_SHORT_OWNERS: ReadonlySet<string> = new Set([...VAGUE_OWNER_WORDS, ...BARE_LEVEL_WORDS]);
/** The longest verb near the end of a piece (longest first: 按职责分工负责 before 负责). */
const VERB_AT_END = new RegExp(`(${VERBS.map(([w]) => w).join('|')})[\\u4e00-\\u9fff]{0,2}$`);
const VERB_KIND: ReadonlyMap<string, Verb> = new Map(VERBS);
/** An owner verb in brackets after the name, as a role is written: "各乡镇（按职责分工负责）". */
const BRACKETED_VERB = new RegExp(`[（(](${VERBS.map(([w]) => w).join('|')})[）)]$`);
const OPENERS = '（(〔【[［';
/** Closing marks left at the end of a piece when its opener went with the previous one. */
const CLOSING_MARKS = '〕】]］';
const CLOSERS = '）)〕】]］';
/** A time phrase in a value: "6月底完成", "2021年底前". */
const TIME_ITEM = /^(?:\d{4}\s*年)?\s*\d{1,2}\s*月(?:底|末|中旬|上旬|下旬|\d{1,2}\s*日)?(?:前|以前)?(?:完成|办结)?$|^(?:\d{4}\s*年)(?:底|末)?(?:前)?(?:完成)?$|^(?:年底|年内|长期|持续|全年)(?:前)?(?:完成|推进|坚持)?$|^(?:\d{4}\s*年)?(?:第?[一二三四1-4]季度|[上下]半年)(?:末|底)?(?:前)?(?:完成)?$|^(?:立行立改|常态化推进|常态化)$/;
/** A note inside the value about the lead convention, not an owner: "（列第一位的为牵头单位，下同）". */
const CONVENTION_NOTE = /[（(][^（）()]*?(?:牵头|主办)[^（）()]*?[）)]/g;
/** A dash, a slash or 无 standing in an owner cell: the row has no one in that role. */
const NO_OWNER = /^[\s—–―\-－/／\\]*$|^[（(]?无[）)]?$/;
/** What a heading assigns after its owner's verb: "…牵头(的)重点工作", "…负责事项", "…主抓重点工作". */
const HEADING_WORK = /(?<=牵头|牽頭|负责|負責|分管|主抓)的?(?:重点|重點)?(?:工作|事项|事項|任务|任務)$/;
/**
 * Spaces inside one owner's name, next to a Han character: "XX 镇", "陈  凯". The second
 * branch starts only where a run of spaces does: tried inside one, it would rescan the run at every position.
 */
const INNER_SPACE = /(?<=\p{Script=Han})[\s\u3000\u00a0]+|(?<![\s\u3000\u00a0])[\s\u3000\u00a0]+(?=\p{Script=Han})/gu;
/** The padding Word puts inside short names: "陈  凯". */
const PADDING = /(\p{Script=Han})[\s\u3000\u00a0]+(?=\p{Script=Han})/gu;

export function isConventionNote(text: string): boolean {
  const folded = foldToSimplified(text);
  return FIRST_LISTED_LEADS_PATTERNS.some((p) => p.test(folded)) || STAR_LEADS_PATTERN.test(folded);
}

/** Every convention phrase names the first place: a line without these needs no closer look. */
const CONVENTION_HINT = /第一|第1|首位|首|在前/;

/** Does the document say that the first listed unit leads? */
export function firstListedLeads(texts: Iterable<string>): boolean {
  for (const text of texts) {
    if (!CONVENTION_HINT.test(text)) continue;
    const folded = foldToSimplified(text);
    if (FIRST_LISTED_LEADS_PATTERNS.some((p) => p.test(folded))) return true;
  }
  return false;
}

/** Does a word of an organisation's name that opens with a verb (应急, 组织部) start at `at`? */
export function opensNameWord(text: string, at: number): boolean {
  return NAME_WORDS_OPENING_WITH_VERBS.some((word) => text.startsWith(word, at));
}

/** What opens a collective of its own: 各, 相关, 有关, 其他, 属下, 所属. */
const COLLECTIVE_OPENER = /^(?:各|相关|有关|其他|其它|属下|所属)/;

/** Is this an organisation name (ends like one, or is a collective 各…/有关…)? */
export function isOrgName(text: string): boolean {
  const key = foldToSimplified(withoutSpaces(text));
  if (key.length < 2 || endsWithVerb(key, 0, key.length)) return false;
  if (ORG_NAME_END_GLOSSED.test(key)) return true;
  // A collective is short (各地, 各部门); a longer text after 各/有关 that ends like no body is a sentence,
  // and one that ends in a post (各科科长) names people.
  return COLLECTIVE_OPENER.test(key) && key.length <= 4 && readPerson(key)?.byPost !== true;
}

/** An owner as a note or clause may name it: a unit, a person with a post, or a redacted name. */
const OWNER_FIELD_BODY = new RegExp(`(?:${OWNER_FIELD_ONLY_SUFFIXES.join('|')})$`);

function isOwnerItem(item: Item): boolean {
  const text = withoutSpaces(item.text);
  if (OWNER_FIELD_BODY.test(foldToSimplified(text)) || nameAfterPost(text) !== null) return true;
  if (item.listed && /^\p{Script=Han}{2,6}$/u.test(text)) return true;
  if (REDACTION_PATTERN.test(text)) return true;
  if (isOrgName(text)) return true;
  const person = readPerson(text);
  return person !== null && (person.byPost || text !== person.name);
}

/**
 * A note may go on after its owners with a remark of its own ("…负责落实。以下各项工作均需…，不再列出。"):
 * the remark is cut. A time after the stop is the note's deadline and stays ("…负责。2023年底前完成").
 */
function withoutRemark(written: string): string {
  const text = withoutStandingNote(written);
  if (!text.includes('。')) return text;
  const stop = text.search(/。[^。）)〕】]{2,}/);
  if (stop > 0 && !/^\s*(?:\d|[一二三四五六七八九十]+月|年底|年内|本年|今年|明年)/.test(text.slice(stop + 1))) return text.slice(0, stop);
  return stop > 0 ? text.replace(/。(?=.)/g, '；') : text;
}

/** A clause closing the note that says it holds for the items after it: "，下同", "；以下各项均需…落实，不再列出". */
const STANDING_NOTE = /[，,；;]\s*(?:下同|以下|不再)[^）)〕】]*$/;

function withoutStandingNote(text: string): string {
  if (!text.includes('下') && !text.includes('不再')) return text;
  const m = STANDING_NOTE.exec(foldToSimplified(text));
  return m ? text.slice(0, m.index) : text;
}

/** Does a bracketed note hold nothing but owners ("民政局", "县文化局牵头，县财政局配合")? */
export function isOwnerValue(text: string): boolean {
  const clean = withoutRemark(stripGlosses(text).trim());
  if (clean.length < 2 || clean.length > 200) return false;
  const items = splitItems(clean, 'unit');
  // A note may close with its deadline: （县住建局负责，2024年底前）, （县应急局，长期）.
  while (items.length > 1 && isTimeItem(items[items.length - 1])) items.pop();
  return items.length > 0 && items.every(isOwnerItem);
}

/**
 * Is a clause only an assignment ("市发改委牵头", "王华副市长负责", "各地、各部门配合")?
 * A section heading may assign all it holds: "叶枝利区长牵头重点工作".
 */
export function isOwnerClause(text: string): boolean {
  const clean = stripGlosses(text).trim().replace(HEADING_WORK, '');
  if (clean.length < 3 || clean.length > 120) return false;
  const items = splitItems(clean, 'unit');
  return items.length > 0 && items[items.length - 1].verb !== null && items.every(isOwnerItem);
}

/** A table's owner column repeats its values down the rows: each is read once. */
const READINGS = new Map<string, OwnerReading>();
const READINGS_LIMIT = 4096;

/** Read one owner value in the role its label or column gives. */
export function readOwnerValue(value: string, role: OwnerRole, conventions: OwnerConventions = { firstListedLeads: false }): OwnerReading {
  const key = `${role}${conventions.firstListedLeads ? 1 : 0}${value}`;
  let reading = READINGS.get(key);
  if (!reading) {
    if (READINGS.size >= READINGS_LIMIT) READINGS.clear();
    reading = readOwnerValueOnce(value, role, conventions);
    READINGS.set(key, reading);
  }
  return { leaders: [...reading.leaders], units: [...reading.units], partners: [...reading.partners], timeText: reading.timeText };
}

function readOwnerValueOnce(value: string, role: OwnerRole, conventions: OwnerConventions): OwnerReading {
  const reading: OwnerReading = { leaders: [], units: [], partners: [], timeText: null };
  // A note the excerpt cut before its closing bracket: "（县环保局、县水利局牵头，…".
  let text = withoutRemark(stripGlosses(value).replace(/^[（(〔【]([^）)〕】]*)$/, '$1'));
  let firstLeads = conventions.firstListedLeads;
  // Matched on folded text (same length), cut from the text as written.
  const folded = foldToSimplified(text);
  let rest = '';
  let from = 0;
  for (const note of folded.matchAll(CONVENTION_NOTE)) {
    if (!isConventionNote(note[0])) continue;
    firstLeads = true;
    rest += text.slice(from, note.index);
    from = note.index + note[0].length;
  }
  text = rest + text.slice(from);
  // A cell that says it has no owner (—, /, 无) names none.
  const items = namedLeads(splitItems(text, role).filter((item) => !NO_OWNER.test(item.text)));
  if (role === 'leader') {
    for (const [k, item] of items.entries()) {
      // 县委常委、副县长张三: a title alone before the person it belongs to names no one of its own.
      if (k + 1 < items.length && isTitleOnly(withoutSpaces(item.text)) && namesPerson(withoutSpaces(items[k + 1].text))) continue;
      const held = bodyAndHead(item.text);
      if (held) {
        reading.units.push(held.unit);
        reading.leaders.push(held.name);
      } else reading.leaders.push(...leaderNames(item.text));
    }
    return reading;
  }
  const kept: Item[] = [];
  for (const [k, item] of items.entries()) {
    if (isTimeItem(item)) reading.timeText ??= item.written ?? item.text;
    // 县委常委、副县长张三牵头: a title alone before the person it belongs to names no one, and no body either.
    else if (!(k + 1 < items.length && isTitleOnly(withoutSpaces(item.text)) && leaderOf(items[k + 1]) !== null)) kept.push(item);
  }
  // A leader who 牵头 heads the work; the units that 负责 still own it (李四副县长牵头，县商务局负责).
  const hasLead = kept.some((i) => (i.verb === 'lead' || i.starred) && leaderOf(i) === null);
  const explicit = kept.some((i) => i.verb !== null || i.starred);
  kept.forEach((item, k) => {
    const leader = leaderOf(item);
    if (leader !== null) {
      reading.leaders.push(leader);
      return;
    }
    // Alone, two characters that end like no organisation are a cut-off fragment ("市发"), not a unit;
    // a sentence that strayed into an owner cell (a misread column) is none either.
    if (kept.length === 1 && item.text.length <= 2 && !isOwnerItem(item) && !KNOWN_SHORT_OWNERS.has(foldToSimplified(item.text))) return;
    if (hanLength(item.text) > MAX_OWNER_NAME && !isOwnerItem(item)) return;
    reading[ownerKey(item, k, role, hasLead, explicit, firstLeads && kept.length > 1)].push(item.text);
  });
  return reading;
}

/** "…，县某局为牵头单位": a note after the list that says which of its bodies leads. */
const NAMED_LEAD = /^(.{2,30}?)为(?:牵头|主办|主责)(?:单位|部门)?$/;

/** The items without a note naming the lead, that lead marked: the rest of the list then helps. */
function namedLeads(items: Item[]): Item[] {
  const leads = new Set<string>();
  const rest = items.filter((item) => {
    const named = NAMED_LEAD.exec(foldToSimplified(item.written ?? item.text));
    if (named && isOrgName(named[1])) leads.add(named[1]);
    return !named || !isOrgName(named[1]);
  });
  if (leads.size === 0) return items;
  return rest.map((item) => (leads.has(foldToSimplified(item.text)) ? copyWith(item, { verb: 'lead' as Verb }) : item));
}

/** The person an item names by a post (李四副县长, 各区区长), or null for a unit. */
function leaderOf(item: Item): string | null {
  const named = nameAfterPost(withoutSpaces(item.text));
  if (named !== null) return named;
  const person = readPerson(item.text);
  const posted = person !== null && (person.byPost || /[长長任记記员員]$/.test(item.text) || COMRADE.test(item.text) || postBeforeGivenName(withoutSpaces(item.text)));
  return posted && !isOrgName(item.text) ? person.name : null;
}

function ownerKey(item: Item, k: number, role: OwnerRole, hasLead: boolean, explicit: boolean, firstLeads: boolean): 'units' | 'partners' {
  if (item.starred || item.verb === 'lead') return 'units';
  if (item.verb === 'partner') return 'partners';
  if (item.verb === 'implement') return hasLead ? 'partners' : role === 'partner' ? 'partners' : 'units';
  if (role === 'partner') return 'partners';
  if (explicit) return hasLead ? 'partners' : 'units';
  if (firstLeads) return k === 0 ? 'units' : 'partners';
  return 'units';
}

/** Leaders as written, one per person: padded names joined ("陆 明俞 悦" → 陆明, 俞悦), posts after names dropped. */
function leaderNames(text: string): string[] {
  // "张三 副县长": a post standing after a name is its title, not a person.
  const tokens = text
    .trim()
    .split(/[\s\u3000\u00a0]+/)
    .filter((token, k, all) => token && !(isPostAlone(token) && ((k > 0 && looksLikeName(all[k - 1])) || (k + 1 < all.length && looksLikeName(all[k + 1])))));
  if (tokens.length > 1 && tokens.every((t) => /^\p{Script=Han}{1,3}$/u.test(t))) {
    const chars = [...tokens.join('')];
    if (tokens.every((t) => t.length <= 2) && chars.length % 2 === 0 && tokens.some((t) => t.length === 1)) {
      const names: string[] = [];
      for (let k = 0; k < chars.length; k += 2) names.push(chars[k] + chars[k + 1]);
      return names;
    }
    return joinSingles(tokens);
  }
  const name = text.replace(PADDING, '$1').trim();
  if (!name) return [];
  if (REDACTION_PATTERN.test(name)) return [name];
  // 张三（县林业局局长）: the post in brackets after a name is not part of it; 副县长张三: nor one before it.
  const posted = POST_IN_BRACKETS.exec(name);
  const bare = posted && readPerson(name.slice(0, posted.index)) ? name.slice(0, posted.index) : (nameAfterPost(name) ?? name);
  const person = readPerson(bare);
  return [person && !person.byPost ? person.name : bare];
}

/** A named person: 张三, 副县长张三, 张三副县长 (not a post alone, 各区区长). */
function namesPerson(text: string): boolean {
  if (nameAfterPost(text)) return true;
  const person = readPerson(text);
  return person !== null && !person.byPost;
}

const POST_IN_BRACKETS = /[（(][^（）()]{2,20}[)）]$/;

/**
 * A column of 牵头单位及主要负责人 writes the body and its head together
 * ("市民政局 伍泽国", "市民政局伍泽国"): the body is a unit, the person a leader.
 */
function bodyAndHead(text: string): { unit: string; name: string } | null {
  const tokens = text.trim().split(/[\s\u3000\u00a0]+/);
  if (tokens.length === 2 && isOrgName(tokens[0])) {
    const person = readPerson(tokens[1]);
    return person && !person.byPost ? { unit: tokens[0], name: person.name } : null;
  }
  if (tokens.length !== 1) return null;
  for (const length of [3, 2]) {
    const [unit, name] = [text.slice(0, -length), text.slice(-length)];
    if (unit.length >= 3 && isOrgName(unit) && looksLikeName(name)) return { unit, name };
  }
  return null;
}

/** "汪  峰   吴蓓蓓": single characters side by side are one padded name. */
function joinSingles(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].length === 1 && k + 1 < tokens.length && tokens[k + 1].length === 1) {
      out.push(tokens[k] + tokens[k + 1]);
      k++;
    } else {
      out.push(tokens[k]);
    }
  }
  return out;
}

// ── Splitting ─────────────────────────────────────────────────────────────

/** Pieces of the value between separators outside brackets, each with the verb written after it. */
/** A bracket after a unit that names its helpers: 县住建局（县城管局配合）. */
const BRACKETED_PARTNERS = /[（(]([^（）()]{2,40}?(?:配合|协助|协办|参与))[）)]/g;

function splitItems(value: string, role: OwnerRole): Item[] {
  // The helpers in brackets are a clause of their own: 县住建局（县城管局配合） reads as 县住建局，县城管局配合.
  const text = role === 'leader' ? value : value.replace(BRACKETED_PARTNERS, '，$1');
  const pieces: string[] = [];
  const separators: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch) && depth > 0) depth--;
    else if (depth === 0 && OWNER_SEPARATORS.includes(ch)) {
      pieces.push(text.slice(start, k));
      separators.push(ch);
      start = k + 1;
    }
  }
  pieces.push(text.slice(start));
  if (role !== 'leader') endAtRunOnText(pieces);
  const items: Item[] = [];
  for (const [p, raw] of pieces.entries()) {
    // "以上任务由县某局牵头": a note that sums up the items names the body after its 由.
    const piece = trimEndsOf(raw, '', '。．.').replace(SUMMED_BY, '').replace(/^(?:由|和|与|與|及)/, '');
    if (!piece || /^[〕】）)\]］]+$/.test(piece)) continue;
    if (role === 'leader') {
      items.push({ text: stripEndOf(piece, CLOSING_MARKS), verb: null, starred: false });
      continue;
    }
    const first = items.length;
    items.push(...splitTogether(piece));
    if (p > 0 && CLAUSE_SEPARATORS.includes(separators[p - 1]) && items[first]) items[first].opensClause = true;
  }
  if (role === 'leader') return items;
  // "铁路、水利、电力等部门", "公安、交通部门": the list's tail (its shared 部门) says every item is a body.
  const lastPiece = foldToSimplified(pieces[pieces.length - 1] ?? '');
  if (/(?:部门|单位)(?:负责|牵头|配合)?$/.test(lastPiece) || /等(?:[\u4e00-\u9fff]{0,4})?(?:部门|单位)/.test(lastPiece)) for (const item of items) item.listed = true;
  assignVerbsBackwards(items);
  return joinLevelWords(items.flatMap((item) => splitOnSpaces(item).flatMap(splitOnConjunctions)).map((item) => copyWith(item, { text: cleanTail(item.text), written: item.written ?? item.text })));
}

/**
 * A page that flattened a record onto one line runs an owner value on, after a space,
 * into what followed it ("配合单位：市财政局、各区政府 东区 西区 合计 12 8…"): after an
 * owner, two words in a row that are no owner end the value there.
 */
function endAtRunOnText(pieces: string[]): void {
  for (let p = 0; p < pieces.length; p++) {
    const words = pieces[p].trim().split(/[\s\u3000\u00a0]+/);
    if (words.length < 3 || !isOrgName(words[0])) continue;
    const stray = words.findIndex((word, k) => k > 0 && k + 1 < words.length && !isOwnerWord(word) && !isOwnerWord(words[k + 1]));
    if (stray < 0) continue;
    pieces[p] = words.slice(0, stray).join(' ');
    pieces.length = p + 1;
    return;
  }
}

/** A word that may stand in a run of owners: a unit, a person by post, a verb or a bracketed role. */
function isOwnerWord(word: string): boolean {
  return isOrgName(word) || readPerson(word)?.byPost === true || VERB_KIND.has(foldToSimplified(word)) || /^[（(〔【[［]/.test(word);
}

/** "A会同B、C…" — A leads, B and C help: the pieces after 会同 are read as partners. */
function splitTogether(piece: string): Item[] {
  const folded = foldToSimplified(piece);
  for (const word of TOGETHER_WORDS) {
    const at = folded.indexOf(word);
    if (at > 1 && isOrgName(piece.slice(0, at))) {
      const lead = readItem(piece.slice(0, at));
      return [copyWith(lead, { verb: 'lead' }), copyWith(readItem(piece.slice(at + word.length)), { verb: 'partner' })];
    }
  }
  return [readItem(piece)];
}

/** One piece: its owner text and the verb after it ("市财政局牵头" → 市财政局, lead). */
function readItem(piece: string): Item {
  let text = stripEndOf(piece.trim(), CLOSING_MARKS);
  let verb: Verb | null = null;
  // A star beside a name marks the lead; stars alone are a redacted name and stay as written.
  const starred = /^[*＊※★]+[^*＊※★]|[^*＊※★][*＊※★]+$/.test(text);
  if (starred) text = stripEndOf(text.replace(/^[*＊※★]+/, ''), '*＊※★');
  text = text.replace(HEADING_WORK, '');
  const folded = foldToSimplified(text);
  // The verb ends the piece, or is followed by a few characters of filler ("牵头卖力" on sites that spin text).
  const found = VERB_AT_END.exec(folded);
  // 县委组织部 is a name: the 组织 of 组织部 is no verb (organisations.ts).
  const nameWord = found !== null && opensNameWord(folded, found.index);
  if (found && found.index > 0 && !nameWord && isOwnerName(text.slice(0, found.index))) {
    verb = VERB_KIND.get(found[1])!;
    text = text.slice(0, found.index);
  }
  // A role in brackets after the name says it outright: 县住建局（牵头）, 县财政局（配合单位）.
  const marker = ROLE_MARKER.exec(foldToSimplified(text));
  if (marker && marker.index > 0) {
    verb = marker[1] ? 'lead' : 'partner';
    text = text.slice(0, marker.index);
  } else if (!verb) {
    // Any owner verb may stand so: 各乡镇（按职责分工负责）, 县某局（负责）.
    const bracketed = BRACKETED_VERB.exec(foldToSimplified(text));
    if (bracketed && bracketed.index > 0 && isOwnerName(text.slice(0, bracketed.index))) {
      verb = VERB_KIND.get(bracketed[1])!;
      text = text.slice(0, bracketed.index);
    }
  }
  text = withoutRoleNoun(cleanTail(text));
  // "…粮食局等部门研究提出落实意见": an open list ends the owners; what follows is the work.
  if (!verb && !isOwnerName(text)) {
    const open = foldToSimplified(text).indexOf('等');
    if (open > 1 && isOrgName(text.slice(0, open))) text = text.slice(0, open);
  }
  return { text, verb, starred, written: piece.trim() };
}

/** 包片单位县气象局 → 县气象局: the role noun goes when a body's name follows it. */
function withoutRoleNoun(text: string): string {
  const role = ROLE_NOUN_BEFORE_NAME.exec(foldToSimplified(text));
  return role && isOrgName(text.slice(role[0].length)) ? text.slice(role[0].length) : text;
}

/** What may stand before an owner verb: a unit (an open-list tail allowed) or a person with a post. */
function isOwnerName(text: string): boolean {
  const name = cleanTail(text);
  if (isOrgName(name) || nameAfterPost(withoutSpaces(name)) !== null) return true;
  const person = readPerson(name);
  return person !== null && (person.byPost || name !== person.name);
}

/**
 * A verb covers the run of owners before it: "A、B牵头" makes both lead. The
 * run is a list (、): a clause (，；) ends it — "县住建局，县财政局配合" is the
 * 住建局's work with the 财政局's help.
 */
function assignVerbsBackwards(items: Item[]): void {
  let verb: Verb | null = null;
  for (let k = items.length - 1; k >= 0; k--) {
    if (items[k].verb) verb = items[k].verb;
    else if (verb) items[k].verb = verb;
    if (items[k].opensClause) verb = null;
  }
}

/** Separators between clauses of an owner value, not between the names of a list. */
const CLAUSE_SEPARATORS = '，,；;';

/** Unit names side by side in a table cell: "安监站 安监所". */
function splitOnSpaces(item: Item): Item[] {
  const parts = item.text.split(/[\s\u3000\u00a0]+/).filter(Boolean);
  if (parts.length < 2 || !parts.every((p) => isOrgName(p))) return [copyWith(item, { text: item.text.replace(INNER_SPACE, '') })];
  return parts.map((text) => copyWith(item, { text }));
}

function splitOnConjunctions(item: Item): Item[] {
  const names = splitBetweenUnits(item.text);
  return names.length === 1 ? [item] : names.map((text) => copyWith(item, { text }));
}

/**
 * 和/及/与 between two unit names: "县科协及所属学会", "各责任单位和相关部门"; not
 * "商务和投资促进局", not "高新区党委和管委会", and not "各区县政府和开发区管委会", where 各
 * covers both: one class of local authorities.
 */
export function splitBetweenUnits(text: string): string[] {
  const names: string[] = [];
  let rest = text;
  // Each cut reads the rest again: a run of more names than a clause holds stays whole, so the cost stays linear.
  while (names.length < MAX_JOINED_NAMES) {
    const m = /^(.{2,}?)(和|及|与|與)(.{2,})$/u.exec(rest);
    if (!m) break;
    const [, left, , right] = m;
    const bare = BARE_ORG_WORDS.includes(foldToSimplified(right));
    const sharedEach = left.startsWith('各') && !COLLECTIVE_OPENER.test(foldToSimplified(right));
    if (bare || sharedEach || !isOrgName(left) || !isOrgName(right)) break;
    names.push(left);
    rest = right;
  }
  return [...names, rest];
}

/** Units a clause joins with 和/及/与 before the rest is read as one name. */
const MAX_JOINED_NAMES = 8;


/** "各县、市、区政府": a level character alone joins the owners around it back into one. */
function joinLevelWords(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const text = items[k].text;
    const bareLevel = text.length === 1 && BARE_LEVEL_CHARS.includes(text);
    const prev = out[out.length - 1];
    // "各县、区人民政府": 各 and one level, then the next level with the body the two share.
    if (prev && prev.text.length === 2 && prev.text[0] === '各' && BARE_LEVEL_CHARS.includes(prev.text[1]) && text.length > 1 && BARE_LEVEL_CHARS.includes(text[0]) && !WHOLE_AREA_BODIES.includes(foldToSimplified(text))) {
      prev.text = `${prev.text}、${text}`;
      prev.verb = items[k].verb ?? prev.verb;
      continue;
    }
    if (bareLevel && prev && /^各/.test(prev.text) && k + 1 < items.length) {
      const run = [text];
      let j = k + 1;
      while (j < items.length && items[j].text.length === 1 && BARE_LEVEL_CHARS.includes(items[j].text)) run.push(items[j++].text);
      if (j < items.length) run.push(items[j].text);
      prev.text = [prev.text, ...run].join('、');
      prev.verb = items[Math.min(j, items.length - 1)].verb ?? prev.verb;
      k = j;
      continue;
    }
    out.push(items[k]);
  }
  return out.filter((i) => i.text.length > 0);
}

/**
 * Drop an open list's tail, a numbering label or an opening bracket left in
 * front, and stray punctuation: "县水利局等部门" → 县水利局, "四是经发局" → 经发局.
 */
function cleanTail(text: string): string {
  let t = trimEndsOf(text, ':：（(〔【', '。．.，,；;、').replace(LEADING_LABEL, '');
  const tail = OPEN_LIST_TAIL.exec(foldToSimplified(t));
  if (tail && tail.index > 1) t = t.slice(0, tail.index);
  return t.trim();
}

/** An item's label left in front of an owner: 7., （一）, 四是, 第一. */
const LEADING_LABEL = /^(?:[0-9０-９]{1,3}[.．、]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]是|第[一二三四五六七八九十]+[，,、]?)/;
