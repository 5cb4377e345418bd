import { join } from 'node:path';
import { parseBytes, parseFile, type Parsed } from '../../src/parse.js';
import type { Lang } from '../../src/i18n/format.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { lintExtracted } from '../../src/rules/engine.js';
import { findRule } from '../../src/rules/index.js';
import { squash } from './score.js';
import { FIXTURES } from './seeds.js';

export interface RuleRun {
  parsed: Parsed;
  found: Diagnostic[];
}

export interface RunOptions {
  lang?: Lang;
  draft?: boolean;
}

/** Run one rule, at its default severity, on a parsed document. */
export function runRule(ruleId: string, parsed: Parsed, options: RunOptions = {}): Diagnostic[] {
  const rule = findRule(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return lintExtracted(parsed, [rule], {
    rules: new Map([[ruleId, { severity: rule.severity, options: {} }]]),
    lang: options.lang ?? 'en',
    asOf: '2024-09-01',
    draft: options.draft ?? false,
    reportUnusedDisableDirectives: false,
  });
}

/** A plain-text snippet, parsed as a document, and what one rule finds in it. */
export async function runRuleOnText(ruleId: string, text: string, options: RunOptions = {}): Promise<RuleRun> {
  const parsed = await parseBytes(Buffer.from(text, 'utf8'), 'snippet.txt');
  return { parsed, found: runRule(ruleId, parsed, options) };
}

/** A seed file from fixtures/, and what one rule finds in it. */
export async function runRuleOnSeed(ruleId: string, seed: string, options: RunOptions = {}): Promise<RuleRun> {
  const parsed = await parseFile(join(FIXTURES, `${seed}.txt`));
  return { parsed, found: runRule(ruleId, parsed, options) };
}

/** The ids of the tasks whose text contains each anchor (whitespace ignored), one per anchor. */
export function taskIdsOf(parsed: Parsed, anchors: readonly string[]): string[] {
  return anchors.map((anchor) => {
    const hits = parsed.document.tasks.filter((t) => squash(t.text).includes(squash(anchor)));
    if (hits.length !== 1) throw new Error(`anchor “${anchor}” is in ${hits.length} tasks`);
    return hits[0].id;
  });
}
