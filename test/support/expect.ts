import type { Parsed } from '../../src/parse.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { squash, type Truth } from './score.js';

export interface ExpectResult {
  rule: string;
  anchor: string;
  reported: boolean;
}

/**
 * Is each truth `expect` entry reported by its rule on the task containing
 * its anchor? Anchors outside every task (a 文号 line, a 发布日期) match a
 * finding on the line that contains them.
 */
export function checkExpectations(parsed: Parsed, diagnostics: readonly Diagnostic[], truth: Truth): ExpectResult[] {
  return (truth.expect ?? []).map(({ rule, anchor }) => {
    const key = squash(anchor);
    const taskIds = new Set(parsed.document.tasks.filter((t) => squash(t.text).includes(key)).map((t) => t.id));
    const lines = new Set(parsed.facts.lines.filter((l) => squash(l.text).includes(key)).map((l) => l.loc.line));
    const reported = diagnostics.some(
      (d) => d.ruleId === rule && ((d.taskId !== undefined && taskIds.has(d.taskId)) || (taskIds.size === 0 && d.loc?.line !== undefined && lines.has(d.loc.line))),
    );
    return { rule, anchor, reported };
  });
}
