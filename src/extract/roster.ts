import type { RosterEntry } from '../model/plan.js';
import { foldToSimplified } from '../lexicon/hant.js';
import { JOB_TITLE_ENDINGS, ROSTER_ROLES } from '../lexicon/roster.js';
import { cleanOwner } from './owners.js';
import { withoutSpaces } from '../text/space.js';

/** "组  长：陈忠新  党组书记、局长" — a role label, padded or not, then members. */
const ROLE_LINE = new RegExp(
  `^((?:${[...ROSTER_ROLES].sort((a, b) => b.length - a.length).map((r) => [...r].join('[\\s\\u3000]*')).join('|')}))[\\s\\u3000]*[:：][\\s\\u3000]*(.*)$`,
);
const TITLE_END = new RegExp(`(?:${JOB_TITLE_ENDINGS.join('|')})$`);
const NAME = /^\p{Script=Han}{2,4}$/u;
/** A member line is short and is not a sentence. */
const MAX_MEMBER_LINE = 48;

/**
 * The roster of a 领导小组: role lines and the member lines under them, which
 * inherit the role above ("陈  凯  副局长" under 副组长). A line that is not
 * names and titles ends the roster.
 */
export function extractRoster(lines: readonly string[]): RosterEntry[] {
  const roster: RosterEntry[] = [];
  let role: string | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    const roleMatch = ROLE_LINE.exec(line);
    if (roleMatch) {
      role = withoutSpaces(roleMatch[1]);
      roster.push(...parseMembers(roleMatch[2], role));
      continue;
    }
    if (role === null) continue;
    const members = line.length <= MAX_MEMBER_LINE && !/[。；;：:]/.test(line) ? parseMembers(line, role) : [];
    if (members.length === 0) role = null;
    roster.push(...members);
  }
  return roster;
}

/**
 * "陈忠新  党组书记、局长", "谢 静 张习文", "陈文斌、宋伟伟". Whitespace separates
 * names from titles but also pads two-character names, so single characters
 * pair up into a name. A token ending like a job title is the title of the name before it.
 */
export function parseMembers(text: string, role: string): RosterEntry[] {
  const entries: RosterEntry[] = [];
  for (const token of mergePaddedNames(text.split(/[\s\u3000\u00a0]+/).filter(Boolean))) {
    const parts = token.split(/[、，,；;]/).filter(Boolean);
    if (parts.some((p) => TITLE_END.test(foldToSimplified(p)))) {
      const last = entries[entries.length - 1];
      if (last && last.title === null) last.title = token;
      continue;
    }
    for (const part of parts) {
      const name = cleanOwner(part);
      if (!NAME.test(name)) return [];
      entries.push({ name, role, title: null });
    }
  }
  return entries;
}

function mergePaddedNames(tokens: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const a = tokens[k];
    const b = tokens[k + 1];
    if (b !== undefined && [...a].length === 1 && [...b].length === 1) {
      out.push(a + b);
      k++;
    } else {
      out.push(a);
    }
  }
  return out;
}
