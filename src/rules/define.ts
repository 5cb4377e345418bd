import type { z } from 'zod';
import type { DocumentFacts } from '../extract/index.js';
import type { SourceLocation } from '../model/location.js';
import type { Severity } from '../model/diagnostic.js';
import type { PlanDocument, Task } from '../model/plan.js';
import type { Message, MessageData } from '../i18n/format.js';

export interface RuleContext<Options = Record<string, unknown>> {
  doc: PlanDocument;
  facts: DocumentFacts;
  options: Options;
  /** The day overdue checks are made on (--as-of), ISO. */
  asOf: string;
  /** --draft: the document is a draft, so placeholders are errors rather than redactions. */
  draft: boolean;
}

export interface Report<Id extends string> {
  messageId: Id;
  data?: MessageData;
  /** The task the finding is about; its location is used unless `loc` is given. */
  task?: Task;
  loc?: SourceLocation;
  /** A rule may lower or raise one finding (duplicate-task-number: info for a merged-cell repeat). */
  severity?: Severity;
}

/**
 * Real snippets that show a rule: `valid` must pass, `invalid` must fire
 * (at least `count` times, default 1). The test suite parses each as a
 * plain-text document and runs the rule on it.
 */
export interface RuleExamples {
  valid: readonly string[];
  invalid: ReadonlyArray<{ text: string; count?: number }>;
}

export interface Rule<Id extends string = string, Options = Record<string, unknown>> {
  id: string;
  severity: Severity;
  docs: Message;
  messages: Readonly<Record<Id, Message>>;
  examples: RuleExamples;
  /** Options schema; parsed options reach `check` as `context.options`. */
  options?: z.ZodType<Options>;
  check(context: RuleContext<Options>, report: (finding: Report<Id>) => void): void;
}

export function defineRule<Id extends string, Options = Record<string, unknown>>(rule: Rule<Id, Options>): Rule<Id, Options> {
  return rule;
}

/** A rule as the registry holds it, whatever its message ids and options. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<string, any>;
