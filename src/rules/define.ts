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
  /** --draft: the document is a draft, so placeholders are blanks to fill in rather than redactions. */
  draft: boolean;
}

/**
 * One finding. Its severity is the user's: the level the rule is configured
 * at. A finding that deserves another level is another rule.
 */
export interface Report<Id extends string> {
  messageId: Id;
  data?: MessageData;
  /** The task the finding is about; its location is used unless `loc` is given. */
  task?: Task;
  loc?: SourceLocation;
}

/**
 * A finding an example expects: its message id, and where it is, on a task
 * (a phrase of the task's text, or the task's number: 3 for T3) or on a line.
 * `data` lists placeholder values the finding must carry.
 */
export interface ExpectedFinding<Id extends string = string> {
  messageId: Id;
  task?: string | number;
  line?: number;
  data?: MessageData;
}

/** The --as-of day an example is linted on unless it names one: examples read the same any day. */
export const EXAMPLE_AS_OF = '2024-09-01';

/** How an example is linted: --draft, --as-of, the rule's options. */
export interface ExampleSettings<Options = Record<string, unknown>> {
  draft?: boolean;
  asOf?: string;
  options?: Partial<Options>;
}

export interface ValidExample<Options = Record<string, unknown>> extends ExampleSettings<Options> {
  text: string;
  /** The name the text is read under, snippet.txt unless given: its extension picks the reader (.md: Markdown). */
  file?: string;
}

export interface InvalidExample<Id extends string = string, Options = Record<string, unknown>> extends ValidExample<Options> {
  /** Every finding the rule makes on the text, in source order. */
  errors: ReadonlyArray<ExpectedFinding<Id>>;
}

/**
 * Real snippets that show a rule: each `valid` one passes, each `invalid`
 * one gives exactly its `errors`. The test suite parses each as a document
 * (plain text unless `file` says otherwise) and runs it through the
 * RuleTester; docs/rules/<id>.md shows them.
 */
export interface RuleExamples<Id extends string = string, Options = Record<string, unknown>> {
  valid: ReadonlyArray<string | ValidExample<Options>>;
  invalid: ReadonlyArray<InvalidExample<Id, Options>>;
}

export interface Rule<Id extends string = string, Options = Record<string, unknown>> {
  /** Built-in ids are lowercase words and hyphens; a user rule's is `namespace/name`. */
  id: string;
  /** The level planlint:recommended sets; the config and --rule decide in the end. */
  severity: Severity;
  docs: Message;
  messages: Readonly<Record<Id, Message>>;
  examples: RuleExamples<Id, Options>;
  /** Options schema; parsed options reach `check` as `context.options`. A rule without one takes no options. */
  options?: z.ZodType<Options>;
  check(context: RuleContext<Options>, report: (finding: Report<Id>) => void): void;
}

export function defineRule<Id extends string, Options = Record<string, unknown>>(rule: Rule<Id, Options>): Rule<Id, Options> {
  return rule;
}

/** A rule as the registry holds it, whatever its message ids and options. */
// biome-ignore lint/suspicious/noExplicitAny: a registry holds rules of every options type; each rule checks its own.
export type AnyRule = Rule<string, any>;
