import type { SourceLocation } from '../model/location.js';
import type { DisableDirective } from './types.js';

/**
 * "planlint-disable rule-a, rule-b", "planlint-enable", "planlint-disable-next-line rule-a",
 * on a line of their own in text or inside an HTML comment in Markdown. The
 * head is matched by a pattern, the rest taken apart by hand: a pattern with
 * optional spaces on both sides of the rule list backtracks cubically over a
 * comment holding a long run of spaces (8 KB of HTML took 40 s).
 */
const HEAD = /^\s*(?:<!--\s*)?planlint-(disable-next-line|disable|enable)/;

export function parseDirective(text: string, loc: SourceLocation): DisableDirective | null {
  const head = text.includes('planlint-') ? HEAD.exec(text) : null; // a substring search spares the pattern on every line
  if (!head) return null;
  let rest = text.slice(head[0].length).trimEnd();
  if (rest.endsWith('-->')) rest = rest.slice(0, -3);
  // The kind ends at a space or the end ("planlint-disabled" is no directive); a '>' is the end of a comment, not a rule.
  if ((rest !== '' && !/^\s/.test(rest)) || rest.includes('>')) return null;
  // "planlint-disable rule-a -- reason": what follows a spaced "--" explains, it names no rule.
  const rules = rest
    .trim()
    .split(/\s--\s|\s--$/)[0]
    .split(/[\s,，]+/)
    .map((r) => r.trim())
    .filter((r) => r.length > 0 && r !== '--');
  return { kind: head[1] as DisableDirective['kind'], rules, loc };
}
