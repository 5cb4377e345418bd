import type { Extracted } from '../extract/index.js';
import { formatMessage, type Lang, type Message, type MessageData } from '../i18n/format.js';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/location.js';
import type { DisableDirective } from '../read/types.js';
import type { AnyRule, Report } from './define.js';
import { copyWith } from '../text/objects.js';

export interface RuleSelection {
  rule: AnyRule;
  severity: Severity;
  /** Checked against the rule's schema when selected (options.ts). */
  options: Record<string, unknown>;
}

export interface LintSettings {
  /** Every rule there is, built in or the user's: directives may name any of them. */
  registry: readonly AnyRule[];
  /** The rules to run, by id, with their severity and options; rules not listed are off. */
  rules: ReadonlyMap<string, RuleSelection>;
  lang: Lang;
  asOf: string;
  draft: boolean;
  reportUnusedDisableDirectives: boolean;
}

/** What a rule reports, before it is worded in a language and given the configured level. */
export interface Finding {
  messageId: string;
  data?: MessageData;
  taskId?: string;
  loc?: SourceLocation;
}

export interface RuleRun {
  options: Record<string, unknown>;
  asOf: string;
  draft: boolean;
}

/** One rule over one parsed document: its findings in the order it made them. */
export function ruleFindings(rule: AnyRule, { document: doc, facts }: Extracted, run: RuleRun): Finding[] {
  const found: Finding[] = [];
  const options = rule.options ? rule.options.parse(run.options) : {};
  rule.check({ doc, facts, options, asOf: run.asOf, draft: run.draft }, (report: Report<string>) => {
    const finding: Finding = { messageId: report.messageId };
    if (report.data) finding.data = report.data;
    if (report.task) finding.taskId = report.task.id;
    const loc = report.loc ?? report.task?.loc;
    if (loc) finding.loc = loc;
    found.push(finding);
  });
  return found;
}

/** Run the selected rules over one parsed document; inline disables applied, findings in source order. */
export function lintExtracted(extracted: Extracted, settings: LintSettings): Diagnostic[] {
  const { document: doc, facts } = extracted;
  const run = { asOf: settings.asOf, draft: settings.draft };
  const found: Diagnostic[] = [];
  for (const { rule, severity, options } of settings.rules.values()) {
    for (const finding of ruleFindings(rule, extracted, copyWith(run, { options }))) {
      const diagnostic: Diagnostic = { ruleId: rule.id, severity, message: formatMessage(rule.messages[finding.messageId], settings.lang, shorten(finding.data)) };
      if (finding.taskId) diagnostic.taskId = finding.taskId;
      if (finding.loc) diagnostic.loc = finding.loc;
      found.push(diagnostic);
    }
  }
  if (facts.directives.length === 0) return found.sort(bySource);
  const nextLines = [...facts.lines.map((l) => l.loc.line), ...doc.tasks.map((t) => t.loc.line)].filter(
    (line): line is number => line !== undefined,
  );
  const { directives, unknown } = knownRulesOnly(facts.directives, new Set(settings.registry.map((rule) => rule.id)));
  const { kept, unused } = applyDirectives(found, directives, nextLines);
  if (settings.reportUnusedDisableDirectives) kept.push(...unused.map((d) => unusedDirective(d, settings.lang)));
  kept.push(...unknown.map((d) => unknownRule(d, settings.lang)));
  return kept.sort(bySource);
}

/**
 * A directive naming a rule planlint does not have (a misspelt id) silences
 * nothing and is reported as such, always: "unused" would hide the typo. The
 * directive keeps the rules it names that exist; one that names none is
 * dropped (an empty list would mean every rule).
 */
function knownRulesOnly(directives: readonly DisableDirective[], ruleIds: ReadonlySet<string>): { directives: DisableDirective[]; unknown: Array<{ directive: DisableDirective; id: string }> } {
  const known: DisableDirective[] = [];
  const unknown: Array<{ directive: DisableDirective; id: string }> = [];
  for (const directive of directives) {
    const missing = directive.rules.filter((id) => !ruleIds.has(id));
    if (missing.length === 0) {
      known.push(directive);
      continue;
    }
    unknown.push(...missing.map((id) => ({ directive, id })));
    const rules = directive.rules.filter((id) => ruleIds.has(id));
    if (rules.length > 0) known.push(copyWith(directive, { rules }));
  }
  return { directives: known, unknown };
}

