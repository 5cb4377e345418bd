import type { Owners } from '../model/plan.js';
import { foldToSimplified } from '../lexicon/hant.js';
import {
  BARE_LEVEL_WORDS,
  COLLECTIVE_OWNER_PATTERN,
  LEAD_MARKS,
  LEADER_POST_WORDS,
  NOT_A_NAME_WORDS,
  PARTIAL_REDACTION_PATTERN,
  PARTNER_VERBS,
  REDACTION_PATTERN,
  VAGUE_LEADER_WORDS,
  VAGUE_OWNER_SCOPES,
  VAGUE_CLASS_PATTERN,
  VAGUE_OWNER_PATTERNS,
  VAGUE_OWNER_WORDS,
} from '../lexicon/organisations.js';
import { JOB_TITLE_ENDINGS } from '../lexicon/roster.js';
import type { DraftField } from './draft.js';

/**
 * What an owner entry is, as a 督查 reviewer reads it:
 * - named: a unit or a person by name (县文化局, 陈某);
 * - masked: a name with part of it redacted (陈*, ××县建设局) — still one body or person;
 * - title: a leader given by post only (局长, 分管副局长);
 * - collective: members that each act for their own area (各村, 各乡镇, and the bare 街道 after them);
 * - vague: a placeholder nobody answers for (各有关单位, 各成员单位, 相关部门);
 * - redacted: nothing but redaction glyphs (*, ××, 某).
 */
export type OwnerKind = 'named' | 'masked' | 'title' | 'collective' | 'vague' | 'redacted';

export interface LeadOwner {
  /** As written, padding removed, 牵头/配合 marks removed. */
  written: string;
  /** For comparing owners: folded to simplified, no spaces; a leader's bare name ("王伟局长" → 王伟). */
  key: string;
  kind: OwnerKind;
  /** A leader's name when the entry is a person's name, titles and notes removed; null for posts and masks. */
  person: string | null;
}

/** Who answers for a task: its owners sorted into leads and partners, each classified. */
export interface LeadFacts {
  leaders: LeadOwner[];
  /** Lead units: units marked 配合/协助 ("各有关单位配合") are partners, not leads. */
  units: LeadOwner[];
  partners: LeadOwner[];
  /** A 牵头/主办 label or a "（牵头）" mark says which leader or unit leads. */
  marked: { leaders: boolean; units: boolean };
  /** The labelled fields, columns or phrases the owners came from (none when a clause subject named them). */
  fields: DraftField[];
}

const OWNER_ROLES = new Set(['leader', 'unit', 'partner']);
const LEAD_MARK = new RegExp(`[（(]?(?:${LEAD_MARKS.join('|')})[）)]?$`, 'u');
const PARTNER_MARK = new RegExp(`[（(]?(?:${PARTNER_VERBS.join('|')})[）)]?$`, 'u');
const TITLE_TAIL = new RegExp(`(?:常务)?副?(?:${[...JOB_TITLE_ENDINGS, ...LEADER_POST_WORDS].join('|')})$`, 'u');
const NOT_A_NAME = new RegExp(NOT_A_NAME_WORDS.join('|'), 'u');
const PERSON_NAME = /^\p{Script=Han}{2,4}$/u;

/**
 * Sort a task's owners into leads and partners and classify each: the rules on
 * vague, redacted, unclear and conflicting owners read this. `fields` are the
 * fields the owners were taken from (the task's own or its parent's).
 */
export function leadOf(owners: Owners, fields: readonly DraftField[]): LeadFacts {
  const ownerFields = fields.filter((f) => OWNER_ROLES.has(f.role));
  const markedLabel = (role: string) => ownerFields.some((f) => f.role === role && LEAD_MARKS.some((mark) => foldToSimplified(f.label).includes(mark)));
  const marked = { leaders: markedLabel('leader') || owners.leaders.some((l) => LEAD_MARK.test(foldToSimplified(l))), units: markedLabel('unit') };
  const units: LeadOwner[] = [];
  const partners = owners.partners.map(unitOwner);
  for (const raw of owners.units) {
    // Folding maps character to character, so an index in the folded text is one in the raw text.
    const folded = foldToSimplified(raw);
    const partner = PARTNER_MARK.exec(folded);
    const lead = LEAD_MARK.exec(folded);
    if (partner && partner.index > 0) partners.push(unitOwner(raw.slice(0, partner.index)));
    else if (lead && lead.index > 0) {
      marked.units = true;
      units.push(unitOwner(raw.slice(0, lead.index)));
    } else units.push(unitOwner(raw));
  }
  return { leaders: owners.leaders.map(leaderOwner), units: units.filter((u) => u.written), partners: partners.filter((p) => p.written), marked, fields: ownerFields };
}

function unitOwner(raw: string): LeadOwner {
  const written = raw.trim();
  const key = keyOf(written);
  return { written, key, kind: unitKind(key), person: null };
}

function unitKind(key: string): OwnerKind {
  if (REDACTION_PATTERN.test(key)) return 'redacted';
  if (isVague(key)) return 'vague';
  if (COLLECTIVE_OWNER_PATTERN.test(key) || BARE_LEVEL_WORDS.includes(key)) return 'collective';
  return PARTIAL_REDACTION_PATTERN.test(key) ? 'masked' : 'named';
}

/** A scope word before more words (市直 of 市直各部门), the first of the list that fits. */
const VAGUE_SCOPE = new RegExp(`^(?:${VAGUE_OWNER_SCOPES.join('|')})(?=[^])`);

function isVague(key: string): boolean {
  const scope = VAGUE_SCOPE.exec(key)?.[0];
  if (VAGUE_OWNER_WORDS.includes(scope ? key.slice(scope.length) : key)) return true;
  if (VAGUE_CLASS_PATTERN.test(key)) return true;
  // A bare 单位/部门 with no quantifier is no placeholder pattern; one of 各/有关/相关/其他 is needed.
  return /各|有关|相关|其他|其它/.test(key) && VAGUE_OWNER_PATTERNS.some((p) => p.test(key));
}

/** "王  伟" → 王伟, "王伟（局长）" → 王伟, "局长" → a post, "*" → redacted. */
function leaderOwner(raw: string): LeadOwner {
  const written = raw.trim();
  const bare = written.replace(/[（(][^（）()]*[）)]/g, '').replace(/[\s\u3000\u00a0]+/g, '');
  const folded = foldToSimplified(bare);
  if (REDACTION_PATTERN.test(folded)) return { written, key: folded, kind: 'redacted', person: null };
  if (VAGUE_LEADER_WORDS.includes(folded) || COLLECTIVE_OWNER_PATTERN.test(folded)) return { written, key: folded, kind: 'vague', person: null };
  if (PARTIAL_REDACTION_PATTERN.test(folded)) return { written, key: folded, kind: 'masked', person: null };
  const title = TITLE_TAIL.exec(folded);
  const name = title ? bare.slice(0, bare.length - title[0].length) : bare;
  if (!PERSON_NAME.test(name) || NOT_A_NAME.test(foldToSimplified(name))) return { written, key: folded, kind: 'title', person: null };
  return { written, key: foldToSimplified(name), kind: 'named', person: name };
}

function keyOf(text: string): string {
  return foldToSimplified(text).replace(/[\s\u3000\u00a0]+/g, '');
}
