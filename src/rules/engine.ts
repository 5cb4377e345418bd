import type { Extracted } from '../extract/index.js';
import { formatMessage, type Lang, type Message } from '../i18n/format.js';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import type { DisableDirective } from '../read/types.js';
import type { AnyRule, Report } from './define.js';
import { findRule } from './index.js';

export interface RuleSelection {
  severity: Severity;
  options: Record<string, unknown>;
}

export interface LintSettings {
  /** The rules to run, by id, with their severity and options; rules not listed are off. */
  rules: ReadonlyMap<string, RuleSelection>;
  lang: Lang;
  asOf: string;
  draft: boolean;
  reportUnusedDisableDirectives: boolean;
}

/** Run the selected rules over one parsed document; inline disables applied, findings in source order. */
export function lintExtracted(extracted: Extracted, registry: readonly AnyRule[], settings: LintSettings): Diagnostic[] {
  const { document: doc, facts } = extracted;
  const found: Diagnostic[] = [];
  for (const rule of registry) {
    const selection = settings.rules.get(rule.id);
    if (!selection) continue;
    const options = rule.options ? rule.options.parse(selection.options) : selection.options;
    const context = { doc, facts, options, asOf: settings.asOf, draft: settings.draft };
    rule.check(context, (finding: Report<string>) => {
      const diagnostic: Diagnostic = {
        ruleId: rule.id,
        severity: finding.severity ?? selection.severity,
        message: formatMessage(rule.messages[finding.messageId], settings.lang, shorten(finding.data)),
      };
      if (finding.task) diagnostic.taskId = finding.task.id;
      const loc = finding.loc ?? finding.task?.loc;
      if (loc) diagnostic.loc = loc;
      found.push(diagnostic);
    });
  }
  if (facts.directives.length === 0) return found.sort(bySource);
  const nextLines = [...facts.lines.map((l) => l.loc.line), ...doc.tasks.map((t) => t.loc.line)].filter(
    (line): line is number => line !== undefined,
  );
  const { directives, unknown } = knownRulesOnly(facts.directives);
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
function knownRulesOnly(directives: readonly DisableDirective[]): { directives: DisableDirective[]; unknown: Array<{ directive: DisableDirective; id: string }> } {
  const known: DisableDirective[] = [];
  const unknown: Array<{ directive: DisableDirective; id: string }> = [];
  for (const directive of directives) {
    const missing = directive.rules.filter((id) => !findRule(id));
    if (missing.length === 0) {
      known.push(directive);
      continue;
    }
    unknown.push(...missing.map((id) => ({ directive, id })));
    const rules = directive.rules.filter((id) => findRule(id));
    if (rules.length > 0) known.push({ ...directive, rules });
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

function shorten(data: Report<string>['data']): Report<string>['data'] {
  const title = data?.title;
  // A string of at most MAX_TITLE code units has at most as many characters: no need to count them.
  if (typeof title !== 'string' || title.length <= MAX_TITLE || [...title].length <= MAX_TITLE) return data;
  return { ...data, title: `${[...title].slice(0, MAX_TITLE - 1).join('')}…` };
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
  return lineOf(a) - lineOf(b) || columnOf(a) - columnOf(b) || compareIds(a.ruleId, b.ruleId);
}

/**
 * Rule ids are lowercase ASCII words and hyphens, for which code-unit order is
 * the collation order: localeCompare would load ICU's collator (~10 ms at start).
 */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lineOf(d: Diagnostic): number {
  return d.loc?.line ?? d.loc?.paragraph ?? d.loc?.row ?? 0;
}

function columnOf(d: Diagnostic): number {
  return d.loc?.column ?? d.loc?.col ?? 0;
}