const UNKNOWN_RULE: Message = {
  zh: 'planlint-{kind} 指令中的规则 {id} 不存在（运行 planlint rules 查看全部规则）：此指令对它不起作用',
  en: 'planlint-{kind} names rule {id}, which does not exist (see planlint rules): it silences nothing',
};

function unknownRule({ directive, id }: { directive: DisableDirective; id: string }, lang: Lang): Diagnostic {
  return {
    ruleId: 'unknown-rule-in-directive',
    severity: 'warning',
    message: formatMessage(UNKNOWN_RULE, lang, { kind: directive.kind, id }),
    loc: directive.loc,
  };
}

/** A task's title quoted in a message stays short: the report shows the task beside it. */
const MAX_TITLE = 24;

function shorten(data: MessageData | undefined): MessageData | undefined {
  const title = data?.title;
  // A string of at most MAX_TITLE code units has at most as many characters: no need to count them.
  if (typeof title !== 'string' || title.length <= MAX_TITLE || [...title].length <= MAX_TITLE) return data;
  return copyWith(data!, { title: `${[...title].slice(0, MAX_TITLE - 1).join('')}…` });
}

interface DirectiveSpan {
  directive: DisableDirective;
  from: number;
  to: number;
  used: boolean;
}

/**
 * `planlint-disable` silences its rules (or all) until `planlint-enable`;
 * `planlint-disable-next-line` silences the next line that has content.
 * Only findings with a line number can be silenced: Word and sheet locations have none.
 */
function applyDirectives(
  found: Diagnostic[],
  directives: readonly DisableDirective[],
  contentLines: readonly number[],
): { kept: Diagnostic[]; unused: DisableDirective[] } {
  const spans = directiveSpans(directives, contentLines);
  const kept = found.filter((d) => {
    const line = d.loc?.line;
    if (line === undefined) return true;
    const span = spans.find((s) => line >= s.from && line <= s.to && (s.directive.rules.length === 0 || s.directive.rules.includes(d.ruleId)));
    if (span) span.used = true;
    return !span;
  });
  return { kept, unused: spans.filter((s) => !s.used).map((s) => s.directive) };
}

function directiveSpans(directives: readonly DisableDirective[], contentLines: readonly number[]): DirectiveSpan[] {
  const spans: DirectiveSpan[] = [];
  const ordered = [...directives].sort((a, b) => (a.loc.line ?? 0) - (b.loc.line ?? 0));
  for (const directive of ordered) {
    const line = directive.loc.line ?? 0;
    if (directive.kind === 'disable-next-line') {
      const next = Math.min(...contentLines.filter((l) => l > line), Number.MAX_SAFE_INTEGER);
      spans.push({ directive, from: next, to: next, used: false });
    } else if (directive.kind === 'disable') {
      spans.push({ directive, from: line, to: Number.MAX_SAFE_INTEGER, used: false });
    } else {
      for (const open of spans) {
        const covers = directive.rules.length === 0 || open.directive.rules.some((r) => directive.rules.includes(r));
        if (open.directive.kind === 'disable' && open.to === Number.MAX_SAFE_INTEGER && covers) open.to = line;
      }
    }
  }
  return spans;
}

function unusedDirective(directive: DisableDirective, lang: Lang): Diagnostic {
  const rules = directive.rules.join(', ') || (lang === 'zh' ? '全部规则' : 'all rules');
  return {
    ruleId: 'unused-disable-directive',
    severity: 'warning',
    message: lang === 'zh' ? `未使用的 planlint-${directive.kind} 指令（${rules}）：此处没有可屏蔽的问题` : `Unused planlint-${directive.kind} directive (${rules}): nothing here to silence`,
    loc: directive.loc,
  };
}

function bySource(a: Diagnostic, b: Diagnostic): number {
  return byLocation(a, b) || compareIds(a.ruleId, b.ruleId);
}

/** Source order of two located things (line, paragraph or row, then column); the unlocated first. */
export function byLocation(a: { loc?: SourceLocation }, b: { loc?: SourceLocation }): number {
  return lineOf(a) - lineOf(b) || columnOf(a) - columnOf(b);
}

/**
 * Rule ids are lowercase ASCII words and hyphens, for which code-unit order is
 * the collation order: localeCompare would load ICU's collator (~10 ms at start).
 */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lineOf(d: { loc?: SourceLocation }): number {
  return d.loc?.line ?? d.loc?.paragraph ?? d.loc?.row ?? 0;
}

function columnOf(d: { loc?: SourceLocation }): number {
  return d.loc?.column ?? d.loc?.col ?? 0;
}
