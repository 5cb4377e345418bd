import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/i18n/format.js';
import { parseBytes, type Parsed } from '../../src/parse.js';
import { EXAMPLE_AS_OF, type AnyRule, type ExampleSettings, type ExpectedFinding, type InvalidExample, type ValidExample } from '../../src/rules/define.js';
import { byLocation, ruleFindings, type Finding } from '../../src/rules/engine.js';
import { squash } from './score.js';

export type ValidCase = string | (ValidExample & { name?: string });
export type InvalidCase = InvalidExample & { name?: string };

/**
 * ESLint's RuleTester for planlint: each case is parsed as a document
 * (plain text, unless its `file` names another kind) and run through one rule. A valid case gives no finding; an
 * invalid one gives exactly its `errors`, in source order: each message id,
 * its task (a phrase of the task's text, or its number: 3 is T3) or line,
 * the data listed, and no finding more. Every finding must word itself in
 * zh and en with no placeholder left.
 */
export const ruleTester = {
  run(rule: AnyRule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
    describe(rule.id, () => {
      it.each(cases.valid.map((c) => [caseName(c), typeof c === 'string' ? { text: c } : c] as const))('passes: %s', async (_name, example) => {
        expectFindings(rule, await parseText(example.text, example.file), [], example);
      });
      it.each(cases.invalid.map((c) => [caseName(c), c] as const))('fires: %s', async (_name, example) => {
        expectFindings(rule, await parseText(example.text, example.file), example.errors, example);
      });
    });
  },
};

function caseName(c: ValidCase | InvalidCase): string {
  if (typeof c === 'string') return c.replaceAll('\n', '⏎');
  return c.name ?? c.text.replaceAll('\n', '⏎');
}

export function parseText(text: string, file = 'snippet.txt'): Promise<Parsed> {
  return parseBytes(Buffer.from(text, 'utf8'), file);
}

/** What `rule` finds in a parsed document, in source order. */
export function findingsOf(rule: AnyRule, parsed: Parsed, settings: ExampleSettings = {}): Finding[] {
  const run = { options: settings.options ?? {}, asOf: settings.asOf ?? EXAMPLE_AS_OF, draft: settings.draft ?? false };
  return ruleFindings(rule, parsed, run).sort(byLocation);
}

/** The findings of `rule` on `parsed` are exactly `expected` (see ruleTester). */
export function expectFindings(rule: AnyRule, parsed: Parsed, expected: readonly ExpectedFinding[], settings: ExampleSettings = {}): void {
  const found = findingsOf(rule, parsed, settings);
  for (const finding of found) expectWorded(rule, finding);
  const wanted = expected.map((e) => resolved(e, parsed));
  const shown = found.map((finding, k) => seenAs(finding, wanted[k]));
  expect(shown, `${rule.id} findings`).toEqual(wanted);
}

interface Comparable {
  messageId: string;
  task?: string;
  line?: number;
  data?: Readonly<Record<string, string | number | undefined>>;
}

/** An expected finding with its task phrase or number turned into the task's id. */
function resolved(e: ExpectedFinding, parsed: Parsed): Comparable {
  if (e.task === undefined && e.line === undefined) throw new Error(`expected ${e.messageId}: say on which task or line`);
  const out: Comparable = { messageId: e.messageId };
  if (e.task !== undefined) out.task = typeof e.task === 'number' ? `T${e.task}` : taskWith(e.task, parsed);
  if (e.line !== undefined) out.line = e.line;
  if (e.data) out.data = e.data;
  return out;
}

/** A finding as its expected counterpart describes one: the fields it names; all of them when there is none. */
function seenAs(finding: Finding, wanted: Comparable | undefined): Comparable {
  const out: Comparable = { messageId: finding.messageId };
  if (!wanted || wanted.task !== undefined) out.task = finding.taskId;
  if (!wanted || wanted.line !== undefined) out.line = finding.loc?.line;
  if (!wanted) out.data = finding.data;
  else if (wanted.data) out.data = Object.fromEntries(Object.keys(wanted.data).map((key) => [key, finding.data?.[key]]));
  return out;
}

/** The id of the one task whose text holds `phrase` (whitespace and full-width punctuation aside). */
export function taskWith(phrase: string, parsed: Parsed): string {
  const hits = parsed.document.tasks.filter((t) => squash(t.text).includes(squash(phrase)));
  if (hits.length !== 1) throw new Error(`“${phrase}” is in ${hits.length} tasks`);
  return hits[0].id;
}

function expectWorded(rule: AnyRule, finding: Finding): void {
  const message = rule.messages[finding.messageId];
  expect(message, `${rule.id} has no message ${finding.messageId}`).toBeDefined();
  for (const lang of ['zh', 'en'] as const) {
    expect(formatMessage(message, lang, finding.data), `${rule.id}.${finding.messageId} (${lang})`).not.toMatch(/\{\w+\}/);
  }
}
