import type { SourceLocation } from '../model/location.js';
import type { DisableDirective } from './types.js';

/**
 * "planlint-disable rule-a, rule-b", "planlint-enable", "planlint-disable-next-line rule-a",
 * on a line of their own in text or inside an HTML comment in Markdown.
 */
const DIRECTIVE = /^\s*(?:<!--\s*)?planlint-(disable-next-line|disable|enable)(?:\s+([^>]*?))?\s*(?:-->)?\s*$/;

export function parseDirective(text: string, loc: SourceLocation): DisableDirective | null {
  const match = text.includes('planlint-') ? DIRECTIVE.exec(text) : null; // a substring search spares the regex on every line
  if (!match) return null;
  // "planlint-disable rule-a -- reason": what follows a spaced "--" explains, it names no rule.
  const rules = (match[2] ?? '')
    .split(/\s--\s|\s--$/)[0]
    .split(/[\s,，]+/)
    .map((r) => r.trim())
    .filter((r) => r.length > 0 && r !== '--');
  return { kind: match[1] as DisableDirective['kind'], rules, loc };
}
