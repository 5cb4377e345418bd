import type { FieldRole } from '../../lexicon/field-labels.js';
import { foldToSimplified } from '../../lexicon/hant.js';
import { HEADER_QUALIFIERS } from '../../lexicon/table-layout.js';
import { knownLabelRole } from '../fields.js';
import { headerRole, isTaskHeader, MAX_HEADER_CELL } from './columns.js';

/**
 * The header line of a table flattened with spaces between cells. The spaces
 * do not only separate names: a name wrapped in its cell comes out split
 * ("牵头  领导", "主体  责任单位") and a letter-spaced one in pieces
 * ("工 作 任 务"). The line's tokens are grouped into names by dynamic
 * programming (tokens × name length, bounded): a known label scores best, a
 * name known by its words less, an unknown word costs; a split between two
 * single characters (letter spacing) costs, and so does a name ending in a
 * word that only qualifies the next (牵头, 主体 …).
 */
export interface SpacedHeader {
  /** The column names as written (inner spaces kept). */
  names: string[];
  roles: Array<FieldRole | null>;
  /** The export joined cells with exactly one space: two spaces in a row then mean an empty cell. */
  singleSpaced: boolean;
}

const SPACE = /[ \u00a0\u3000]+/;
/** A header line has no sentence punctuation and not many words. */
const NOT_A_HEADER = /[。，；！？：:|｜\t]/;
const MAX_TOKENS = 40;
const MIN_COLUMNS = 3;
/** Tokens one name may be made of ("项 目 名 称 及 内 容"). */
const MAX_NAME_TOKENS = 8;
/** Share of the names that must be column names. */
const KNOWN_SHARE = 0.75;

const EXACT = 2;
const BY_WORDS = 1;
const UNKNOWN = -2;
const LETTER_SPACING_SPLIT = 1.5;
const ENDS_IN_QUALIFIER = 3;

const qualifiers = new Set(HEADER_QUALIFIERS);

function nameScore(tokens: readonly string[]): number {
  const text = tokens.join('');
  if (text.length > MAX_HEADER_CELL) return tokens.length === 1 ? UNKNOWN : -Infinity;
  const score = knownLabelRole(text) ? EXACT : headerRole(text) ? BY_WORDS : UNKNOWN;
  return qualifiers.has(foldToSimplified(tokens[tokens.length - 1])) ? score - ENDS_IN_QUALIFIER : score;
}

/** Where the line's tokens are best cut into names: the index after each name's last token. */
function nameEnds(tokens: readonly string[]): number[] {
  const n = tokens.length;
  const best = new Array<number>(n + 1).fill(-Infinity);
  const cut = new Array<number>(n + 1).fill(0);
  best[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let len = 1; len <= Math.min(MAX_NAME_TOKENS, i); len++) {
      const from = i - len;
      const letterSplit = from > 0 && [...tokens[from - 1]].length === 1 && [...tokens[from]].length === 1 ? LETTER_SPACING_SPLIT : 0;
      const score = best[from] + nameScore(tokens.slice(from, i)) - letterSplit;
      if (score > best[i]) {
        best[i] = score;
        cut[i] = from;
      }
    }
  }
  const ends: number[] = [];
  for (let i = n; i > 0; i = cut[i]) ends.unshift(i);
  return ends;
}

/** The line as a task table's header, or null. */
export function readSpacedHeader(line: string): SpacedHeader | null {
  const text = line.trim();
  if (NOT_A_HEADER.test(text)) return null;
  const tokens = text.split(SPACE);
  if (tokens.length < MIN_COLUMNS || tokens.length > MAX_TOKENS) return null;
  const gaps = text.match(new RegExp(SPACE.source, 'g')) ?? [];
  const starts: number[] = [];
  for (let at = 0, k = 0; k < tokens.length; k++) {
    at = text.indexOf(tokens[k], at);
    starts.push(at);
    at += tokens[k].length;
  }
  const names: string[] = [];
  let from = 0;
  for (const end of nameEnds(tokens)) {
    names.push(text.slice(starts[from], starts[end - 1] + tokens[end - 1].length));
    from = end;
  }
  if (names.length < MIN_COLUMNS) return null;
  const roles = names.map(headerRole);
  if (roles.filter((r) => r !== null).length < names.length * KNOWN_SHARE || !isTaskHeader(roles, names)) return null;
  return { names, roles, singleSpaced: gaps.every((g) => g === ' ') };
}
