import { foldToSimplified } from '../lexicon/hant.js';
import { COMPOUND_SURNAMES, PERSON_POSTS, POST_QUALIFIERS, SURNAMES } from '../lexicon/person-names.js';
import { longestAt, wordTable } from './word-table.js';
import { REDACTION_PATTERN } from '../lexicon/organisations.js';

/**
 * Is an owner a person? Official documents name people as surname + given
 * name (李强, 周敏), often with a post after it (张明副局长, 林局長), or by
 * post alone (各科科长, 各区区长). Units end in an organisation word instead.
 */
const SURNAME_SET: ReadonlySet<string> = new Set([...SURNAMES]);
const COMPOUND: ReadonlySet<string> = new Set(COMPOUND_SURNAMES);
/**
 * Posts and their qualifiers, looked up by position: as a regex alternation of a hundred posts, each match tried
 * every post at every start, and the name readers are called for every owner candidate of a document.
 */
const POSTS = wordTable(PERSON_POSTS.map((post) => [post, true] as const));
const QUALIFIERS = wordTable(POST_QUALIFIERS.map((qualifier) => [qualifier, true] as const));
/** What may stand between a post and the name after it: a colon, spaces. */
const POST_GAP = /[:：\s\u3000]/;
const HAN_ONLY = /^\p{Script=Han}+$/u;
/**
 * The body whose post a person holds, between the name and the post. A body's name holds no
 * function word: in 工作由局党组成员…, 由 ends the sentence's topic and the body is 局.
 */
const ORG_QUALIFIER = /^(?:(?![由的把将被对])\p{Script=Han}){0,6}(?:政府|党组|党委|市委|县委|区委|局|委|办|厅)$/u;

export interface PersonReading {
  /** The name without its post ("张明副局长" → 张明); for a post alone, the post as written. */
  name: string;
  /** The name was given by post only (各科科長, 林局長 keeps its surname but names no given name). */
  byPost: boolean;
}

/** The post a text ends with (the longest), or null. */
function postAtEnd(text: string): string | null {
  const end = text.length;
  if (!POSTS.tails.has(text[end - 1])) return null;
  for (let len = Math.min(POSTS.max, end); len > 0; len--) {
    const post = text.slice(end - len);
    if (POSTS.words.has(post)) return post;
  }
  return null;
}

/** How much of `text` a post at its start takes (常务副县长, with the colon or spaces after it); 0 when it starts with none. */
function postAtStart(text: string): number {
  const qualifier = longestAt(QUALIFIERS, text, 0);
  const qualified = qualifier ? longestAt(POSTS, text, qualifier[0].length) : null;
  const post = qualified ?? longestAt(POSTS, text, 0);
  if (!post) return 0;
  let end = (qualified ? qualifier![0].length : 0) + post[0].length;
  while (end < text.length && POST_GAP.test(text[end])) end++;
  return end;
}

/** 同志 after a name, as official prose refers to a person: 王某同志. */
export const COMRADE = /同志$/;

/**
 * The name after a post written first (副县长张三, 县长 张三, 副县长：张三), the post
 * perhaps of a body (镇党委书记王某), or null. The honorific 同志 after the name is not part of it
 * (局党组成员王某同志). A public copy or a template may mask the name (局党组成员XX同志): the mask is
 * the person's place.
 */
export function nameAfterPost(written: string): string | null {
  const text = written.replace(COMRADE, '');
  const taken = postAtStart(text);
  if (taken > 0 && taken < text.length) {
    const rest = text.slice(taken);
    if (looksLikeName(rest) || isMaskedName(rest)) return rest;
  }
  // 镇党委书记王某: the body's name, its post, then the person.
  for (let k = 1; k <= MAX_BODY_BEFORE_POST && k < text.length; k++) {
    if (!ORG_QUALIFIER.test(text.slice(0, k))) continue;
    const taken = postAtStart(text.slice(k));
    const name = taken > 0 ? text.slice(k + taken) : '';
    if (looksLikeName(name) || isMaskedName(name)) return name;
  }
  return null;
}

/** A name masked whole, as short as a name is: XX, ××, **. */
function isMaskedName(text: string): boolean {
  return text.length <= 4 && !text.startsWith('…') && REDACTION_PATTERN.test(text);
}

/** How long a body's name before a post may be (镇党委, 县政府办公室). */
const MAX_BODY_BEFORE_POST = 8;

/** A title with no name in it (副县长, 县委常委): it ends in a post, and reads as no named person. */
export function isTitleOnly(text: string): boolean {
  if (postAtEnd(text) === null) return false;
  const person = readPerson(text);
  return person === null || person.byPost;
}

/** A post standing alone, with its rank (副县长, 常务副市长): the title after a name in a cell ("张三 副县长"). */
export function isPostAlone(text: string): boolean {
  const post = postAtEnd(text);
  return post !== null && (post === text || POST_QUALIFIERS.some((q) => q + post === text));
}

/** Surname + one or two characters: 周敏, 李建国, 欧阳明远. */
export function looksLikeName(text: string): boolean {
  if (!HAN_ONLY.test(text)) return false;
  const compound = COMPOUND.has(text.slice(0, 2));
  const given = text.length - (compound ? 2 : 1);
  return given >= 1 && given <= 2 && (compound || SURNAME_SET.has(text[0]));
}

/**
 * Read an owner as a person, or null when it is not one. A bare name is
 * accepted only when it looks like one; a post makes the reading certain.
 */
export function readPerson(owner: string): PersonReading | null {
  const text = owner.replace(/[\s\u3000\u00a0]+/g, '');
  const post = postAtEnd(text);
  if (post) {
    // 常务副区长: the rank belongs to the post (常 is also a surname).
    const rank = POST_QUALIFIERS.find((q) => text.slice(0, text.length - post.length).endsWith(q)) ?? '';
    const before = text.slice(0, text.length - post.length - rank.length);
    if (before === '') return { name: text, byPost: true };
    if (looksLikeName(before)) return { name: before, byPost: false };
    // A post of a body: "张盈军区政府党组成员", "李某市委常委".
    for (const length of [3, 2, 4]) {
      const name = before.slice(0, length);
      if (looksLikeName(name) && ORG_QUALIFIER.test(before.slice(length))) return { name, byPost: false };
    }
    // 林局長: a surname and a post; 各科科長, 各区区长: a post per body.
    if ((before.length === 1 && SURNAME_SET.has(before)) || /^各/.test(foldToSimplified(before))) return { name: text, byPost: true };
    return null;
  }
  return looksLikeName(text) || postBeforeGivenName(text) ? { name: text, byPost: false } : null;
}

/** What ends a body's name, never a given name's last character: 林局長室 is a room, 王主任辦 an office. */
const BODY_END = /[室处處科办辦组組局股会會部院所站队隊团團司厅廳委]$/;

/**
 * 王科長大明, 陳主任秘書某華: minutes in Taiwan name a person as surname, post, then given name. The whole is the
 * person, as written.
 */
export function postBeforeGivenName(text: string): boolean {
  const surname = COMPOUND.has(text.slice(0, 2)) ? 2 : SURNAME_SET.has(text[0]) ? 1 : 0;
  if (surname === 0) return false;
  const taken = postAtStart(text.slice(surname));
  const given = taken > 0 ? text.slice(surname + taken) : '';
  return given.length >= 1 && given.length <= 2 && HAN_ONLY.test(given) && !BODY_END.test(given);
}
